namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// Label matching by the trained classifier alone: the model's probabilities restricted to the keys of the query's
/// table and axis. Probability the model gives to keys of other tables counts as "none of these"; when "none" is the
/// most likely class the ranking is empty.
/// </summary>
public sealed class TrainedLabelMatcher(LabelClassifier classifier) : ILabelMatcher
{
    public const string Method = "model";

    // The mappers ask about the same header and label cells several times per table.
    private readonly BoundedMemo<LabelQuery, IReadOnlyList<LabelCandidate>> _ranked = new(20_000);

    public LabelClassifier Classifier => classifier;

    public IReadOnlyList<LabelCandidate> Rank(LabelQuery query)
    {
        return _ranked.TryGet(query, out var cached) ? cached : _ranked.Add(query, RankUncached(query));
    }

    /// <summary>
    /// Probability that the label is none of its table's and axis's keys (other tables' keys and "none" together), with
    /// the readings its parent rules out removed, as <see cref="Rank"/> weighs it; 1 for a value cell.
    /// </summary>
    public double NoneProbability(LabelQuery query) => Split(query).None;

    private IReadOnlyList<LabelCandidate> RankUncached(LabelQuery query)
    {
        var (candidates, none) = Split(query);
        candidates.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : string.CompareOrdinal(a.Key, b.Key));
        if (candidates.Count == 0 || candidates[0].Score <= none) return Array.Empty<LabelCandidate>();

        var ranked = candidates.Where(c => c.Score >= 0.01).ToList();
        // The wording of the 2019 （六）其他处理 row is also the 2021 group heading: report both readings, as the rules do.
        var otherRow = ranked.FindIndex(c => c.Key == "other.total");
        if (otherRow >= 0 && LabelKeySpace.KeysFor(query.Table, query.Axis).Contains(LabelKeys.Group("other")))
            ranked.Insert(otherRow + 1, new LabelCandidate(LabelKeys.Group("other"), ranked[otherRow].Score * 0.99, Method));
        return ranked.AsReadOnly();
    }

    /// <summary>The model's probabilities split into the query's possible keys and the rest ("none of these").</summary>
    private (List<LabelCandidate> Candidates, double None) Split(LabelQuery query)
    {
        // Value cells (numbers, dashes) reach the matcher too: they are no label of any key.
        if (!LabelText.HasWords(query.Text)) return ([], 1);
        // Keys a label of the previous year cannot take are left out with the other tables' keys: their probability is
        // "none of these".
        var valid = LabelKeySpace.KeysFor(query.Table, query.Axis, LabelText.Core(query.Text));
        if (valid.Count == 0) return ([], 1);
        var parentGroup = query.Table == StatisticsTable.Applications && query.Axis == LabelAxis.Row
            ? ParentGroups.Resolve(query.Parent, classifier)
            : null;
        var probabilities = classifier.Predict(query.Table, query.Axis, query.Text, parentGroup);

        var none = 0.0;
        var impossible = 0.0;
        var candidates = new List<LabelCandidate>();
        foreach (var (key, p) in probabilities)
        {
            if (ParentGroups.IsOwnHeading(key, parentGroup)) impossible += p;
            else if (valid.Contains(key)) candidates.Add(new LabelCandidate(key, p, Method));
            else none += p;
        }
        // A row is never the heading it sits under: that reading is ruled out and the rest renormalized.
        if (impossible is > 0 and < 1)
        {
            candidates = candidates.Select(c => c with { Score = c.Score / (1 - impossible) }).ToList();
            none /= 1 - impossible;
        }
        return (candidates, none);
    }
}
