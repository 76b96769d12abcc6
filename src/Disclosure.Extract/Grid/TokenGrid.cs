using System.Collections.Immutable;

namespace Disclosure.Extract.Grid;

/// <summary>The kind of source a token grid was read from.</summary>
public enum SourceFormat { Docx, Pdf, Html, Text, Doc, Scan }

/// <summary>A rectangle in PDF points (origin bottom-left, as PDF user space has it).</summary>
public sealed record BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    public BoundingBox Union(BoundingBox other) => new(
        Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom),
        Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}

/// <summary>Where a piece of text sits in its source: page and box for paged formats, a path for markup.</summary>
public sealed record SourceSpan(int? Page = null, BoundingBox? Box = null, string? Path = null)
{
    public static readonly SourceSpan None = new();
}

/// <summary>A remark a reader makes about its input that is not an error (e.g. a table pasted as an image).</summary>
public sealed record ReaderNote(string Code, string Message);

/// <summary>One normalized document: the only thing recognition ever sees, whatever the file format.</summary>
public sealed record TokenGrid(
    SourceFormat Format,
    int? PageCount,
    ImmutableArray<Block> Blocks,
    ImmutableArray<ReaderNote> Notes)
{
    /// <summary>
    /// Document properties the format itself carries, outside the body: keys from <see cref="GridProperties"/>
    /// (e.g. a web page's publication date, a Word file's core title).
    /// </summary>
    public ImmutableDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public IEnumerable<GridTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);
    public IEnumerable<ParagraphBlock> Paragraphs => Blocks.OfType<ParagraphBlock>();
}

/// <summary>One item in reading order: a paragraph or a table.</summary>
public abstract record Block(int Index);

/// <summary>A paragraph of running text (headings included), line breaks kept as '\n'.</summary>
public sealed record ParagraphBlock(int Index, string Text, SourceSpan Source) : Block(Index);

/// <summary>A table as a resolved cell grid.</summary>
public sealed record TableBlock(int Index, GridTable Table) : Block(Index);

/// <summary>A table cell: its top-left grid position, its spans, its text (internal line breaks as '\n').</summary>
public sealed record GridCell(int Row, int Col, int RowSpan, int ColSpan, string Text, SourceSpan Source)
{
    public int LastRow => Row + RowSpan - 1;
    public int LastCol => Col + ColSpan - 1;
    public bool Covers(int row, int col) => row >= Row && row <= LastRow && col >= Col && col <= LastCol;
}

/// <summary>A table with merged cells resolved: every grid position knows which cell covers it.</summary>
public sealed class GridTable
{
    private readonly int[] _occupancy;

    internal GridTable(int tableIndex, int rowCount, int columnCount, ImmutableArray<GridCell> cells, int[] occupancy)
    {
        TableIndex = tableIndex;
        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells;
        _occupancy = occupancy;
    }

    /// <summary>0-based index of this table among the document's tables, in reading order.</summary>
    public int TableIndex { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }
    public ImmutableArray<GridCell> Cells { get; }

    /// <summary>The cell covering a grid position, or null where a malformed source left it uncovered.</summary>
    public GridCell? CellAt(int row, int col)
    {
        if (row < 0 || row >= RowCount || col < 0 || col >= ColumnCount) return null;
        var i = _occupancy[row * ColumnCount + col];
        return i < 0 ? null : Cells[i];
    }

    /// <summary>The distinct cells covering a row, left to right (a merged cell appears once).</summary>
    public IReadOnlyList<GridCell> RowCells(int row)
    {
        var list = new List<GridCell>();
        GridCell? last = null;
        for (var c = 0; c < ColumnCount; c++)
        {
            var cell = CellAt(row, c);
            if (cell is null || ReferenceEquals(cell, last)) continue;
            if (!list.Contains(cell)) list.Add(cell);
            last = cell;
        }
        return list;
    }

    /// <summary>A copy of this table with another index (used when readers renumber tables).</summary>
    public GridTable WithIndex(int tableIndex) => new(tableIndex, RowCount, ColumnCount, Cells, _occupancy);

    public override string ToString() => $"Table {TableIndex} ({RowCount}x{ColumnCount}, {Cells.Length} cells)";
}

/// <summary>Well-known keys of <see cref="TokenGrid.Properties"/>.</summary>
public static class GridProperties
{
    /// <summary>Title stored by the format (Word core properties, PDF info, HTML &lt;title&gt;).</summary>
    public const string Title = "title";
    /// <summary>Publication date stated by the page or file metadata, ISO yyyy-MM-dd when parseable.</summary>
    public const string PublishedDate = "publishedDate";
    /// <summary>Producer or generator application (e.g. "WPS 文字").</summary>
    public const string Producer = "producer";
}
