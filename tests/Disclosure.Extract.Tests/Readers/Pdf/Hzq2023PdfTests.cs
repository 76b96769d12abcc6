using System.Text.Json;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Readers.Pdf;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>
/// The real WPS-exported report in ../shared/realworld: the grid must reproduce every statistics cell its truth
/// file records. Returns early (passes vacuously) when ../shared is absent, as in a fresh clone.
/// </summary>
public sealed class Hzq2023PdfTests
{
    private static readonly Lazy<(TokenGrid Grid, Dictionary<string, JsonElement> Truth)?> Loaded = new(() =>
    {
        var pdf = RealWorldPdf.Path("hzq2023.pdf");
        var truth = RealWorldPdf.Path("hzq2023.truth.json");
        if (pdf is null || truth is null) return null;
        var grid = ReaderRegistry.CreateDefault().ReadFile(pdf);
        using var json = JsonDocument.Parse(File.ReadAllText(truth));
        var values = json.RootElement.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        return (grid, values);
    });

    // Rows of section 三 below its three header rows, in the national template's order.
    private static readonly string[] ApplicationRows =
    [
        "applications.newReceived", "applications.carriedOver", "applications.granted", "applications.partiallyGranted",
        "applications.denied.stateSecret", "applications.denied.prohibitedByLaw", "applications.denied.threeSecurities",
        "applications.denied.thirdPartyRights", "applications.denied.internalAffairs", "applications.denied.processInformation",
        "applications.denied.enforcementFiles", "applications.denied.administrativeQuery",
        "applications.unavailable.notHeld", "applications.unavailable.needsCreation", "applications.unavailable.unclearAfterCorrection",
        "applications.notProcessed.complaint", "applications.notProcessed.repeated", "applications.notProcessed.publications",
        "applications.notProcessed.excessive", "applications.notProcessed.confirmation", "applications.other.total",
        "applications.resultsTotal", "applications.carriedForward",
    ];

    private static readonly string[] ApplicantColumns =
        ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total"];

    [Fact]
    public void Reads_as_a_five_page_pdf_with_three_statistics_tables_after_joining_page_breaks()
    {
        if (Loaded.Value is not { } doc) return;
        Assert.Equal(SourceFormat.Pdf, doc.Grid.Format);
        Assert.Equal(5, doc.Grid.PageCount);
        var tables = doc.Grid.Tables.ToList();
        Assert.Equal(3, tables.Count);
        // Table 二 starts on page 2 and ends on page 3; table 三 runs from page 3 to page 4.
        Assert.Equal([2, 3], Pages(tables[0]));
        Assert.Equal([3, 4], Pages(tables[1]));
        Assert.Equal([4], Pages(tables[2]));
    }

    [Fact]
    public void Applications_table_has_ten_columns_and_every_value_cell_matches_the_truth()
    {
        if (Loaded.Value is not { } doc) return;
        var table = doc.Grid.Tables.ElementAt(1);
        Assert.Equal(10, table.ColumnCount);
        Assert.Equal(3 + ApplicationRows.Length, table.RowCount);
        var wrong = new List<string>();
        for (var r = 0; r < ApplicationRows.Length; r++)
        for (var c = 0; c < ApplicantColumns.Length; c++)
        {
            var key = $"{ApplicationRows[r]}.{ApplicantColumns[c]}";
            var cell = table.CellAt(3 + r, 3 + c);
            if (cell?.Text != Expected(doc.Truth, key)) wrong.Add($"{key}: expected {Expected(doc.Truth, key)}, got '{cell?.Text}'");
        }
        Assert.Empty(wrong);
        Assert.Equal(["21", "0", "0", "0", "0", "0", "21"], table.RowCells(3).Skip(1).Select(c => c.Text));
    }

    [Fact]
    public void Labels_read_clean_despite_stray_spaces_vertical_writing_and_wrapping()
    {
        if (Loaded.Value is not { } doc) return;
        var table = doc.Grid.Tables.ElementAt(1);
        var texts = table.Cells.Select(c => c.Text).ToList();
        Assert.Contains("4.无正当理由大量反复申请", texts);
        Assert.Contains("2.其他法律行政止公开", texts);
        Assert.Contains("三、本年度办理结果", texts);
        // The vertical label column is one merged cell over every result row, across the page break.
        var vertical = table.Cells.Single(c => c.Text == "三、本年度办理结果");
        Assert.Equal(0, vertical.Col);
        Assert.Equal(Array.IndexOf(ApplicationRows, "applications.resultsTotal") + 3, vertical.LastRow);
        // A sub-label cut by the page break continues over the first row of the next page.
        var unavailable = table.Cells.Single(c => c.Text == "（四）无法提供");
        Assert.Equal(3, unavailable.RowSpan);
        Assert.Equal("3.补正后申请内容仍不明确", table.CellAt(unavailable.LastRow, 2)?.Text);
    }

