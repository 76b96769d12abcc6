using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>Tables cut by page breaks, page furniture, and tables without rules, on generated multi-page PDFs.</summary>
public sealed class PdfPageFlowTests
{
    private static readonly double[] Xs = [50, 200, 300, 400];

    private static void Furniture(GeneratedPdf pdf, int page) =>
        pdf.Text("Annual Report 2023 of the Example Office", 150, 815, 9).Text($"- {page} -", 290, 40, 10);

    /// <summary>Rows from <paramref name="top"/> down, 20pt each; the bottom rule is left out when the table runs on.</summary>
    private static void Table(GeneratedPdf pdf, double top, string[][] rows, bool closed, double[]? xs = null)
    {
        xs ??= Xs;
        var bottom = top - 20 * rows.Length;
        for (var r = 0; r <= rows.Length; r++)
            if (r < rows.Length || closed) pdf.Line(xs[0], top - 20 * r, xs[^1], top - 20 * r);
        foreach (var x in xs) pdf.Line(x, bottom, x, top);
        for (var r = 0; r < rows.Length; r++)
        for (var c = 0; c < rows[r].Length; c++)
            pdf.Text(rows[r][c], xs[c] + 8, GeneratedPdf.Baseline(top - 20 * r, top - 20 * (r + 1)));
    }

    [Fact]
    public void A_table_cut_by_a_page_break_is_one_grid_without_the_repeated_header_or_page_furniture()
    {
        var pdf = new GeneratedPdf().Page();
        Furniture(pdf, 1);
        pdf.Text("Statistics", 50, 700, 12);
        Table(pdf, 160, [["Item", "2022", "2023"], ["Alpha", "1", "2"], ["Beta", "3", "4"], ["Gamma", "5", "6"]], closed: false);
        pdf.Page();
        Furniture(pdf, 2);
        Table(pdf, 770, [["Item", "2022", "2023"], ["Delta", "7", "8"], ["Epsilon", "9", "10"]], closed: true);
        pdf.Text("End of report.", 50, 650, 12);

        var grid = pdf.Read();
        var table = Assert.Single(grid.Tables);
        Assert.Equal(["Item", "Alpha", "Beta", "Gamma", "Delta", "Epsilon"],
            Enumerable.Range(0, table.RowCount).Select(r => table.CellAt(r, 0)?.Text));
        Assert.Equal(["Epsilon", "9", "10"], table.RowCells(5).Select(c => c.Text));
        Assert.Equal(1, table.CellAt(3, 0)!.Source.Page);
        Assert.Equal(2, table.CellAt(4, 0)!.Source.Page);
        Assert.Equal(["Statistics", "End of report."], grid.Paragraphs.Select(p => p.Text));
        Assert.Equal(2, grid.PageCount);
    }

