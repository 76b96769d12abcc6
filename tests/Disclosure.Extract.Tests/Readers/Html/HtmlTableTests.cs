using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>Tables as real pages write them: spans (also broken ones), markup inside cells, nesting.</summary>
public class HtmlTableTests
{
    private static GridTable OnlyTable(string tableHtml) =>
        Assert.Single(HtmlTestPages.Read($"<html><body><p>表格</p>{tableHtml}</body></html>").Tables);

    [Fact]
    public void Colspan_and_rowspan_are_resolved()
    {
        var table = OnlyTable(
            "<table><tr><td rowspan=2>信息内容</td><td colspan=2>本年增/减</td></tr>" +
            "<tr><td>增</td><td>减</td></tr><tr><td>行政许可</td><td>1</td><td>2</td></tr></table>");
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("信息内容", table.CellAt(1, 0)!.Text);
        Assert.Equal("本年增/减", table.CellAt(0, 2)!.Text);
        Assert.Equal("减", table.CellAt(1, 2)!.Text);
        Assert.Equal("2", table.CellAt(2, 2)!.Text);
    }

    [Fact]
    public void Malformed_spans_and_short_rows_lose_no_text()
    {
        var table = OnlyTable(
            "<table><tbody>" +
            "<tr><td colspan=\"abc\">甲</td><td rowspan=\"9\">乙</td><td colspan=\"2x\">丙</td></tr>" + // garbage spans
            "<tr><td>1</td></tr>" +                                                            // too few cells
            "<tr><td>2</td><td colspan=\"0\">3</td><td>4</td><td>5</td></tr>" +                   // colspan 0 is 1
            "</tbody></table>");
        Assert.Equal(3, table.RowCount);
        Assert.Equal("乙", table.CellAt(2, 1)!.Text); // rowspan past the end is clipped to the table
        Assert.Equal("丙", table.CellAt(0, 2)!.Text);
        Assert.Equal("丙", table.CellAt(0, 3)!.Text); // "2x" reads as 2, as browsers do
        Assert.Null(table.CellAt(1, 2));               // the short row leaves its end uncovered
        Assert.Equal(["2", "乙", "3", "4", "5"], table.RowCells(2).Select(c => c.Text));
        Assert.Equal(8, table.Cells.Length);
    }

