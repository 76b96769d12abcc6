using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Benchmarking;

/// <summary>
/// Passes every query through to another matcher and remembers it, so the labels of a report are exactly the ones
/// recognition asks about (with their table, axis, parent and position), not a guess from walking the tables.
/// </summary>
internal sealed class RecordingLabelMatcher(ILabelMatcher inner) : ILabelMatcher
{
    private readonly List<LabelQuery> _queries = [];

    public IReadOnlyList<LabelQuery> Queries => _queries;

    public IReadOnlyList<LabelCandidate> Rank(LabelQuery query)
    {
        _queries.Add(query);
        return inner.Rank(query);
    }
}
