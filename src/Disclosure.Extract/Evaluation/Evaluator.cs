using System.Collections.Immutable;
using Disclosure.Extract.Output;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Evaluation;

/// <summary>A scored field whose extracted value differs from the truth.</summary>
public sealed record WrongField(string Key, decimal? Expected, decimal? Got, string? Raw, SourceRef? Source);

/// <summary>Scores of one document against its truth file.</summary>
public sealed record DocumentScore(
    string Path,
    string Format,
    int Scored,
    int Correct,
    ImmutableArray<WrongField> Wrong,
    string? Error,
    string? ExpectedTemplate,
    string? GotTemplate,
    ImmutableArray<(string Key, double Confidence, string? Raw)> LowestConfidence)
{
    /// <summary>Report-level facts that differ from the truth (year, organization); the year counts for Perfect.</summary>
    public ImmutableArray<string> MetadataIssues { get; init; } = ImmutableArray<string>.Empty;
    /// <summary>The least certain label decisions of the document, lowest confidence first.</summary>
    public ImmutableArray<LabelDecision> LowestDecisions { get; init; } = ImmutableArray<LabelDecision>.Empty;
    public bool YearMatches { get; init; } = true;

    public double Accuracy => Scored == 0 ? (Error is null ? 1 : 0) : (double)Correct / Scored;
    public bool Perfect => Error is null && Correct == Scored && TemplateMatches && YearMatches;
    public bool TemplateMatches => ExpectedTemplate is null || ExpectedTemplate == GotTemplate;
}

/// <summary>
/// Runs the pipeline over every document that has a sibling *.truth.json and scores it (truth.md: a field is
/// correct when the extracted value equals the truth value; null equals null).
/// </summary>
public sealed class Evaluator(ExtractionPipeline pipeline)
{
    public static IEnumerable<string> DocumentsWithTruth(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".truth.json", StringComparison.OrdinalIgnoreCase))
            .Where(f => File.Exists(TruthFile.PathFor(f)))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>
    /// Scores one document; <paramref name="lowest"/> fields and <paramref name="lowestDecisions"/> label decisions of
    /// lowest confidence are kept for the report.
    /// </summary>
    public DocumentScore Score(string documentPath, int lowest = 3, int lowestDecisions = 3)
    {
        var truth = TruthFile.Load(TruthFile.PathFor(documentPath));
        var outcome = pipeline.Extract(documentPath);
        var format = truth.Format ?? Path.GetExtension(documentPath).TrimStart('.').ToLowerInvariant();
        if (outcome.Document is null)
            return new DocumentScore(documentPath, format, truth.Values.Count, 0, ImmutableArray<WrongField>.Empty,
                $"{outcome.Error!.Code}: {outcome.Error.Message}", truth.Template, null, ImmutableArray<(string, double, string?)>.Empty);

        var doc = outcome.Document;
        var wrong = new List<WrongField>();
        var correct = 0;
        foreach (var (key, expected) in truth.Values)
        {
            doc.Fields.TryGetValue(key, out var field);
            var got = field?.Value;
            if (field is not null && Equal(expected, got)) correct++;
            else wrong.Add(new WrongField(key, expected, got, field?.Raw, field?.Source));
        }
        var lowestFields = doc.Fields.OrderBy(kv => kv.Value.Confidence).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(lowest)
            .Select(kv => (kv.Key, kv.Value.Confidence, (string?)kv.Value.Raw)).ToImmutableArray();
        var issues = new List<string>();
        var yearMatches = truth.Year is null || truth.Year == doc.Report.Year;
        if (!yearMatches) issues.Add($"year: expected {truth.Year}, got {doc.Report.Year?.ToString() ?? "null"}");
        if (truth.Organization is not null && truth.Organization != doc.Report.Organization)
            issues.Add($"organization: expected {truth.Organization}, got {doc.Report.Organization ?? "null"}");
        return new DocumentScore(documentPath, doc.Source.Format, truth.Values.Count, correct, wrong.ToImmutableArray(), null,
            truth.Template, doc.Report.Template, lowestFields)
        {
            MetadataIssues = issues.ToImmutableArray(),
            YearMatches = yearMatches,
            // Stable order: confidence, then reading order within the table.
            LowestDecisions = outcome.LabelDecisions.Select((d, i) => (d, i)).OrderBy(x => x.d.Confidence).ThenBy(x => x.i)
                .Take(Math.Max(0, lowestDecisions)).Select(x => x.d).ToImmutableArray(),
        };
    }

    private static bool Equal(decimal? a, decimal? b) => a is null ? b is null : b is not null && a.Value == b.Value;
}
