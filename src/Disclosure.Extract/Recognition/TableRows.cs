using System.Text.RegularExpressions;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>A distinct cell of a grid row: the cell, whether it starts in this row, and its cleaned text.</summary>
internal sealed record RowCell(GridCell Cell, bool StartsHere, string Clean)
{
    public bool IsEmpty => Clean.Length == 0;
}

/// <summary>One grid row of a statistics table, with its distinct cells left to right.</summary>
internal sealed record TableRow(GridTable Table, int Row, IReadOnlyList<RowCell> Cells)
{
    public static IEnumerable<TableRow> Of(GridTable table)
    {
        for (var r = 0; r < table.RowCount; r++)
            yield return new TableRow(table, r,
                table.RowCells(r).Select(c => new RowCell(c, c.Row == r, LabelText.Clean(c.Text))).ToList());
    }

    public IEnumerable<RowCell> NonEmpty => Cells.Where(c => !c.IsEmpty);

    public CellRef Ref(GridCell cell) => CellRef.From(Table, cell);

    /// <summary>The distinct cells of this row that overlap grid columns [from, to].</summary>
    public IEnumerable<RowCell> CellsOver(int from, int to) =>
        Cells.Where(c => c.Cell.LastCol >= from && c.Cell.Col <= to);
}

/// <summary>Whether a cell's text has the shape of a value (number, unit, placeholder, blank) rather than a label.</summary>
internal static partial class ValueShape
{
    [GeneratedRegex(@"^[+\-－]?[0-9０-９][0-9０-９,，.．]*(万元|元|件|项|个|条|次|%|[(（](万元|元|件|项|个|条|次)[)）])?$")]
    private static partial Regex NumberRegex();

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "-", "－", "—", "——", "–", "--", "---", "/", "／", "\\", "无", "空", "不适用", "N/A", "NA", "n/a", "×", "╱", "∕",
    };

    /// <summary>True for a blank cell, a number (with or without unit) or a placeholder.</summary>
    public static bool IsValueLike(string cleaned) =>
        cleaned.Length == 0 || Placeholders.Contains(cleaned) || NumberRegex().IsMatch(cleaned) || IsChineseNumber(cleaned);

    /// <summary>True for a non-blank value: a number or a placeholder.</summary>
    public static bool IsFilledValue(string cleaned) => cleaned.Length > 0 && IsValueLike(cleaned);

    private static bool IsChineseNumber(string s) =>
        s.Length is > 0 and <= 6 && s.All(ch => "零〇一二三四五六七八九十百千".Contains(ch)) && s != "一" || s == "零";
}
