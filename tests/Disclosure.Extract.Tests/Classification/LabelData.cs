using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.Classification;

/// <summary>The committed label corpus and the shipped classifier, loaded once for all classification tests.</summary>
internal static class LabelData
{
    public static string LabelsFolder => Path.Combine(CorpusFolder.Path, "labels");

    private static readonly Lazy<IReadOnlyList<LabelExample>> HeldOutExamples =
        new(() => LabelExampleFile.Read(Path.Combine(LabelsFolder, LabelCorpusBuilder.HeldOutFile)));

    private static readonly Lazy<IReadOnlyList<LabelExample>> ObservedExamples =
        new(() => LabelExampleFile.Read(Path.Combine(LabelsFolder, LabelCorpusBuilder.ObservedFile)));

    public static IReadOnlyList<LabelExample> HeldOut => HeldOutExamples.Value;
    public static IReadOnlyList<LabelExample> Observed => ObservedExamples.Value;

    public static LabelClassifier Shipped => LabelMatchers.ShippedClassifier
        ?? throw new InvalidOperationException("models/label-classifier.bin not found next to the tests or in the checkout");

    public static TrainedLabelMatcher Model => new(Shipped);
    public static CombinedLabelMatcher Combined => new(new RuleLabelMatcher(), Model);
    public static RuleLabelMatcher Rules { get; } = new();

    /// <summary>The key a matcher decides for an example, as the mappers decide it (first candidate scoring ≥ 0.6).</summary>
    public static string Decide(ILabelMatcher matcher, LabelQuery query) =>
        matcher.Rank(query).FirstOrDefault() is { Score: >= ReportRecognizer.LowConfidence } best ? best.Key : LabelKeySpace.None;
}