    [Fact]
    public void Rowspan_zero_runs_to_the_end_of_its_row_group_and_tfoot_renders_last()
    {
        var table = OnlyTable(
            "<table><tfoot><tr><td>合计</td><td>9</td></tr></tfoot>" +
            "<thead><tr><td>标签</td><td>数量</td></tr></thead>" +
            "<tbody><tr><td rowspan=\"0\">分组</td><td>4</td></tr><tr><td>5</td></tr><tr><td>6</td></tr></tbody></table>");
        Assert.Equal((5, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("数量", table.CellAt(0, 1)!.Text);
        Assert.Equal("分组", table.CellAt(3, 0)!.Text);
        Assert.Equal("6", table.CellAt(3, 1)!.Text);
        Assert.Equal("合计", table.CellAt(4, 0)!.Text); // tfoot drawn last although written first
    }

    [Fact]
    public void Cell_text_is_rendered_like_a_browser()
    {
        var table = OnlyTable(
            "<table><tr>" +
            "<td>\n    <p>本年新<br/>制作数量</p>\n  </td>" +                       // br inside p → '\n'
            "<td><p>法律</p><p>服<span>务</span>\n &nbsp; &nbsp;</p><p>机构</p></td>" + // blocks joined with '\n'
            "<td>商业\n        企业</td>" +                                          // source newline = one space
            "<td>&nbsp;</td>" +                                                    // a blank cell keeps its NBSP
            "<td>　12　</td>" +                                                   // ideographic spaces are text
            "</tr></table>");
        Assert.Equal("本年新\n制作数量", table.CellAt(0, 0)!.Text);
        Assert.Equal("法律\n服务 \u00A0 \u00A0\n机构", table.CellAt(0, 1)!.Text);
        Assert.Equal("商业 企业", table.CellAt(0, 2)!.Text);
        Assert.Equal("\u00A0", table.CellAt(0, 3)!.Text);
        Assert.Equal("\u300012\u3000", table.CellAt(0, 4)!.Text);
    }

    [Fact]
    public void Word_exported_markup_leaks_no_text()
    {
        const string page = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
            <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>作者甲</o:Author></o:DocumentProperties></xml><![endif]-->
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-family:宋体;} --></style>
            <!--[if gte mso 10]><style>table.MsoNormalTable {mso-style-name:普通表格;}</style><![endif]-->
            </head>
            <body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
            <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt;mso-bidi-font-size:11.0pt'>某某局政府信息公开工作年度报告<span lang=EN-US><o:p></o:p></span></span></b></p>
            <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>（一）</span><![endif]><span>主动公开情况</span><o:p>&nbsp;</o:p></p>
            <!--[if supportFields]><span style='mso-element:field-begin'></span>PAGE<![endif]-->
            <table class=MsoNormalTable border=1 style='mso-table-layout-alt:fixed'>
             <tr style='mso-yfti-irow:0'><td><p class=MsoNormal><span>总计<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US>15<o:p></o:p></span></p></td></tr>
             <tr><td><p class=MsoNormal><span style='display:none;mso-hide:all'>隐藏文字</span>规章<o:p></o:p></p></td>
              <td><p class=MsoNormal><span lang=EN-US>0<o:p>&nbsp;</o:p></span></p></td></tr>
            </table>
            <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
            </div></body></html>
            """;
        var grid = HtmlTestPages.Read(page, "report.htm");
        var texts = grid.Paragraphs.Select(p => p.Text).Concat(grid.AllCellTexts()).ToList();
        Assert.Equal(["某某局政府信息公开工作年度报告", "（一）主动公开情况"], grid.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(texts, t => t.Contains("mso") || t.Contains("作者甲") || t.Contains("PAGE")
                                          || t.Contains("[if") || t.Contains("隐藏文字") || t.Contains("MsoNormal"));
        var table = Assert.Single(grid.Tables);
        Assert.Equal(["总计", "15", "规章", "0"], table.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Nested_table_becomes_its_own_block_after_the_outer_one()
    {
        var grid = HtmlTestPages.Read(
            "<html><body><p>附表</p><table><tr><td>项目</td><td>说明</td></tr><tr><td>规章</td><td>0</td></tr>" +
            "<tr><td>收费</td><td>明细如下<table><tr><td>项目甲</td><td>3</td></tr><tr><td>项目乙</td><td>4</td></tr></table></td></tr>" +
            "<tr><td>采购</td><td>6</td></tr></table><p>完</p></body></html>");
        var blocks = grid.Blocks;
        Assert.IsType<ParagraphBlock>(blocks[0]);
        var outer = Assert.IsType<TableBlock>(blocks[1]).Table;
        var inner = Assert.IsType<TableBlock>(blocks[2]).Table;
        Assert.Equal("完", Assert.IsType<ParagraphBlock>(blocks[3]).Text);
        Assert.Equal((0, 1), (outer.TableIndex, inner.TableIndex));
        Assert.Equal("明细如下", outer.CellAt(2, 1)!.Text);
        Assert.Equal("6", outer.CellAt(3, 1)!.Text);
        Assert.Equal("项目乙", inner.CellAt(1, 0)!.Text);
        Assert.Equal(Enumerable.Range(0, blocks.Length), blocks.Select(b => b.Index));
    }

    [Fact]
    public void Layout_tables_wrapping_the_article_are_unwrapped()
    {
        // Old portals frame the report in one-cell tables, here two of them (one per half of the report).
        var grid = HtmlTestPages.Read(
            "<html><body><table width=\"100%\"><tr><td>" +
            "<p>某某镇2021年政府信息公开工作年度报告</p>" + HtmlTestPages.Paragraphs("总体情况", 4) +
            HtmlTestPages.NumberTable("第二十条第（一）项", 4, 3) +
            "</td></tr></table><table width=\"100%\" border=\"0\"><tr><td>" +
            "<p>三、收到和处理政府信息公开申请情况</p>" + HtmlTestPages.NumberTable("申请人情况", 5, 11) +
            HtmlTestPages.Paragraphs("改进情况", 4) + "</td></tr></table></body></html>");
        Assert.Equal(2, grid.Tables.Count());
        Assert.All(grid.Tables, t => Assert.Equal(3, t.ColumnCount));
        Assert.Equal("某某镇2021年政府信息公开工作年度报告", grid.Paragraphs.First().Text);
        Assert.Equal(10, grid.Paragraphs.Count());
        Assert.IsType<TableBlock>(grid.Blocks[5]);
        Assert.Equal("三、收到和处理政府信息公开申请情况", Assert.IsType<ParagraphBlock>(grid.Blocks[6]).Text);
    }

    [Fact]
    public void Source_path_of_a_cell_names_table_row_and_cell()
    {
        var grid = HtmlTestPages.Read(
            "<html><body><div class=\"article main\"><p>正文</p><table><tr><td>a</td></tr></table>" +
            "<table><tbody><tr><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></tbody></table></div></body></html>");
        var cell = grid.Tables.ElementAt(1).CellAt(1, 1)!;
        Assert.Equal("body > div.article > table:nth-of-type(2) > tbody > tr:nth-child(2) > td:nth-child(2)", cell.Source.Path);
        Assert.Equal("body > div.article > p", grid.Paragraphs.Single().Source.Path);
    }
}
