using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>Ruled tables from generated PDFs: spans from missing borders, letters assigned per cell, both border styles.</summary>
public sealed class PdfLatticeTests
{
    private static readonly double[] Xs = [50, 200, 260, 320, 380];
    private static readonly double[] Ys = [700, 680, 660, 640];

    // Header spans columns 1-3 (no rules at 260/320 in row 0); "Name" spans rows 0-1 (no rule at 680 under it).
    private static GeneratedPdf DrawTable(bool filledBars)
    {
        var pdf = new GeneratedPdf().Page();
        void H(double y, double x1, double x2)
        {
            if (filledBars) pdf.Bar(x1, y - 0.3, x2 - x1, 0.6);
            else pdf.Line(x1, y, x2, y);
        }
        void V(double x, double y1, double y2)
        {
            if (filledBars) pdf.Bar(x - 0.3, y1, 0.6, y2 - y1);
            else pdf.Line(x, y1, x, y2);
        }
        H(700, 50, 380);
        H(680, 200, 380);
        H(660, 50, 380);
        H(640, 50, 380);
        V(50, 640, 700);
        V(200, 640, 700);
        V(260, 640, 680);
        V(320, 640, 680);
        V(380, 640, 700);
        pdf.Text("Name", 60, GeneratedPdf.Baseline(700, 660))
            .Text("Header", 270, GeneratedPdf.Baseline(700, 680))
            .Text("A", 210, GeneratedPdf.Baseline(680, 660)).Text("B", 270, GeneratedPdf.Baseline(680, 660)).Text("C", 330, GeneratedPdf.Baseline(680, 660))
            .Text("Total", 60, GeneratedPdf.Baseline(660, 640))
            .Text("10", 210, GeneratedPdf.Baseline(660, 640))
            // Two numbers hugging the shared border 320: a word grouper would read "00".
            .Text("0", 313, GeneratedPdf.Baseline(660, 640))
            .Text("0", 322, GeneratedPdf.Baseline(660, 640));
        return pdf;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Missing_internal_borders_become_spans_and_adjacent_numbers_stay_in_their_cells(bool filledBars)
    {
        var grid = DrawTable(filledBars).Read();
        var table = Assert.Single(grid.Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(4, table.ColumnCount);

        var name = table.CellAt(1, 0)!;
        Assert.Equal("Name", name.Text);
        Assert.Equal((0, 2, 1), (name.Row, name.RowSpan, name.ColSpan));
        var header = table.CellAt(0, 3)!;
        Assert.Equal("Header", header.Text);
        Assert.Equal((1, 3), (header.Col, header.ColSpan));
        Assert.Equal(["A", "B", "C"], table.RowCells(1).Skip(1).Select(c => c.Text));
        Assert.Equal(["Total", "10", "0", "0"], table.RowCells(2).Select(c => c.Text));
    }

    [Fact]
    public void A_stub_rule_inside_a_cell_adds_no_phantom_row()
    {
        // Touches the left border but covers a third of the cell: no border, and no grid line either.
        var table = Assert.Single(DrawTable(filledBars: false).Line(50, 650, 100, 650).Read().Tables);
        Assert.Equal(3, table.RowCount);
        Assert.Equal(["Total", "10", "0", "0"], table.RowCells(2).Select(c => c.Text));
        Assert.All(table.RowCells(2), c => Assert.Equal(1, c.RowSpan));
    }

    [Fact]
    public void Each_cell_reports_page_and_its_box_in_pdf_points()
    {
        var table = Assert.Single(DrawTable(filledBars: false).Read().Tables);
        var ten = table.CellAt(2, 1)!;
        Assert.Equal(1, ten.Source.Page);
        var box = ten.Source.Box!;
        Assert.Equal(200, box.Left, 1.0);
        Assert.Equal(260, box.Right, 1.0);
        Assert.Equal(640, box.Bottom, 1.0);
        Assert.Equal(660, box.Top, 1.0);
    }

    [Fact]
    public void Text_outside_the_rules_is_paragraphs_in_reading_order_around_the_table()
    {
        var pdf = DrawTable(filledBars: false);
        pdf.Text("Section one", 50, 730, 14).Text("Closing words after the table.", 50, 600);
        var grid = pdf.Read();
        Assert.IsType<ParagraphBlock>(grid.Blocks[0]);
        Assert.Equal("Section one", ((ParagraphBlock)grid.Blocks[0]).Text);
        Assert.IsType<TableBlock>(grid.Blocks[1]);
        Assert.Equal("Closing words after the table.", ((ParagraphBlock)grid.Blocks[2]).Text);
        Assert.Equal(Enumerable.Range(0, grid.Blocks.Length), grid.Blocks.Select(b => b.Index));
        Assert.DoesNotContain(grid.Paragraphs, p => p.Text.Contains("Total"));
    }

    [Fact]
    public void A_lone_frame_or_underline_is_not_a_table()
    {
        var pdf = new GeneratedPdf().Page()
            .Line(50, 700, 300, 700).Line(50, 660, 300, 660).Line(50, 660, 50, 700).Line(300, 660, 300, 700)
            .Text("Boxed note", 60, 677)
            .Line(50, 600, 200, 600).Text("Underlined", 55, 603);
        var grid = pdf.Read();
        Assert.Empty(grid.Tables);
        Assert.Equal(["Boxed note", "Underlined"], grid.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Render_shows_tables_with_positions_spans_and_texts()
    {
        var text = GridText.Render(DrawTable(filledBars: false).Read());
        Assert.Contains("TABLE 0 3x4", text);
        Assert.Contains("r0 c0 span 2x1 p1", text);
        Assert.Contains("| Header", text);
    }
}
