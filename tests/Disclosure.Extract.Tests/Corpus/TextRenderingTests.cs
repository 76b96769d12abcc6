using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Corpus.Writers;

namespace Disclosure.Extract.Tests.Corpus;

public sealed class TextRenderingTests
{
    private static ReportSpec Minimal(string layout = "2019") => new()
    {
        Id = "t", Organization = "测试镇人民政府", Year = 2020, Layout = layout,
        Title = [ParagraphSpec.Body("测试镇人民政府2020年政府信息公开工作年度报告")],
        Sections = [new SectionSpec { Number = 2, Heading = "二、主动公开政府信息情况" }, new SectionSpec { Number = 3, Heading = "三、收到和处理政府信息公开申请情况" }],
    };

    [Fact]
    public void A_line_break_inside_a_cell_is_a_new_line_without_tab()
    {
        var spec = Minimal() with { Labels = new Dictionary<string, string> { [LabelIds.ApplicationsColumn("commercial")] = "商业\n企业" } };
        Assert.Contains("\t商业\n企业\n\t科研机构\n", TextReportWriter.Render(ReportLayout.Build(spec)));
    }

    [Fact]
    public void A_merged_cell_is_written_once_and_its_continuations_as_empty_cells()
    {
        var text = TextReportWriter.Render(ReportLayout.Build(Minimal()));
        // Header row 3 of table 三: A:C continuation, 自然人 continuation, five columns, 总计 continuation.
        Assert.Contains("\n\t\n\t\n\t商业企业\n\t科研机构\n\t社会公益组织\n\t法律服务机构\n\t其他\n\t\n\n", text);
        Assert.Contains("\n\t\n\t（七）总计\n", text);
        Assert.Contains("\t第二十条第（一）项\n\n", text);
    }

    [Fact]
    public void Rows_end_with_a_blank_line_and_tables_with_another()
    {
        var text = TextReportWriter.Render(ReportLayout.Build(Minimal("2021")));
        Assert.Contains("\t行政事业性收费\n\t0\n\n\n三、收到和处理政府信息公开申请情况\n", text);
    }

    [Fact]
    public void A_table_under_a_missing_heading_is_kept_apart_from_the_table_before_it()
    {
        var text = TextReportWriter.Render(ReportLayout.Build(Minimal()));
        // No heading 四 in this spec: table 四 follows table 三 with one empty paragraph between, as Word needs.
        Assert.Contains("\t四、结转下年度继续办理\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\n\n\n\t行政复议\n", text);
    }

    [Fact]
    public void A_split_table_becomes_separate_word_tables_with_a_paragraph_between()
    {
        var spec = Minimal() with { Split = new TableSplitSpec { ApplicationsAfter = "unavailable.unclearAfterCorrection" } };
        var document = ReportLayout.Build(spec);
        var parts = document.Tables.Where(t => t.Kind == ReportTableKind.Applications).ToList();
        Assert.Equal(2, parts.Count);
        // The continued part starts with （五） and re-opens column A's merge with an empty cell.
        Assert.Equal(("", MergeState.Restart), (parts[1].Rows[0].Cells[0].Text, parts[1].Rows[0].Cells[0].Merge));
        Assert.Equal("（五）不予处理", parts[1].Rows[0].Cells[1].Text);
        var i = document.Blocks.ToList().IndexOf(parts[0]);
        Assert.IsType<ReportParagraph>(document.Blocks[i + 1]);
    }

    [Fact]
    public void A_spec_naming_a_row_the_layout_does_not_have_is_rejected()
    {
        var extra = Minimal() with { ExtraRows = [new ExtraRowSpec { Table = "active", After = "procurement", Cells = ["x：1"] }] };
        Assert.NotNull(ReportLayout.Build(extra));
        Assert.Throws<InvalidOperationException>(() => ReportLayout.Build(extra with { Layout = "2021" })); // no 政府集中采购 row in 2021
        Assert.Throws<InvalidOperationException>(() => ReportLayout.Build(Minimal() with
            { ExtraRows = [new ExtraRowSpec { Table = "applications", After = "granted", Cells = ["x", "1"] }] }));
        Assert.Throws<InvalidOperationException>(() => ReportLayout.Build(Minimal() with
            { Split = new TableSplitSpec { ApplicationsAfter = "other.overdueFee" } }));
    }

    [Fact]
    public void Specs_survive_a_json_round_trip()
    {
        foreach (var spec in Disclosure.Extract.Corpus.CorpusGenerator.AllSpecs())
        {
            var json = ReportSpecJson.Serialize(spec);
            Assert.Equal(json, ReportSpecJson.Serialize(ReportSpecJson.Parse(json)));
            Assert.Equal(TextReportWriter.Render(ReportLayout.Build(spec)), TextReportWriter.Render(ReportLayout.Build(ReportSpecJson.Parse(json))));
        }
    }
}
