using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>A cell found on a page: grid position and spans, the page it sits on and its box there, its text.</summary>
internal sealed record PdfTableCell(int Row, int Col, int RowSpan, int ColSpan, int Page, BoundingBox Box, string Text)
{
    public int LastRow => Row + RowSpan - 1;
}

/// <summary>
/// A table before it becomes a <see cref="GridTable"/>: cells with geometry, the x positions of its column
/// edges (left to right), and where it starts and ends (it may run over several pages).
/// </summary>
internal sealed record PdfTable(
    int FirstPage, BoundingBox FirstBox, int LastPage, BoundingBox LastBox,
    IReadOnlyList<double> ColumnEdges, int RowCount, IReadOnlyList<PdfTableCell> Cells)
{
    public IEnumerable<PdfTableCell> RowCells(int row) => Cells.Where(c => c.Row == row).OrderBy(c => c.Col);

    public GridTable ToGrid(int tableIndex)
    {
        var builder = new GridTableBuilder();
        foreach (var c in Cells.OrderBy(c => c.Row).ThenBy(c => c.Col))
            builder.AddCellAt(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Text, new SourceSpan(c.Page, c.Box));
        return builder.Build(tableIndex);
    }
}