    [Fact]
    public void A_row_the_page_break_split_is_one_row_again_but_a_new_blank_row_stays()
    {
        var pdf = new GeneratedPdf().Page();
        Table(pdf, 160, [["Item", "2022", "2023"], ["1.Failed to correct, the", "1", "0"]], closed: false);
        pdf.Page();
        Table(pdf, 770, [["office stopped", "", ""], ["2.Other", "", ""], ["3.Last", "4", "5"]], closed: true);

        var table = Assert.Single(pdf.Read().Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(["1.Failed to correct, the office stopped", "1", "0"], table.RowCells(1).Select(c => c.Text));
        Assert.Equal(["2.Other", "", ""], table.RowCells(2).Select(c => c.Text));
        Assert.Equal(["3.Last", "4", "5"], table.RowCells(3).Select(c => c.Text));

        // A numbered row left blank at the top of the next page is a row of its own.
        var other = new GeneratedPdf().Page();
        Table(other, 160, [["Item", "2022", "2023"], ["1.Failed", "1", "0"]], closed: false);
        other.Page();
        Table(other, 770, [["2.Other", "", ""], ["3.Last", "4", "5"]], closed: true);
        var kept = Assert.Single(other.Read().Tables);
        Assert.Equal(["1.Failed", "2.Other", "3.Last"], Enumerable.Range(1, 3).Select(r => kept.CellAt(r, 0)?.Text));
    }

    [Fact]
    public void Tables_on_consecutive_pages_stay_apart_when_columns_differ_or_text_comes_between()
    {
        var pdf = new GeneratedPdf().Page();
        Table(pdf, 160, [["Item", "2022", "2023"], ["Alpha", "1", "2"]], closed: false);
        pdf.Page();
        Table(pdf, 770, [["Other", "A"], ["Beta", "B"]], closed: true, xs: [50, 250, 400]);
        pdf.Page();
        pdf.Text("Section two", 50, 790, 12);
        Table(pdf, 770, [["Item", "2022", "2023"], ["Gamma", "3", "4"]], closed: true);

        var grid = pdf.Read();
        Assert.Equal(3, grid.Tables.Count());
        Assert.Equal(["Item", "Other", "Item"], grid.Tables.Select(t => t.CellAt(0, 0)?.Text));
    }

    [Fact]
    public void Columns_aligned_without_rules_are_read_as_a_stream_table()
    {
        var pdf = new GeneratedPdf().Page()
            .Text("Applications received this year were answered in time.", 50, 740);
        string[][] rows = [["Item", "Natural", "Legal", "Total"], ["New received", "21", "0", "21"],
            ["Carried over", "0", "3", "3"], ["Granted", "4", "0", "4"]];
        double[] columns = [50, 250, 330, 410];
        for (var r = 0; r < rows.Length; r++)
        for (var c = 0; c < 4; c++)
            pdf.Text(rows[r][c], columns[c], 700 - 16 * r);

        var grid = pdf.Read();
        var table = Assert.Single(grid.Tables);
        Assert.Equal(4, table.RowCount);
        Assert.Equal(4, table.ColumnCount);
        for (var r = 0; r < rows.Length; r++)
            Assert.Equal(rows[r], table.RowCells(r).Select(c => c.Text));
        Assert.Equal("Applications received this year were answered in time.", Assert.Single(grid.Paragraphs).Text);
        Assert.IsType<ParagraphBlock>(grid.Blocks[0]);
    }

    [Fact]
    public void A_stream_label_wrapped_onto_lines_of_its_own_joins_its_row_of_values()
    {
        double[] columns = [50, 250, 330, 410];
        var pdf = new GeneratedPdf().Page();
        void Row(double y, params string[] texts)
        {
            for (var c = 0; c < texts.Length; c++)
                if (texts[c].Length > 0) pdf.Text(texts[c], columns[c], y);
        }
        Row(700, "Item", "Natural", "Legal", "Total");
        Row(684, "New received", "21", "0", "21");
        Row(668, "Partly granted (counted", "4", "0", "4");
        Row(656, "once only)");
        Row(636, "Denied for");
        Row(626, "", "1", "0", "1");
        Row(616, "secrecy");
        Row(598, "Granted", "0", "0", "0");

        var table = Assert.Single(pdf.Read().Tables);
        Assert.Equal(5, table.RowCount);
        Assert.Equal(["Partly granted (counted once only)", "4", "0", "4"], table.RowCells(2).Select(c => c.Text));
        Assert.Equal(["Denied for secrecy", "1", "0", "1"], table.RowCells(3).Select(c => c.Text));
        Assert.Equal(["Granted", "0", "0", "0"], table.RowCells(4).Select(c => c.Text));
    }

    [Fact]
    public void Rows_of_numbers_without_rules_keep_their_values_in_columns_aligned_from_the_right()
    {
        var pdf = new GeneratedPdf().Page();
        pdf.Text("Applications received this year were answered in time.", 50, 740);
        pdf.Text("Item", 50, 700).Text("Natural", 250, 700).Text("Legal", 330, 700).Text("Total", 410, 700);
        pdf.Text("New received", 50, 684).Text("21", 250, 684).Text("0", 330, 684).Text("21", 410, 684);
        // The first value drifts left with its label's cell; it is still the first column's.
        pdf.Text("Denied", 50, 668).Text("4", 225, 668).Text("0", 330, 668).Text("4", 410, 668);
        pdf.Text("Other requests", 50, 646);
        // Two values: the columns they stand under, not the first two.
        pdf.Text("Granted", 50, 624).Text("1", 330, 624).Text("2", 410, 624);
        pdf.Text("Closed", 50, 608).Text("3", 250, 608).Text("5", 330, 608).Text("8", 410, 608);
        pdf.Text("End of the statistics.", 50, 560);

        var grid = pdf.Read();
        var table = Assert.Single(grid.Tables);
        Assert.Equal(["Item", "Natural", "Legal", "Total"], table.RowCells(0).Select(c => c.Text));
        Assert.Equal(["Denied", "4", "0", "4"], table.RowCells(2).Select(c => c.Text));
        Assert.Equal("Other requests", table.CellAt(3, 0)?.Text);
        Assert.Equal("Granted", table.CellAt(4, 0)?.Text);
        Assert.True(string.IsNullOrEmpty(table.CellAt(4, 1)?.Text));
        Assert.Equal("1", table.CellAt(4, 2)?.Text);
        Assert.Equal("2", table.CellAt(4, 3)?.Text);
        Assert.Equal(["Closed", "3", "5", "8"], table.RowCells(5).Select(c => c.Text));
        Assert.Equal(["Applications received this year were answered in time.", "End of the statistics."],
            grid.Paragraphs.Select(p => p.Text));
    }
}
