using Disclosure.Extract.Evaluation;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;
using Disclosure.Extract.Tests.EndToEnd;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.Classification;

/// <summary>The classifier on the real reports of ../shared/realworld (skipped in a fresh clone).</summary>
public class RealWorldLabelTests
{
    public static TheoryData<string> Documents() => RealWorldEvaluationTests.Documents();

    [RealWorldTheory]
    [MemberData(nameof(Documents))]
    public void Real_report_extracts_exactly_with_the_combined_matcher(string fileName)
    {
        var pipeline = new ExtractionPipeline(ReaderRegistry.CreateDefault(), new ReportRecognizer(LabelData.Combined));
        ScoreAssert.Perfect(new Evaluator(pipeline).Score(Path.Combine(SharedFolder.Realworld!, fileName)));
    }

    [RealWorldTheory]
    [MemberData(nameof(Documents))]
    public void Real_report_extracts_exactly_with_the_model_alone(string fileName)
    {
        var pipeline = new ExtractionPipeline(ReaderRegistry.CreateDefault(), new ReportRecognizer(LabelData.Model));
        ScoreAssert.Perfect(new Evaluator(pipeline).Score(Path.Combine(SharedFolder.Realworld!, fileName)));
    }

    /// <summary>
    /// Every label cell of the report's statistics tables: the model alone decides what the rules decide (the rules'
    /// decisions on these reports are checked field by field against the hand-made truth elsewhere).
    /// </summary>
    [RealWorldTheory]
    [MemberData(nameof(Documents))]
    public void Every_label_of_a_real_report_gets_its_key_from_the_model(string fileName)
    {
        var grid = ReaderRegistry.CreateDefault().ReadFile(Path.Combine(SharedFolder.Realworld!, fileName));
        var byRules = new ReportRecognizer(LabelData.Rules).Recognize(grid);
        var byModel = new ReportRecognizer(LabelData.Model).Recognize(grid);
        Assert.True(byRules.Decisions.Length >= 20, $"{fileName}: only {byRules.Decisions.Length} row labels");
        Assert.Equal(byRules.Decisions.Select(d => (d.Label, d.Key)), byModel.Decisions.Select(d => (d.Label, d.Key)));

        var checkedCells = 0;
        foreach (var table in grid.Blocks.OfType<Disclosure.Extract.Grid.TableBlock>().Select(b => b.Table))
        foreach (var cell in table.Cells.Where(c => LabelText.HasWords(c.Text)))
        foreach (var (kind, axis) in LabelKeySpace.Contexts)
        {
            var query = new LabelQuery(kind, axis, cell.Text);
            var rule = LabelData.Rules.Rank(query).FirstOrDefault();
            if (rule is null || rule.Method != "exact") continue;
            // Exact template wordings in their own table and axis: the model must agree.
            Assert.True(LabelData.Decide(LabelData.Model, query) == rule.Key || (rule.Key, LabelData.Decide(LabelData.Model, query)) is ("group:other", "other.total"),
                $"{fileName}: '{cell.Text}' as {kind}/{axis}: rules {rule.Key}, model {LabelData.Decide(LabelData.Model, query)}");
            checkedCells++;
        }
        Assert.True(checkedCells >= 30, $"{fileName}: only {checkedCells} label cells checked");
    }
}
