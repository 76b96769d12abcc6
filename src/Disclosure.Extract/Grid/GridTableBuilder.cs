using System.Collections.Immutable;

namespace Disclosure.Extract.Grid;

/// <summary>
/// Resolves row and column spans into a <see cref="GridTable"/>. Spans are a grid concern, not a format
/// concern: HTML (rowspan/colspan), Word (gridSpan/vMerge) and PDF lattices all go through here.
/// Tolerant of malformed input: spans past the table's end are clipped, overlaps never overwrite a cell,
/// short rows leave positions uncovered.
/// </summary>
public sealed class GridTableBuilder
{
    private sealed class Pending
    {
        public int Row, Col, RowSpan, ColSpan;
        public string Text = "";
        public SourceSpan Source = SourceSpan.None;
        // HTML rowspan="0" means "to the end of the table section".
        public bool ToEnd;
    }

    private readonly List<Pending> _cells = new();
    // (row, col) -> index in _cells, grown as rows arrive.
    private readonly Dictionary<(int Row, int Col), int> _owner = new();
    private int _row = -1;
    private int _col;

    public int CurrentRow => _row;

    /// <summary>Begins a new row; cells added next are placed from its first free column.</summary>
    public GridTableBuilder StartRow()
    {
        _row++;
        _col = 0;
        return this;
    }

    /// <summary>Leaves <paramref name="count"/> grid columns of the current row empty (Word's gridBefore).</summary>
    public GridTableBuilder Skip(int count)
    {
        EnsureRow();
        _col += Math.Max(0, count);
        return this;
    }

    /// <summary>
    /// Adds a cell at the next free column of the current row (HTML placement: positions already covered by a
    /// rowspan from above are skipped). rowSpan 0 extends to the last row.
    /// </summary>
    public GridTableBuilder AddCell(string text, int colSpan = 1, int rowSpan = 1, SourceSpan? source = null)
    {
        EnsureRow();
        while (_owner.ContainsKey((_row, _col))) _col++;
        Place(_row, _col, text, Math.Max(1, colSpan), rowSpan, source);
        _col += Math.Max(1, colSpan);
        return this;
    }

    /// <summary>
    /// Word's vMerge="continue": the next <paramref name="colSpan"/> columns continue the cell above. If no cell
    /// above starts at this column the position becomes an ordinary cell, so malformed merges lose no text.
    /// </summary>
    public GridTableBuilder ContinueAbove(int colSpan = 1, string text = "", SourceSpan? source = null)
    {
        EnsureRow();
        while (_owner.ContainsKey((_row, _col))) _col++;
        colSpan = Math.Max(1, colSpan);
        if (_row > 0 && _owner.TryGetValue((_row - 1, _col), out var above) && _cells[above].Col == _col
            && _cells[above].Row + _cells[above].RowSpan - 1 == _row - 1)
        {
            var cell = _cells[above];
            cell.RowSpan++;
            for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++) _owner.TryAdd((_row, c), above);
            if (!string.IsNullOrWhiteSpace(text)) cell.Text = cell.Text.Length == 0 ? text : cell.Text + "\n" + text;
            _col = Math.Max(_col, cell.Col + cell.ColSpan);
        }
        else
        {
            Place(_row, _col, text, colSpan, 1, source);
            _col += colSpan;
        }
        return this;
    }

    /// <summary>Places a cell at an explicit position (PDF lattices know their geometry).</summary>
    public GridTableBuilder AddCellAt(int row, int col, int rowSpan, int colSpan, string text, SourceSpan? source = null)
    {
        _row = Math.Max(_row, row);
        Place(row, col, text, Math.Max(1, colSpan), Math.Max(1, rowSpan), source);
        return this;
    }

    private void EnsureRow()
    {
        if (_row < 0) StartRow();
    }

    private void Place(int row, int col, string text, int colSpan, int rowSpan, SourceSpan? source)
    {
        var p = new Pending
        {
            Row = row, Col = col, ColSpan = colSpan, RowSpan = rowSpan <= 0 ? 1 : rowSpan,
            Text = text, Source = source ?? SourceSpan.None, ToEnd = rowSpan == 0,
        };
        // Never let a malformed span steal a position another cell already holds: shrink it instead.
        var width = 0;
        while (width < colSpan && !_owner.ContainsKey((row, col + width))) width++;
        if (width == 0) return;
        p.ColSpan = width;
        var index = _cells.Count;
        _cells.Add(p);
        for (var r = row; r < row + p.RowSpan; r++)
        for (var c = col; c < col + p.ColSpan; c++)
            _owner.TryAdd((r, c), index);
    }

    /// <summary>Freezes the grid. Rows that exist only because a rowspan ran past the end are dropped.</summary>
    public GridTable Build(int tableIndex)
    {
        var rowCount = _row + 1;
        if (rowCount <= 0 || _cells.Count == 0)
            return new GridTable(tableIndex, 0, 0, ImmutableArray<GridCell>.Empty, Array.Empty<int>());
        var colCount = _cells.Max(c => c.Col + c.ColSpan);
        var cells = new List<GridCell>(_cells.Count);
        var occupancy = new int[rowCount * colCount];
        Array.Fill(occupancy, -1);
        foreach (var p in _cells.OrderBy(c => c.Row).ThenBy(c => c.Col))
        {
            if (p.Row >= rowCount) continue;
            var rowSpan = p.ToEnd ? rowCount - p.Row : Math.Min(p.RowSpan, rowCount - p.Row);
            var cell = new GridCell(p.Row, p.Col, rowSpan, p.ColSpan, p.Text, p.Source);
            var index = cells.Count;
            cells.Add(cell);
            for (var r = p.Row; r <= cell.LastRow; r++)
            for (var c = p.Col; c <= cell.LastCol; c++)
                if (occupancy[r * colCount + c] < 0) occupancy[r * colCount + c] = index;
        }
        return new GridTable(tableIndex, rowCount, colCount, cells.ToImmutableArray(), occupancy);
    }
}
