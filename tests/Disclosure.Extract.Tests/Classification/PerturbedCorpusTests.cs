using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Corpus.Variants;
using Disclosure.Extract.Evaluation;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;
using Disclosure.Extract.Tests.TestSupport;
using Xunit.Abstractions;

namespace Disclosure.Extract.Tests.Classification;

/// <summary>
/// The perturbed-label reports of the corpus (table labels printed with the held-out wordings of heldout.tsv): with the
/// classifier every field is extracted as the truth says; with the rules alone some field of some report is not.
/// </summary>
public class PerturbedCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Formats = ["docx/{0}.docx", "text/{0}.txt", "html/{0}.html", "pdf/{0}.pdf"];

    /// <summary>Every committed file of a perturbed report that has a truth file (Word, text, HTML and, where printed, PDF).</summary>
    private static List<string> PerturbedDocuments() =>
        PerturbedLabelCorpus.Specs()
            .SelectMany(spec => Formats.Select(f => Path.Combine(CorpusFolder.Path, string.Format(f, spec.Id))))
            .Where(path => File.Exists(path) && File.Exists(TruthFile.PathFor(path)))
            .ToList();

    [Fact]
    public void The_corpus_holds_perturbed_reports_of_both_layouts_with_most_labels_reworded()
    {
        var specs = PerturbedLabelCorpus.Specs();
        Assert.InRange(specs.Count, 6, 10);
        Assert.Contains(specs, s => s.Layout == "2019");
        Assert.Contains(specs, s => s.Layout == "2021");
        foreach (var spec in specs)
        {
            var defaults = LabelIds.Defaults(spec.Is2021 ? TemplateLayout.Gov2021 : TemplateLayout.Gov2019, spec.SingleOtherRow);
            var reworded = spec.Labels.Count(l => defaults.TryGetValue(l.Key, out var template) && template != l.Value);
            Assert.True(reworded >= 40, $"{spec.Id}: only {reworded} labels reworded");
            // Every printed wording is a held-out example (never trained on), not one made up here.
            Assert.All(spec.Labels.Values, text => Assert.Contains(LabelData.HeldOut, e => e.Text == text));
        }
        var documents = PerturbedDocuments();
        foreach (var spec in specs)
        foreach (var folder in new[] { "docx", "text", "html" })
            Assert.Contains(documents, d => Path.GetFileName(Path.GetDirectoryName(d)) == folder && Path.GetFileName(d).StartsWith(spec.Id + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void Perturbed_reports_extract_exactly_with_the_classifier_and_not_with_the_rules_alone()
    {
        var withClassifier = new Evaluator(new ExtractionPipeline());
        var rulesOnly = new Evaluator(new ExtractionPipeline(ReaderRegistry.CreateDefault(),
            new ReportRecognizer(new CombinedLabelMatcher(new RuleLabelMatcher(), null))));
        var documents = PerturbedDocuments();
        Assert.NotEmpty(documents);

        var classifierFailures = new List<string>();
        var rulesImperfect = 0;
        output.WriteLine($"{"document",-44} {"classifier",12} {"rules only",12}");
        foreach (var document in documents)
        {
            var model = withClassifier.Score(document);
            var rules = rulesOnly.Score(document);
            var name = Path.GetRelativePath(CorpusFolder.Path, document);
            output.WriteLine($"{name,-44} {Figure(model),12} {Figure(rules),12}");
            if (!model.Perfect) output.WriteLine($"    classifier wrong: {Wrong(model)}");
            if (!rules.Perfect) output.WriteLine($"    rules only wrong: {Wrong(rules)}");
            Assert.True(model.Scored > 0 && rules.Scored > 0, $"{name}: the truth file scores no field");
            if (!model.Perfect) classifierFailures.Add($"{name}: {Wrong(model)}");
            if (!rules.Perfect) rulesImperfect++;
        }
        output.WriteLine($"with the classifier {documents.Count - classifierFailures.Count}/{documents.Count} documents exact; rules alone {documents.Count - rulesImperfect}/{documents.Count}");
        PrintLabelDecisions();

        Assert.True(classifierFailures.Count == 0, "with the classifier:\n" + string.Join("\n", classifierFailures));
        Assert.True(rulesImperfect > 0, "the rules alone extract every perturbed report exactly: the perturbed set does not show what the classifier adds");
    }

    private static string Wrong(DocumentScore score) =>
        score.Error ?? string.Join("; ", score.Wrong.Select(w => $"{w.Key} expected {w.Expected?.ToString() ?? "null"} got {w.Got?.ToString() ?? "null"}"))
                    + (score.TemplateMatches ? "" : $" (layout {score.GotTemplate}, expected {score.ExpectedTemplate})");

    private static string Figure(DocumentScore score) =>
        score.Error is not null ? "error" : $"{score.Accuracy:P1}{(score.TemplateMatches ? "" : " (layout)")}";

    /// <summary>Each reworded label classified on its own (text and template parent), so a wrong field can be told from a wrong label.</summary>
    private void PrintLabelDecisions()
    {
        var misses = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var report in PerturbedLabelCorpus.Reports())
        {
            foreach (var p in report.Labels)
            {
                var query = p.Example.Query with { Position = null };
                var combined = LabelData.Decide(LabelData.Combined, query);
                var rules = LabelData.Decide(LabelData.Rules, query);
                if (combined != p.Example.Key || rules != p.Example.Key)
                    misses.Add($"'{p.Example.Text}' ({p.Example.Table}/{p.Example.Axis}{(p.Example.Parent is null ? "" : " under " + p.Example.Parent)}) key {p.Example.Key}: classifier+rules {combined}, rules {rules}");
            }
        }
        output.WriteLine($"reworded labels decided wrongly on their own ({misses.Count}):");
        foreach (var miss in misses) output.WriteLine("  " + miss);
    }
}
