using System.Text.RegularExpressions;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Joins a table that a page break cut in two: same outer frame and compatible column rules (one set of
/// vertical rules within the other). A repeated header is dropped, a merged label cell left empty on the
/// new page continues the cell above the break, and a row the break split (its label runs on, its values
/// stay above) becomes one row again.
/// </summary>
internal static partial class TableContinuation
{
    // List numbering that opens a new row ("3.", "（七）", "四、"): such text never continues the row above.
    [GeneratedRegex(@"^\s*(\d+\s*[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")]
    private static partial Regex Enumerator();

    public static bool Continues(PdfTable above, PdfTable below, PdfLayoutSettings settings)
    {
        if (below.FirstPage != above.LastPage + 1) return false;
        var tol = settings.ContinuationTolerance;
        var a = above.ColumnEdges;
        var b = below.ColumnEdges;
        if (Math.Abs(a[0] - b[0]) > tol || Math.Abs(a[^1] - b[^1]) > tol) return false;
        return IsSubset(a, b, tol) || IsSubset(b, a, tol);
    }

    private static bool IsSubset(IReadOnlyList<double> small, IReadOnlyList<double> large, double tol) =>
        small.All(x => large.Any(y => Math.Abs(x - y) <= tol));

    public static PdfTable Join(PdfTable above, PdfTable below, PdfLayoutSettings settings)
    {
        var tol = settings.ContinuationTolerance;
        var edges = new List<double>();
        foreach (var x in above.ColumnEdges.Concat(below.ColumnEdges).OrderBy(x => x))
            if (edges.Count == 0 || x - edges[^1] > tol) edges.Add(x);
        int Index(double x) => Enumerable.Range(0, edges.Count).MinBy(i => Math.Abs(edges[i] - x));
        PdfTableCell Remap(PdfTableCell c, int rowOffset)
        {
            var col = Index(c.Box.Left);
            var end = Math.Max(col + 1, Index(c.Box.Right));
            return c with { Row = c.Row + rowOffset, Col = col, ColSpan = end - col };
        }

        var upper = above.Cells.Select(c => Remap(c, 0)).ToList();
        var skip = RepeatedHeaderRows(above, below);
        var lower = below.Cells.Where(c => c.Row >= skip).Select(c => Remap(c, above.RowCount - skip)).ToList();

        // A merged cell the break cut: the part on the new page is empty and one of the two parts spans rows.
        var seamRow = above.RowCount;
        foreach (var cont in lower.Where(c => c.Row == seamRow && string.IsNullOrWhiteSpace(c.Text)).ToList())
        {
            var index = upper.FindIndex(u => u.LastRow == seamRow - 1 && u.Col == cont.Col && u.ColSpan == cont.ColSpan
                                             && !string.IsNullOrWhiteSpace(u.Text));
            if (index < 0 || (upper[index].RowSpan == 1 && cont.RowSpan == 1)) continue;
            upper[index] = upper[index] with { RowSpan = upper[index].RowSpan + cont.RowSpan };
            lower.Remove(cont);
        }

        var rowCount = above.RowCount + below.RowCount - skip;
        if (MergeSplitRow(upper, lower, seamRow)) rowCount--;
        return new PdfTable(above.FirstPage, above.FirstBox, below.LastPage, below.LastBox, edges, rowCount, upper.Concat(lower).ToList());
    }

    /// <summary>
    /// A row split by the page break: on the new page its first row holds only the rest of the labels, and its
    /// value cells are blank where the row above the break has values. Moves the label text up, drops the row.
    /// </summary>
    private static bool MergeSplitRow(List<PdfTableCell> upper, List<PdfTableCell> lower, int seamRow)
    {
        var first = lower.Where(c => c.Row == seamRow).ToList();
        if (first.Count == 0 || first.Any(c => c.RowSpan > 1)) return false;
        var pairs = new List<(PdfTableCell Below, int Above)>();
        foreach (var cell in first)
        {
            var above = upper.FindIndex(u => u.Row <= seamRow - 1 && u.LastRow >= seamRow - 1 && u.Col == cell.Col && u.ColSpan == cell.ColSpan);
            if (above < 0) return false;
            pairs.Add((cell, above));
        }
        bool Blank(string text) => string.IsNullOrWhiteSpace(text);
        if (!pairs.Any(p => Blank(p.Below.Text) && !Blank(upper[p.Above].Text))) return false;
        if (pairs.Any(p => !Blank(p.Below.Text) && (Blank(upper[p.Above].Text) || Enumerator().IsMatch(p.Below.Text)))) return false;

        foreach (var (cell, above) in pairs.Where(p => !Blank(p.Below.Text)))
        {
            var head = upper[above].Text;
            var joint = TextAssembler.IsCjk(head[^1]) || TextAssembler.IsCjk(cell.Text[0]) ? "" : " ";
            upper[above] = upper[above] with { Text = head + joint + cell.Text };
        }
        lower.RemoveAll(c => c.Row == seamRow);
        for (var i = 0; i < upper.Count; i++)
            if (upper[i].Row < seamRow && upper[i].LastRow >= seamRow)
                upper[i] = upper[i] with { RowSpan = upper[i].RowSpan - 1 };
        for (var i = 0; i < lower.Count; i++)
            lower[i] = lower[i] with { Row = lower[i].Row - 1 };
        return true;
    }

    /// <summary>How many leading rows of <paramref name="below"/> repeat the leading rows of <paramref name="above"/>.</summary>
    private static int RepeatedHeaderRows(PdfTable above, PdfTable below)
    {
        var count = 0;
        while (count < Math.Min(3, below.RowCount - 1) && count < above.RowCount
               && RowKey(above, count) is { Length: > 0 } key && key == RowKey(below, count))
            count++;
        return count;
    }

    private static string RowKey(PdfTable table, int row) =>
        string.Join("|", table.RowCells(row).Select(c => string.Concat(c.Text.Where(ch => !char.IsWhiteSpace(ch)))));
}
