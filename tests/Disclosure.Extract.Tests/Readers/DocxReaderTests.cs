using System.IO.Compression;
using System.Text;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Readers.Docx;
using static Disclosure.Extract.Tests.Readers.DocxFixture;

namespace Disclosure.Extract.Tests.Readers;

public class DocxReaderTests
{
    private static string AllText(TokenGrid grid) => string.Join("\n", grid.Blocks.Select(b => b switch
    {
        ParagraphBlock p => p.Text,
        TableBlock t => string.Join("\n", t.Table.Cells.Select(c => c.Text)),
        _ => "",
    }));

    [Fact]
    public void Paragraphs_and_tables_come_in_document_order_without_empty_paragraphs()
    {
        var grid = Read(P("一、总体情况") + P() + SmallTable("a", "b", "c", "d") + P("二、主动公开政府信息情况"));

        Assert.Equal(SourceFormat.Docx, grid.Format);
        Assert.Null(grid.PageCount);
        Assert.Collection(grid.Blocks,
            b => Assert.Equal("一、总体情况", Assert.IsType<ParagraphBlock>(b).Text),
            b => Assert.Equal(0, Assert.IsType<TableBlock>(b).Table.TableIndex),
            b => Assert.Equal("二、主动公开政府信息情况", Assert.IsType<ParagraphBlock>(b).Text));
        Assert.Equal(new[] { 0, 1, 2 }, grid.Blocks.Select(b => b.Index));
        Assert.Equal("/w:body/w:p[1]", grid.Paragraphs.First().Source.Path);
    }

