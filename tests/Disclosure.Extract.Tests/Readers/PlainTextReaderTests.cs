using System.Text;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Readers.Text;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.Readers;

public class PlainTextReaderTests
{
    private static TokenGrid Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static TokenGrid Read(byte[] bytes) => new PlainTextReader().Read(new MemoryStream(bytes), "report.txt");

    private static string Kinds(TokenGrid grid) => string.Concat(grid.Blocks.Select(b => b is TableBlock ? "T" : "P"));

    [Fact]
    public void Lines_outside_tables_are_paragraphs_and_tab_lines_are_cells_row_by_row()
    {
        var grid = Read("标题\n一、总体情况\n\n二、主动公开\n\t规章\n\t1\n\t2\n\n\t规范性文件\n\t3\n\t4\n\n\n三、收到和处理\n");

        Assert.Equal(SourceFormat.Text, grid.Format);
        Assert.Equal("PPPTP", Kinds(grid));
        Assert.Equal(new[] { "标题", "一、总体情况", "二、主动公开", "三、收到和处理" }, grid.Paragraphs.Select(p => p.Text));
        var table = Assert.Single(grid.Tables);
        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("规范性文件", table.CellAt(1, 0)!.Text);
        Assert.Equal("4", table.CellAt(1, 2)!.Text);
        Assert.Equal("line 11", table.CellAt(1, 2)!.Source.Path);
        Assert.Equal("line 4", grid.Paragraphs.ElementAt(2).Source.Path);
    }

    [Fact]
    public void A_plain_line_right_after_a_cell_continues_that_cell_with_a_visible_break()
    {
        var grid = Read("\t商业\n企业\n\t科研\n机构\n\t其他\n\n\t0\n\t1\n\t2\n");

        var table = Assert.Single(grid.Tables);
        Assert.Equal("商业\n企业", table.CellAt(0, 0)!.Text);
        Assert.Equal("科研\n机构", table.CellAt(0, 1)!.Text);
        Assert.Equal("lines 1-2", table.CellAt(0, 0)!.Source.Path);
        Assert.Equal("2", table.CellAt(1, 2)!.Text);
        Assert.Empty(grid.Paragraphs);
    }

    [Fact]
    public void A_blank_line_between_rows_does_not_end_a_table_but_a_paragraph_does()
    {
        var grid = Read("\ta\n\tb\n\n\tc\n\td\n\n\n表后文字\n\te\n\tf\n");

        Assert.Equal("TPT", Kinds(grid));
        var tables = grid.Tables.ToList();
        Assert.Equal(2, tables[0].RowCount);
        Assert.Equal("d", tables[0].CellAt(1, 1)!.Text);
        Assert.Equal(new[] { 0, 1 }, tables.Select(t => t.TableIndex));
        Assert.Equal("f", tables[1].CellAt(0, 1)!.Text);
    }

    [Fact]
    public void Two_blank_lines_separate_two_tables_that_follow_each_other()
    {
        // The renderer closes a table with two empty lines; a report may put table 四 right after table 三.
        var grid = Read("\ta\n\tb\n\n\tc\n\td\n\n\n\te\n\tf\n");

        Assert.Equal("TT", Kinds(grid));
        Assert.Equal(new[] { 2, 1 }, grid.Tables.Select(t => t.RowCount));
    }

    [Fact]
    public void Short_rows_are_right_aligned_with_the_first_cell_stretched()
    {
        // The shape of table 三: a wide header, 3 label cells + 2 values, and rows with fewer label cells.
        var grid = Read("\t勾稽\n\t申请人情况\n\n\t三、本年度办理结果\n\t（三）不予公开\n\t1.属于国家秘密\n\t5\n\t6\n\n\t\n\t\n\t2.其他\n\t7\n\t8\n\n\t四、结转\n\t9\n\t10\n");

        var table = Assert.Single(grid.Tables);
        Assert.Equal(5, table.ColumnCount);
        var caption = table.CellAt(0, 0)!;
        Assert.Equal(("勾稽", 4), (caption.Text, caption.ColSpan));
        Assert.Equal("申请人情况", table.CellAt(0, 4)!.Text);
        Assert.Equal("5", table.CellAt(1, 3)!.Text);
        Assert.Equal("8", table.CellAt(2, 4)!.Text);
        Assert.Equal("", table.CellAt(2, 1)!.Text);
        var carried = table.CellAt(3, 0)!;
        Assert.Equal(("四、结转", 3), (carried.Text, carried.ColSpan));
        Assert.Equal("9", table.CellAt(3, 3)!.Text);
        Assert.Equal("10", table.CellAt(3, 4)!.Text);
    }

    [Fact]
    public void Bookmark_artefacts_are_stripped_and_cell_whitespace_is_kept()
    {
        var grid = Read("[bookmark: _GoBack]某镇2020年报告\n\t\u00A00\n\t[bookmark: x]0\u00A0\n\t\u3000\n");

        Assert.Equal("某镇2020年报告", Assert.Single(grid.Paragraphs).Text);
        var table = Assert.Single(grid.Tables);
        Assert.Equal(new[] { "\u00A00", "0\u00A0", "\u3000" }, table.Cells.Select(c => c.Text));
    }

    [Fact]
    public void A_whitespace_only_line_between_tables_separates_them_without_a_paragraph()
    {
        var grid = Read("\ta\n\tb\n\n\n\u00A0\n\n\tc\n\td\n");
        Assert.Equal("TT", Kinds(grid));
    }

