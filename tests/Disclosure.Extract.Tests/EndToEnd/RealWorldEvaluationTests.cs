using Disclosure.Extract.Evaluation;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Tests.TestSupport;
using Disclosure.Extract.Validation;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Tests.EndToEnd;

/// <summary>Real published reports in ../shared/realworld extract exactly as their hand-checked truth says.</summary>
public class RealWorldEvaluationTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        if (SharedFolder.Realworld is { } dir)
            foreach (var f in Evaluator.DocumentsWithTruth(dir)) data.Add(Path.GetFileName(f));
        return data;
    }

    [RealWorldTheory]
    [MemberData(nameof(Documents))]
    public void Real_report_is_extracted_exactly(string fileName)
    {
        var score = new Evaluator(Pipeline).Score(Path.Combine(SharedFolder.Realworld!, fileName));
        Assert.True(score.Scored > 100, $"{fileName}: truth scores only {score.Scored} fields");
        ScoreAssert.Perfect(score);
    }

    [SharedFact]
    public void Unfilled_template_reports_every_field_blank_and_invents_nothing()
    {
        var path = Path.Combine(SharedFolder.Realworld!, "template2021-blank.docx");
        if (!File.Exists(path)) return;
        var outcome = Pipeline.Extract(path);
        Assert.NotNull(outcome.Document);
        var doc = outcome.Document!;
        Assert.Equal("2021", doc.Report.Template);
        Assert.Equal(200, doc.Fields.Count);
        Assert.All(doc.Fields, f => Assert.Null(f.Value.Value));
        Assert.All(doc.Fields, f => Assert.Equal(ValueKind.Blank, f.Value.Kind));
        Assert.Empty(doc.Derived);
        Assert.DoesNotContain(doc.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Null(doc.Report.Year);
    }
}
