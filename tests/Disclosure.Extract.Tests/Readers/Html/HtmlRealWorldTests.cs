using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>The reader on the real published pages in ../shared/realworld (skipped when that folder is absent).</summary>
public class HtmlRealWorldTests
{
    private static readonly string[] ApplicantColumns =
        ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"];

    public static TheoryData<string> Pages => new() { "pingtan2024.html", "shanghai-bgt2019.html" };

    private static TokenGrid? Read(string name, out string? path)
    {
        path = RealWorldPages.PagePath(name);
        return path is null ? null : ReaderRegistry.CreateDefault().ReadFile(path);
    }

    [Theory, MemberData(nameof(Pages))]
    public void Finds_the_three_statistics_tables(string name)
    {
        var grid = Read(name, out _);
        if (grid is null) return;
        Assert.Equal(SourceFormat.Html, grid.Format);
        Assert.Null(grid.PageCount);
        Assert.Equal(3, grid.Tables.Count(t => t.RowCount > 3));
        Assert.Equal(Enumerable.Range(0, grid.Tables.Count()), grid.Tables.Select(t => t.TableIndex));
    }

    [Theory, MemberData(nameof(Pages))]
    public void Applications_table_has_the_seven_applicant_columns_on_the_right(string name)
    {
        var grid = Read(name, out var path);
        if (grid is null) return;
        var truth = RealWorldPages.TruthValues(path!);
        var table = grid.Tables.MaxBy(t => t.RowCount)!;
        Assert.True(table.ColumnCount >= 8, $"table 三 has {table.ColumnCount} columns");
        foreach (var row in new[] { "newReceived", "resultsTotal", "carriedForward" })
        {
            var expected = ApplicantColumns.Select(c => truth[$"applications.{row}.{c}"]).ToList();
            var found = Enumerable.Range(0, table.RowCount).Any(r =>
                Enumerable.Range(table.ColumnCount - 7, 7).Select(c => Number(table.CellAt(r, c)?.Text)).SequenceEqual(expected));
            Assert.True(found, $"no row of table 三 carries the truth values of {row} in its last 7 columns");
        }
    }

    [Theory, MemberData(nameof(Pages))]
    public void Review_table_row_matches_the_truth(string name)
    {
        var grid = Read(name, out var path);
        if (grid is null) return;
        var truth = RealWorldPages.TruthValues(path!);
        var expected = new[] { "administrativeReview", "litigationDirect", "litigationAfterReview" }
            .SelectMany(g => new[] { "upheld", "corrected", "other", "pending", "total" }.Select(c => truth[$"review.{g}.{c}"]))
            .ToList();
        var found = grid.Tables.Any(t => t.ColumnCount == 15 && Enumerable.Range(0, t.RowCount).Any(r =>
            Enumerable.Range(0, 15).Select(c => Number(t.CellAt(r, c)?.Text)).SequenceEqual(expected)));
        Assert.True(found);
    }

    [Fact]
    public void Shanghai_cells_read_as_printed()
    {
        var grid = Read("shanghai-bgt2019.html", out _);
        if (grid is null) return;
        var cells = grid.AllCellTexts().ToList();
        Assert.Contains("251000元", cells);
        Assert.Contains("本年新\n制作数量", cells);
        Assert.Contains("本年新\n公开数量", cells);
        Assert.Equal("2020-01-31", grid.Properties[GridProperties.PublishedDate]);
        // The date line inside the article stays a paragraph; the title is the first paragraph.
        Assert.Contains(grid.Paragraphs, p => p.Text.Contains("2020-01-31"));
        Assert.Contains("政府信息公开工作年度报告", grid.Paragraphs.First().Text);
        // The heading after a <br> inside its <p> is its own paragraph, not glued to a blank line.
        Assert.Contains(grid.Paragraphs, p => p.Text.StartsWith("四、", StringComparison.Ordinal));
    }

    [Fact]
    public void Pingtan_fragment_reads_spans_and_unwrapped_cells()
    {
        var grid = Read("pingtan2024.html", out var path);
        if (grid is null) return;
        var cells = grid.AllCellTexts().ToList();
        Assert.Contains("18651.06", cells);
        Assert.Contains(cells, c => c.StartsWith("第二十条第（一）项", StringComparison.Ordinal));
        // Inline <span> fragments join without separators; the <br> makes a line break.
        Assert.Contains("结果\n纠正", cells);
        Assert.Contains(cells, c => c.StartsWith("法律\n服务", StringComparison.Ordinal));
        Assert.False(grid.Properties.ContainsKey(GridProperties.PublishedDate), "the fragment states no publication date");
        Assert.StartsWith("本报告根据", grid.Paragraphs.First().Text);
        Assert.All(grid.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text)));
    }

    [Theory, MemberData(nameof(Pages))]
    public void Every_source_path_finds_its_element_again(string name)
    {
        var grid = Read(name, out var path);
        if (grid is null) return;
        var document = new HtmlParser().ParseDocument(File.ReadAllText(path!, Encoding.UTF8));
        foreach (var cell in grid.Tables.SelectMany(t => t.Cells))
        {
            var element = document.QuerySelector(cell.Source.Path!);
            Assert.NotNull(element);
            Assert.Equal("td", element!.LocalName);
            Assert.Equal(Squeeze(cell.Text), Squeeze(element.TextContent));
        }
        foreach (var paragraph in grid.Paragraphs)
        {
            var element = document.QuerySelector(paragraph.Source.Path!);
            Assert.NotNull(element);
            Assert.Contains(Squeeze(paragraph.Text), Squeeze(element!.TextContent));
        }
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static decimal? Number(string? text)
    {
        var squeezed = Squeeze(text ?? "");
        if (squeezed.Length == 0) return null;
        return decimal.TryParse(squeezed, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1;
    }
}