    [Fact]
    public void GridSpan_vMerge_and_gridBefore_resolve_to_cell_positions()
    {
        var grid = Read(Tbl(
            Tr(Tc("三、本年度办理结果", vMerge: "restart"), Tc("（一）予以公开", gridSpan: 2), Tc("1")),
            Tr(Tc("", vMerge: ""), Tc("（三）不予公开", vMerge: "restart"), Tc("1.属于国家秘密"), Tc("2")),
            Tr(Tc("", vMerge: "continue"), Tc("", vMerge: ""), Tc("2.其他"), Tc("3")),
            TrBefore(1, Tc("（七）总计", gridSpan: 2), Tc("6"))));

        var table = Assert.Single(grid.Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(4, table.ColumnCount);

        var outer = table.CellAt(0, 0)!;
        Assert.Equal("三、本年度办理结果", outer.Text);
        Assert.Equal((3, 1), (outer.RowSpan, outer.ColSpan));
        Assert.Same(outer, table.CellAt(2, 0));

        var granted = table.CellAt(0, 1)!;
        Assert.Equal("（一）予以公开", granted.Text);
        Assert.Same(granted, table.CellAt(0, 2));
        Assert.Equal("1", table.CellAt(0, 3)!.Text);

        var denied = table.CellAt(1, 1)!;
        Assert.Equal((2, 1), (denied.RowSpan, denied.ColSpan));
        Assert.Same(denied, table.CellAt(2, 1));
        Assert.Equal("2.其他", table.CellAt(2, 2)!.Text);
        Assert.Equal("3", table.CellAt(2, 3)!.Text);

        // gridBefore leaves the first grid column of the last row empty (not covered by a cell).
        Assert.Null(table.CellAt(3, 0));
        Assert.Equal("（七）总计", table.CellAt(3, 1)!.Text);
        Assert.Equal(2, table.CellAt(3, 1)!.ColSpan);
        Assert.Equal("6", table.CellAt(3, 3)!.Text);
        Assert.Equal("/w:body/w:tbl[1]/w:tr[4]/w:tc[2]", table.CellAt(3, 3)!.Source.Path);
    }

    [Fact]
    public void Cell_text_keeps_line_breaks_and_paragraphs_and_whitespace_as_written()
    {
        var grid = Read(Tbl(Tr(
            Tc(P(R("商业"), "<w:r><w:br/></w:r>", R("企业"))),
            Tc(P("结果") + P("纠正") + P()),
            Tc(P("\u00A00")),
            Tc(P("\u3000")),
            Tc(P(R("a"), "<w:r><w:tab/><w:t>b</w:t><w:cr/><w:t>c</w:t></w:r>")))));

        var table = Assert.Single(grid.Tables);
        Assert.Equal("商业\n企业", table.CellAt(0, 0)!.Text);
        Assert.Equal("结果\n纠正", table.CellAt(0, 1)!.Text);
        Assert.Equal("\u00A00", table.CellAt(0, 2)!.Text);
        Assert.Equal("\u3000", table.CellAt(0, 3)!.Text);
        Assert.Equal("a\tb\nc", table.CellAt(0, 4)!.Text);
    }

    [Fact]
    public void Runs_split_mid_word_are_joined()
    {
        var grid = Read(P(R("1.属"), R("于国"), "<w:r><w:rPr><w:b/></w:rPr><w:t>家</w:t></w:r>", R("秘密")));
        Assert.Equal("1.属于国家秘密", Assert.Single(grid.Paragraphs).Text);
    }

    [Fact]
    public void Field_results_are_read_and_field_instructions_are_not()
    {
        var simple = "<w:fldSimple w:instr=\" DATE \\@ yyyy年M月d日 \">" + R("2021年1月20日") + "</w:fldSimple>";
        var complex =
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
            "<w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD 申请数 </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
            R("4") + R("2") +
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        // A field nested in another field's instruction: neither its code nor its result is visible.
        var nested =
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
            "<w:r><w:instrText> IF </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("INNER") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:r><w:instrText> = 1 \"x\" \"y\" </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("y") +
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";

        var grid = Read(P(R("日期："), simple) + Tbl(Tr(Tc("申请数"), Tc(P(complex)))) + P(R("["), nested, R("]")));

        Assert.Equal("日期：2021年1月20日", grid.Paragraphs.First().Text);
        Assert.Equal("42", Assert.Single(grid.Tables).CellAt(0, 1)!.Text);
        Assert.Equal("[y]", grid.Paragraphs.Last().Text);
        var all = AllText(grid);
        Assert.DoesNotContain("MERGEFIELD", all);
        Assert.DoesNotContain("DATE", all);
        Assert.DoesNotContain("INNER", all);
        Assert.DoesNotContain("IF", all);
    }

    [Fact]
    public void A_field_result_may_span_paragraphs_but_a_broken_field_hides_nothing_after_its_paragraph()
    {
        var grid = Read(
            P("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>", R("目录一")) +
            P(R("目录二"), "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") +
            P(R("前"), "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> REF 断开的域 </w:instrText></w:r>") +
            P("一、总体情况"));

        Assert.Equal(new[] { "目录一", "目录二", "前", "一、总体情况" }, grid.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Hyperlink_text_is_part_of_the_paragraph()
    {
        var grid = Read(P(R("网址："), "<w:hyperlink w:anchor=\"top\">" + R("www.gov.cn") + "</w:hyperlink>", R("。")));
        Assert.Equal("网址：www.gov.cn。", Assert.Single(grid.Paragraphs).Text);
    }

    [Fact]
    public void Smart_tag_text_is_read()
    {
        // Word 2003-era smart tags (chmetcnv on numbers and years) wrap runs; their text is what the page shows.
        var grid = Read(P(R("临江县人民政府"),
            "<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"chmetcnv\">"
            + "<w:smartTagPr><w:attr w:name=\"UnitName\" w:val=\"年\"/></w:smartTagPr>" + R("2021年") + "</w:smartTag>",
            R("政府信息公开工作年度报告")));
        Assert.Equal("临江县人民政府2021年政府信息公开工作年度报告", Assert.Single(grid.Paragraphs).Text);
    }

    [Fact]
    public void Bookmarks_comments_notes_and_hidden_text_do_not_leak()
    {
        var grid = Read(P(
            "<w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/>",
            "<w:commentRangeStart w:id=\"1\"/>",
            R("规章"),
            "<w:commentRangeEnd w:id=\"1\"/>",
            "<w:r><w:commentReference w:id=\"1\"/></w:r>",
            "<w:r><w:annotationRef/></w:r>",
            "<w:r><w:footnoteReference w:id=\"2\"/></w:r>",
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>",
            "<w:bookmarkEnd w:id=\"0\"/>"));

        Assert.Equal("规章", Assert.Single(grid.Paragraphs).Text);
    }

    [Fact]
    public void Tracked_insertions_count_and_deletions_and_moves_away_do_not()
    {
        var grid = Read(Tbl(Tr(Tc("数量"), Tc(P(
            R("共"),
            "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>5</w:delText></w:r></w:del>",
            "<w:ins w:id=\"2\" w:author=\"a\">" + R("6") + "</w:ins>",
            "<w:moveFrom w:id=\"3\" w:author=\"a\">" + R("旧位置") + "</w:moveFrom>",
            "<w:moveTo w:id=\"4\" w:author=\"a\">" + R("件") + "</w:moveTo>")))));

        Assert.Equal("共6件", Assert.Single(grid.Tables).CellAt(0, 1)!.Text);
        Assert.Contains(grid.Notes, n => n.Code == "DOCX_TRACKED_CHANGES");
        Assert.Empty(Read(SmallTable("a", "b", "c", "d")).Notes);
    }

    [Fact]
    public void A_symbol_character_is_read_when_it_is_unicode()
    {
        var grid = Read(P(R("A"), "<w:r><w:sym w:font=\"SimSun\" w:char=\"2014\"/></w:r>", "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/></w:r>", R("B")));
        Assert.Equal("A—B", Assert.Single(grid.Paragraphs).Text);
    }

    [Fact]
    public void A_nested_table_follows_its_outer_table_and_is_not_in_the_outer_cell_text()
    {
        var inner = SmallTable("x1", "x2", "y1", "y2");
        var grid = Read(Tbl(
            Tr(Tc("标签"), Tc("值")),
            Tr(Tc("明细"), Tc(P("见下表") + inner + P()))) + P("后文"));

        Assert.Collection(grid.Blocks,
            b => Assert.Equal(0, Assert.IsType<TableBlock>(b).Table.TableIndex),
            b => Assert.Equal(1, Assert.IsType<TableBlock>(b).Table.TableIndex),
            b => Assert.Equal("后文", Assert.IsType<ParagraphBlock>(b).Text));
        var tables = grid.Tables.ToList();
        Assert.Equal("见下表", tables[0].CellAt(1, 1)!.Text);
        Assert.Equal("y2", tables[1].CellAt(1, 1)!.Text);
        Assert.Equal("/w:body/w:tbl[1]/w:tr[2]/w:tc[2]/w:tbl[1]/w:tr[2]/w:tc[2]", tables[1].CellAt(1, 1)!.Source.Path);
    }

    [Fact]
    public void A_single_cell_layout_table_is_unwrapped_into_its_content()
    {
        var grid = Read(P("标题") + Tbl(Tr(Tc(
            P("二、主动公开政府信息情况") + SmallTable("规章", "0", "规范性文件", "1") + P("三、收到和处理政府信息公开申请情况")))));

        Assert.Collection(grid.Blocks,
            b => Assert.Equal("标题", Assert.IsType<ParagraphBlock>(b).Text),
            b => Assert.Equal("二、主动公开政府信息情况", Assert.IsType<ParagraphBlock>(b).Text),
            b =>
            {
                var table = Assert.IsType<TableBlock>(b).Table;
                Assert.Equal(0, table.TableIndex);
                Assert.Equal("规范性文件", table.CellAt(1, 0)!.Text);
            },
            b => Assert.Equal("三、收到和处理政府信息公开申请情况", Assert.IsType<ParagraphBlock>(b).Text));
    }

    [Fact]
    public void A_layout_table_holding_narrative_and_whole_tables_is_unwrapped()
    {
        var narrative = string.Concat(Enumerable.Repeat("本机关认真贯彻落实政府信息公开条例，不断提高公开质量。", 5));
        var grid = Read(Tbl(
            Tr(Tc("一、总体情况"), Tc(narrative)),
            Tr(Tc("二、主动公开"), Tc(SmallTable("a", "b", "c", "d") + P())),
            Tr(Tc("三、依申请公开"), Tc(SmallTable("e", "f", "g", "h") + P()))));

        Assert.Equal(2, grid.Tables.Count());
        Assert.Equal(new[] { 0, 1 }, grid.Tables.Select(t => t.TableIndex));
        Assert.Equal("h", grid.Tables.Last().CellAt(1, 1)!.Text);
        Assert.Equal(new[] { "一、总体情况", narrative, "二、主动公开", "三、依申请公开" }, grid.Paragraphs.Select(p => p.Text));
        // Order: each section's paragraph is followed by its table.
        var kinds = string.Concat(grid.Blocks.Select(b => b is TableBlock ? "T" : "P"));
        Assert.Equal("PPPTPT", kinds);
    }

    [Fact]
    public void A_frame_of_section_headings_beside_their_tables_is_unwrapped_but_a_data_table_with_one_inner_table_is_not()
    {
        var frame = Read(Tbl(
            Tr(Tc("二、主动公开"), Tc(SmallTable("a", "b", "c", "d") + P())),
            Tr(Tc("三、依申请公开"), Tc(SmallTable("e", "f", "g", "h") + P()))));
        Assert.Equal("PTPT", string.Concat(frame.Blocks.Select(b => b is TableBlock ? "T" : "P")));

        var data = Read(Tbl(
            Tr(Tc("信息内容"), Tc("数量")),
            Tr(Tc("规章"), Tc("1")),
            Tr(Tc("规范性文件"), Tc("2")),
            Tr(Tc("附注"), Tc(SmallTable("x", "y", "z", "w") + P()))));
        Assert.Equal("TT", string.Concat(data.Blocks.Select(b => b is TableBlock ? "T" : "P")));
        Assert.Equal((4, 2), (data.Tables.First().RowCount, data.Tables.First().ColumnCount));
    }

    [Fact]
    public void A_table_in_a_text_box_is_read_once_after_its_anchor_paragraph()
    {
        var content = "<w:txbxContent>" + P("表内标题") + SmallTable("行政复议", "行政诉讼", "0", "1") + "</w:txbxContent>";
        var drawing =
            "<w:r><mc:AlternateContent>" +
            "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">" +
            "<wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>" +
            "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"100\" cy=\"100\"/>" +
            "<wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/>" +
            "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
            "<wps:wsp><wps:spPr/><wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp>" +
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            "<mc:Fallback><w:pict><v:shape id=\"tb1\"><v:textbox>" + content + "</v:textbox></v:shape></w:pict></mc:Fallback>" +
            "</mc:AlternateContent></w:r>";
        var grid = Read(P(R("四、行政复议"), drawing) + P("五、存在的主要问题"));

        var table = Assert.Single(grid.Tables);
        Assert.Equal("1", table.CellAt(1, 1)!.Text);
        Assert.Contains("txbxContent", table.CellAt(1, 1)!.Source.Path);
        Assert.Equal(new[] { "四、行政复议", "表内标题", "五、存在的主要问题" }, grid.Paragraphs.Select(p => p.Text));
        Assert.Equal("PPTP", string.Concat(grid.Blocks.Select(b => b is TableBlock ? "T" : "P")));
    }

    [Fact]
    public void Content_controls_are_read_and_unfilled_placeholders_are_not()
    {
        var grid = Read(
            "<w:sdt><w:sdtPr><w:alias w:val=\"表格\"/></w:sdtPr><w:sdtContent>" +
            Tbl(Tr(Tc("规章"),
                Tc(P("<w:sdt><w:sdtPr/><w:sdtContent>" + R("3") + "</w:sdtContent></w:sdt>"))),
                Tr(Tc("规范性文件"),
                Tc(P("<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + R("单击此处输入文字。") + "</w:sdtContent></w:sdt>")))) +
            "</w:sdtContent></w:sdt>" +
            "<w:sdt><w:sdtPr/><w:sdtContent>" + P("六、其他需要报告的事项") + "</w:sdtContent></w:sdt>");

        var table = Assert.Single(grid.Tables);
        Assert.Equal("3", table.CellAt(0, 1)!.Text);
        Assert.Equal("", table.CellAt(1, 1)!.Text);
        Assert.Equal("六、其他需要报告的事项", Assert.Single(grid.Paragraphs).Text);
        Assert.StartsWith("/w:body/w:sdt[1]/w:sdtContent[1]/w:tbl[1]", table.CellAt(0, 0)!.Source.Path);
    }

    [Fact]
    public void Unfilled_cell_and_row_content_controls_keep_their_grid_positions_but_not_their_prompt()
    {
        const string prompt = "单击或点击此处输入文字。";
        var grid = Read(Tbl(
            Tr(Tc("规章"), "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + Tc(prompt) + "</w:sdtContent></w:sdt>", Tc("1")),
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>" + Tr(Tc(prompt), Tc(prompt), Tc(prompt)) + "</w:sdtContent></w:sdt>",
            "<w:sdt><w:sdtPr/><w:sdtContent>" + Tr(Tc("行政许可"), Tc("2"), Tc("3")) + "</w:sdtContent></w:sdt>"));

        var table = Assert.Single(grid.Tables);
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("", table.CellAt(0, 1)!.Text);
        Assert.Equal("1", table.CellAt(0, 2)!.Text);
        Assert.All(table.RowCells(1), c => Assert.Equal("", c.Text));
        Assert.Equal("3", table.CellAt(2, 2)!.Text);
    }

    [Fact]
    public void A_document_with_pictures_and_no_tables_gets_a_note_and_text_boxes_are_not_pictures()
    {
        var picture = "<w:r><w:pict><v:shape id=\"p1\"><v:imagedata r:id=\"rId9\"/></v:shape></w:pict></w:r>";
        var withPicture = Read(P("三、收到和处理政府信息公开申请情况") + P(picture));
        Assert.Equal(ReadErrorCodes.TableAsImage, Assert.Single(withPicture.Notes).Code);

        var textBox = "<w:r><w:pict><v:shape id=\"t1\"><v:textbox><w:txbxContent>" + P("框内文字") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        var withTextBox = Read(P(R("正文"), textBox));
        Assert.Empty(withTextBox.Notes);
        Assert.Equal(new[] { "正文", "框内文字" }, withTextBox.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Automatic_list_numbers_are_rendered_as_the_reader_sees_them()
    {
        const string numbering =
            "<w:abstractNum w:abstractNumId=\"0\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/><w:suff w:val=\"nothing\"/></w:lvl>" +
            "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/><w:suff w:val=\"nothing\"/></w:lvl>" +
            "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"1\">" +
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/><w:suff w:val=\"nothing\"/></w:lvl></w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"2\">" +
            "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF06C\"/></w:lvl></w:abstractNum>" +
            "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>" +
            "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>" +
            "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>" +
            "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>";
        const string styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        static string Numbered(string text, int numId, int level = 0) =>
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr>{R(text)}</w:p>";
        static string Heading(string text) => $"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>{R(text)}</w:p>";

        var grid = Read(
            Heading("总体情况") + Numbered("主动公开", 1, 1) + Numbered("依申请公开", 1, 1) +
            Heading("主动公开政府信息情况") + Numbered("规章", 1, 1) +
            Tbl(Tr(Tc(Numbered("属于国家秘密", 2)), Tc("0")), Tr(Tc(Numbered("其他法律行政法规禁止公开", 2)), Tc(Numbered("", 2)))) +
            Numbered("另一列表", 3) + Numbered("要点", 4),
            numberingXml: numbering, stylesXml: styles);

        Assert.Equal(
            new[] { "一、总体情况", "（一）主动公开", "（二）依申请公开", "二、主动公开政府信息情况", "（一）规章", "1.另一列表", "要点" },
            grid.Paragraphs.Select(p => p.Text));
        var table = Assert.Single(grid.Tables);
        Assert.Equal("1.属于国家秘密", table.CellAt(0, 0)!.Text);
        Assert.Equal("2.其他法律行政法规禁止公开", table.CellAt(1, 0)!.Text);
        // An empty numbered paragraph would show a bare "3." in Word; as a value it must stay blank.
        Assert.Equal("", table.CellAt(1, 1)!.Text);
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(22, "二十二")]
    [InlineData(105, "一百零五")]
    public void Chinese_counting_numbers_read_as_written(int value, string expected)
    {
        Assert.Equal(expected, DocxNumbering.Format(value, DocumentFormat.OpenXml.Wordprocessing.NumberFormatValues.ChineseCounting));
    }

    [Fact]
    public void Core_title_becomes_a_grid_property()
    {
        var grid = Read(P("正文"), title: "某镇2020年政府信息公开工作年度报告");
        Assert.Equal("某镇2020年政府信息公开工作年度报告", grid.Properties[GridProperties.Title]);
        Assert.False(Read(P("正文")).Properties.ContainsKey(GridProperties.Title));
    }

    // ---- bad input ----

    private static DocumentReadException ReadFails(byte[] bytes, string name = "bad.docx") =>
        Assert.Throws<DocumentReadException>(() => new DocxReader().Read(new MemoryStream(bytes), name));

    [Fact]
    public void An_empty_stream_is_an_empty_file()
    {
        Assert.Equal(ReadErrorCodes.EmptyFile, ReadFails([]).Code);
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_a_corrupt_file()
    {
        var error = ReadFails(Encoding.UTF8.GetBytes("这不是一个Word文件"));
        Assert.Equal(ReadErrorCodes.CorruptFile, error.Code);
        Assert.Contains("ZIP", error.Message);
    }

    [Fact]
    public void A_truncated_docx_is_a_corrupt_file()
    {
        var whole = Create(P("正文") + SmallTable("a", "b", "c", "d")).ToArray();
        var error = ReadFails(whole[..(whole.Length / 2)]);
        Assert.Equal(ReadErrorCodes.CorruptFile, error.Code);
    }

    [Fact]
    public void A_docx_with_malformed_document_xml_is_a_corrupt_file()
    {
        var bytes = RewriteEntry(Create(P("正文")).ToArray(), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");
        Assert.Equal(ReadErrorCodes.CorruptFile, ReadFails(bytes).Code);
    }

    [Fact]
    public void A_zip_that_is_not_an_office_package_is_unsupported()
    {
        var error = ReadFails(Zip(("notes.txt", "hello")));
        Assert.Equal(ReadErrorCodes.UnsupportedFormat, error.Code);
        Assert.Contains("not a Word document", error.Message);
    }

    [Fact]
    public void A_spreadsheet_package_is_unsupported()
    {
        var contentTypes = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
        var error = ReadFails(Zip(("[Content_Types].xml", contentTypes), ("xl/workbook.xml", "<workbook/>")));
        Assert.Equal(ReadErrorCodes.UnsupportedFormat, error.Code);
    }

    [Fact]
    public void A_legacy_doc_is_unsupported_with_a_reason()
    {
        var error = ReadFails(Ole("WordDocument"), "report.doc");
        Assert.Equal(ReadErrorCodes.UnsupportedFormat, error.Code);
        Assert.Contains("legacy .doc is not read yet", error.Message);
    }

    [Fact]
    public void A_password_protected_docx_is_an_encrypted_file()
    {
        var error = ReadFails(Ole("EncryptionInfo", "EncryptedPackage"));
        Assert.Equal(ReadErrorCodes.EncryptedFile, error.Code);
        Assert.Contains("password", error.Message);
    }

    [Theory]
    [InlineData("{\\rtf1\\ansi 一、总体情况}", "RTF")]
    [InlineData("<html><body><table><tr><td>规章</td></tr></table></body></html>", "HTML")]
    [InlineData("MIME-Version: 1.0\r\nContent-Type: multipart/related", "MHT")]
    public void Other_formats_saved_under_a_word_name_are_named_and_left_to_their_readers(string content, string named)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var error = ReadFails(bytes, "report.doc");
        Assert.Equal(ReadErrorCodes.UnsupportedFormat, error.Code);
        Assert.Contains(named, error.Message);
        Assert.False(new DocxReader().CanRead("report.docx", bytes));
    }

    [Fact]
    public void CanRead_goes_by_content_first_and_extension_second()
    {
        var reader = new DocxReader();
        var docx = Create(P("x")).ToArray();
        Assert.True(reader.CanRead("report.bin", docx.AsSpan(0, Math.Min(4096, docx.Length))));
        Assert.True(reader.CanRead("report.docx", "garbage"u8));
        Assert.True(reader.CanRead("report.doc", Ole("WordDocument").AsSpan(0, 512)));
        Assert.False(reader.CanRead("report.txt", "一、总体情况"u8));
        Assert.False(reader.CanRead("book.zip", Zip(("notes.txt", "hello"))));
        Assert.False(reader.CanRead("report.pdf", "%PDF-1.7"u8));
    }

    [Fact]
    public void The_registry_reports_a_broken_docx_and_an_empty_file_with_codes()
    {
        var dir = Directory.CreateTempSubdirectory("docx-reader-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty.docx");
            File.WriteAllBytes(empty, []);
            var broken = Path.Combine(dir.FullName, "broken.docx");
            File.WriteAllBytes(broken, Encoding.ASCII.GetBytes("PK\u0003\u0004 truncated"));
            var good = Path.Combine(dir.FullName, "good.docx");
            File.WriteAllBytes(good, Create(P("正文")).ToArray());

            var registry = ReaderRegistry.CreateDefault();
            Assert.Equal(ReadErrorCodes.EmptyFile, Assert.Throws<DocumentReadException>(() => registry.ReadFile(empty)).Code);
            Assert.Equal(ReadErrorCodes.CorruptFile, Assert.Throws<DocumentReadException>(() => registry.ReadFile(broken)).Code);
            Assert.Equal("正文", Assert.Single(registry.ReadFile(good).Paragraphs).Text);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open()))
                    writer.Write(content);
        return stream.ToArray();
    }

    private static byte[] RewriteEntry(byte[] package, string name, string content)
    {
        var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
        return stream.ToArray();
    }

    /// <summary>The start of an OLE compound file whose directory names the given streams.</summary>
    private static byte[] Ole(params string[] streamNames)
    {
        var bytes = new byte[2048];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var offset = 1024;
        foreach (var name in streamNames)
        {
            var encoded = Encoding.Unicode.GetBytes(name);
            encoded.CopyTo(bytes, offset);
            offset += 128;
        }
        return bytes;
    }
}