    [Fact]
    public void Crlf_bom_utf16_and_gb18030_text_decode_to_the_same_grid()
    {
        const string text = "\uFEFF二、主动公开\r\n\t规章\r\n\t2\r\n";
        var expectations = new[]
        {
            Encoding.UTF8.GetBytes(text),
            Encoding.Unicode.GetBytes(text),
            Gb18030().GetBytes(text[1..]),
        };
        foreach (var bytes in expectations)
        {
            var grid = Read(bytes);
            Assert.Equal("二、主动公开", Assert.Single(grid.Paragraphs).Text);
            Assert.Equal(new[] { "规章", "2" }, Assert.Single(grid.Tables).Cells.Select(c => c.Text));
        }
    }

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Fact]
    public void Empty_and_binary_input_are_refused_with_codes()
    {
        Assert.Equal(ReadErrorCodes.EmptyFile, Assert.Throws<DocumentReadException>(() => Read(Array.Empty<byte>())).Code);
        Assert.Equal(ReadErrorCodes.UnsupportedFormat,
            Assert.Throws<DocumentReadException>(() => Read(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41 })).Code);
    }

    [Fact]
    public void CanRead_takes_text_extensions()
    {
        var reader = new PlainTextReader();
        Assert.True(reader.CanRead("a.txt", "x"u8));
        Assert.True(reader.CanRead("a.TEXT", "x"u8));
        Assert.False(reader.CanRead("a.docx", "x"u8));
    }

    // ---- the five seed renderings in ../shared/seeds ----

    private static IReadOnlyList<(string Name, TokenGrid Grid)> Seeds()
    {
        if (SharedFolder.Seeds is not { } dir) return [];
        return Directory.GetFiles(dir, "*.txt").Order()
            .Select(f => (Path.GetFileName(f), ReaderRegistry.CreateDefault().ReadFile(f)))
            .ToList();
    }

    [Fact]
    public void Every_seed_has_its_three_statistics_tables_after_their_headings()
    {
        var seeds = Seeds();
        if (seeds.Count == 0) return;
        Assert.Equal(5, seeds.Count);
        foreach (var (name, grid) in seeds)
        {
            var tables = grid.Tables.ToList();
            Assert.True(tables.Count == 3, $"{name}: {tables.Count} tables");
            Assert.Equal(new[] { 4, 10, 15 }, tables.Select(t => t.ColumnCount));
            // No stray bookmark markers survive.
            Assert.DoesNotContain(grid.Paragraphs, p => p.Text.Contains("[bookmark:"));
            // Each table directly follows a heading or intro paragraph, never another table.
            foreach (var table in grid.Blocks.OfType<TableBlock>())
                Assert.IsType<ParagraphBlock>(grid.Blocks[table.Index - 1]);
        }
    }

    [Fact]
    public void Seed_applications_tables_put_seven_value_cells_in_the_last_seven_columns()
    {
        var seeds = Seeds();
        if (seeds.Count == 0) return;
        foreach (var (name, grid) in seeds)
        {
            var table = grid.Tables.ElementAt(1);
            Assert.True(table.RowCount is 26 or 28, $"{name}: {table.RowCount} rows"); // 2019 / 2021 layout
            Assert.StartsWith("（本列数据的勾稽关系为", table.CellAt(0, 0)!.Text);
            for (var r = 3; r < table.RowCount; r++)
            {
                var cells = table.RowCells(r);
                var values = cells.Where(c => c.Col >= 3).ToList();
                Assert.True(values.Count == 7, $"{name} row {r}: {values.Count} value cells");
                Assert.All(values, v => Assert.Equal(1, v.ColSpan));
                // Values are numbers or blanks, never labels shifted into the value columns.
                Assert.All(values, v => Assert.Matches(@"^[\s\d.]*$", v.Text));
                Assert.DoesNotMatch(@"^[\s\d.]+$", cells.Last(c => c.Col < 3).Text);
            }
            Assert.StartsWith("一、本年新收", table.CellAt(3, 0)!.Text);
            Assert.StartsWith("四、结转下年度", table.CellAt(table.RowCount - 1, 0)!.Text);
        }
    }

    [Fact]
    public void Seed_review_tables_have_fifteen_values_and_active_tables_keep_their_captions()
    {
        var seeds = Seeds();
        if (seeds.Count == 0) return;
        foreach (var (name, grid) in seeds)
        {
            var review = grid.Tables.ElementAt(2);
            Assert.Equal(15, review.RowCells(review.RowCount - 1).Count);
            Assert.All(review.RowCells(review.RowCount - 1), c => Assert.Matches(@"^[\s\d]+$", c.Text));

            var active = grid.Tables.ElementAt(0);
            var caption = active.CellAt(0, 0)!;
            Assert.Equal(("第二十条第（一）项", 4), (caption.Text, caption.ColSpan));
        }
    }

    [Fact]
    public void Seed_line_broken_headers_keep_the_break()
    {
        var seeds = Seeds();
        if (seeds.Count == 0) return;
        var headers = seeds.SelectMany(s => s.Grid.Tables.ElementAt(1).RowCells(2)).Select(c => c.Text).ToList();
        Assert.Contains("商业\n企业", headers);
        Assert.Contains("商业企业", headers);
    }
}
