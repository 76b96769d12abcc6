using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;

namespace Disclosure.Extract.Tests.Validation;

public class NarrativeConsistencyTests
{
    private static List<ReportWarning> Compare(string narrative, Action<Dictionary<string, string>>? change = null)
    {
        // Consistent cells: newReceived.total 22, carriedOver.total 1, administrativeReview.total 4, litigation 1 + 0.
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        change?.Invoke(cells);
        var sections = new[] { new SectionText(1, "一、总体情况", narrative) };
        return NarrativeConsistency.Compare(sections, SampleReport.Parse(cells, TemplateLayout.Gov2021)).ToList();
    }

    [Theory]
    [InlineData("本年度共收到政府信息公开申请22件，均已按时办结。")]
    [InlineData("全年共受理政府信息公开申请23件（含上年结转1件）。")] // new + carried over
    [InlineData("收到政府信息公开申请２２件。")]
    [InlineData("收 到 政 府 信 息 公 开 申 请 2 2 件")]
    [InlineData("被申请行政复议4件，提起行政诉讼1件。")]
    [InlineData("本年度未发生行政复议和行政诉讼。")]
    [InlineData("")]
    public void Agreeing_or_absent_figures_give_no_warning(string narrative) =>
        Assert.Empty(Compare(narrative));

    [Fact]
    public void A_different_application_count_is_reported()
    {
        var warning = Assert.Single(Compare("2023年，共新收政府信息公开申请30件。"));
        Assert.Equal(WarningCodes.NarrativeMismatch, warning.Code);
        Assert.Equal("applications.newReceived.total", warning.Field);
        Assert.Contains("30", warning.Message);
        Assert.Contains("22", warning.Message);
    }

    [Fact]
    public void Review_and_litigation_counts_are_compared_with_table_four()
    {
        var warnings = Compare("因政府信息公开被申请行政复议2件，行政诉讼3件。");
        Assert.Contains(warnings, w => w.Field == "review.administrativeReview.total");
        Assert.Contains(warnings, w => w.Field == "review.litigationDirect.total");
    }

    [Fact]
    public void Ambiguous_or_unrelated_figures_are_left_alone()
    {
        Assert.Empty(Compare("上半年收到申请5件，全年收到申请30件。"));
        Assert.Empty(Compare("收到行政复议申请4件。")); // not an information-disclosure application count
        Assert.Empty(Compare("收到政府信息公开申请30件。", c => c["applications.newReceived.total"] = ""));
    }
}