    [Fact]
    public void Review_table_row_reads_as_printed_including_the_documents_own_wrong_totals()
    {
        if (Loaded.Value is not { } doc) return;
        var table = doc.Grid.Tables.ElementAt(2);
        Assert.Equal(15, table.ColumnCount);
        var row = table.RowCells(table.RowCount - 1).Select(c => c.Text).ToList();
        Assert.Equal(["10", "1", "0", "0", "0", "0", "0", "0", "0", "0", "5", "0", "0", "0", "0"], row);
        string[] groups = ["review.administrativeReview", "review.litigationDirect", "review.litigationAfterReview"];
        string[] parts = ["upheld", "corrected", "other", "pending", "total"];
        for (var g = 0; g < 3; g++)
        for (var p = 0; p < 5; p++)
            Assert.Equal(Expected(doc.Truth, $"{groups[g]}.{parts[p]}"), row[g * 5 + p]);
        Assert.Contains(table.Cells, c => c.Text == "总计");
    }

    [Fact]
    public void Active_disclosure_table_joined_across_pages_holds_every_value()
    {
        if (Loaded.Value is not { } doc) return;
        var table = doc.Grid.Tables.First();
        string[] Row(string label) =>
            Enumerable.Range(0, table.RowCount).Select(table.RowCells).Single(r => r[0].Text == label).Skip(1).Select(c => c.Text).ToArray();
        Assert.Equal([Expected(doc.Truth, "active.rules.issued"), Expected(doc.Truth, "active.rules.repealed"), Expected(doc.Truth, "active.rules.inForce")], Row("规章"));
        Assert.Equal([Expected(doc.Truth, "active.normativeDocuments.issued"), Expected(doc.Truth, "active.normativeDocuments.repealed"),
            Expected(doc.Truth, "active.normativeDocuments.inForce")], Row("行政规范性文件"));
        Assert.Equal([Expected(doc.Truth, "active.licensing.decisions")], Row("行政许可"));
        Assert.Equal([Expected(doc.Truth, "active.punishment.decisions")], Row("行政处罚"));
        Assert.Equal([Expected(doc.Truth, "active.coercion.decisions")], Row("行政强制"));
        Assert.Equal([Expected(doc.Truth, "active.fees.amountWan")], Row("行政事业性收费"));
        // The page-3 part has a 2-column structure whose rule is one of page 2's: columns are shared, not added.
        Assert.Equal(4, table.ColumnCount);
    }

    [Fact]
    public void Every_cell_knows_its_page_and_box_and_page_numbers_are_not_paragraphs()
    {
        if (Loaded.Value is not { } doc) return;
        foreach (var cell in doc.Grid.Tables.SelectMany(t => t.Cells))
        {
            Assert.InRange(cell.Source.Page ?? 0, 1, 5);
            Assert.NotNull(cell.Source.Box);
            Assert.True(cell.Source.Box!.Width > 0 && cell.Source.Box.Height > 0);
        }
        var newReceived = doc.Grid.Tables.ElementAt(1).CellAt(3, 3)!;
        Assert.Equal(3, newReceived.Source.Page);
        Assert.Contains(doc.Grid.Paragraphs, p => p.Text == "三、收到和处理政府信息公开申请情况" && p.Source.Page == 3);
        Assert.DoesNotContain(doc.Grid.Paragraphs, p => p.Text.Trim('-', ' ').All(char.IsDigit));
        // A sentence cut by a page break is one paragraph.
        Assert.Contains(doc.Grid.Paragraphs, p => p.Text.Contains("严格执行“分级审核、先审后发”程序"));
    }

    private static string Expected(Dictionary<string, JsonElement> truth, string key) =>
        truth[key].ValueKind == JsonValueKind.Null ? "" : truth[key].GetRawText();

    private static int[] Pages(GridTable table) =>
        table.Cells.Select(c => c.Source.Page ?? 0).Distinct().Order().ToArray();
}
