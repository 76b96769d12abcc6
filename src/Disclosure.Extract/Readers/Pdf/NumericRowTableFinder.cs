using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Finds unruled statistics tables by their rows of numbers: a line that ends in numbers standing apart is a
/// table row; text lines between such rows (wrapped or stacked labels) join the nearest row. Each row becomes
/// a label cell followed by its numbers, placed in value columns aligned from the right, so a number whose x
/// drifts with its label's width still lands in its column.
/// </summary>
internal static partial class NumericRowTableFinder
{
    private sealed record Piece(List<PdfGlyph> Glyphs, bool Numeric)
    {
        public double Left => Glyphs.Where(g => !g.IsSpace).Min(g => g.Box.Left);
        public double Right => Glyphs.Where(g => !g.IsSpace).Max(g => g.Box.Right);
        public double Centre => (Left + Right) / 2;
    }

    // Label lines between two rows of numbers; more than this ends the table (a heading and a new table's header).
    private const int MaxLinesBetweenRows = 6;
    // A run of rows is a table when it has this many rows with numbers, or one row with MinNumbersInRow numbers.
    private const int MinNumericRows = 2;
    private const int MinNumbersInRow = 3;
    private const double SectionGapRatio = 1.3;
    // A number set off from the CJK text before it by at least this (share of its size) is a value, not part of the text.
    private const double MinLabelValueGapRatio = 0.1;
    // A text line this far (share of its size) from every row of values is a row of its own, not a wrapped label.
    private const double StandaloneDistanceRatio = 1.5;
    // Header lines directly above the first row of numbers: at most this many, each this close to the next.
    private const int MaxHeaderLines = 8;
    private const double MaxHeaderPitchRatio = 2.5;

    public static (List<PdfTable> Tables, List<TextLine> RemainingLines) Find(int page, List<TextLine> lines, PdfLayoutSettings settings)
    {
        var tables = new List<PdfTable>();
        var remaining = new List<TextLine>();
        var pieces = lines.Select(l => Split(l, settings)).ToList();
        var numbers = pieces.Select(TrailingNumbers).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            if (numbers[i] == 0)
            {
                remaining.Add(lines[i++]);
                continue;
            }
            var last = i;
            for (var j = i + 1; j < lines.Count && j - last <= MaxLinesBetweenRows + 1; j++)
            {
                if (numbers[j] > 0) last = j;
                else if (StartsSection(lines[j], lines[j - 1])) break;
            }
            var rows = Enumerable.Range(i, last - i + 1).Count(r => numbers[r] > 0);
            var widest = Enumerable.Range(i, last - i + 1).Max(r => numbers[r]);
            if (rows < MinNumericRows && widest < MinNumbersInRow)
            {
                remaining.Add(lines[i++]);
                continue;
            }
            // Header lines: the lines right above the first row, close together, up to a section heading.
            var first = i;
            while (first > 0 && i - first < MaxHeaderLines && remaining.Count > 0 && remaining[^1] == lines[first - 1]
                   && lines[first - 1].V - lines[first].V <= MaxHeaderPitchRatio * lines[first].Size
                   && !SectionNumber().IsMatch(lines[first - 1].Text))
            {
                first--;
                remaining.RemoveAt(remaining.Count - 1);
            }
            tables.Add(Build(page, lines.GetRange(first, last - first + 1), pieces.GetRange(first, last - first + 1),
                numbers.GetRange(first, last - first + 1), settings));
            i = last + 1;
        }
        return (tables, remaining);
    }

    // A numbered heading set apart from the line above starts the next section, not another label of the table.
    private static bool StartsSection(TextLine line, TextLine above) =>
        SectionNumber().IsMatch(line.Text) && above.V - line.V >= SectionGapRatio * line.Size;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[一二三四五六七八九十]+\s*、")]
    private static partial System.Text.RegularExpressions.Regex SectionNumber();

    // Numbers closing a line that also holds something else: the line's values.
    private static int TrailingNumbers(List<Piece> pieces)
    {
        if (pieces.Count < 2) return 0;
        var count = 0;
        for (var k = pieces.Count - 1; k >= 0 && pieces[k].Numeric; k--) count++;
        return count;
    }

    /// <summary>
    /// Cuts a line at column gaps, between numbers standing apart, and before a number that closes a run of
    /// CJK text (a value printed right after its label, the label cell's padding being the only gap).
    /// </summary>
    private static List<Piece> Split(TextLine line, PdfLayoutSettings settings)
    {
        var groups = new List<List<PdfGlyph>>();
        var current = new List<PdfGlyph>();
        PdfGlyph? prev = null;
        foreach (var g in line.WithSpaces)
        {
            if (g.IsSpace)
            {
                if (prev is not null) current.Add(g);
                continue;
            }
            if (prev is not null)
            {
                var gap = g.U0 - prev.U1;
                var em = Math.Max(prev.Size, g.Size);
                var numeric = IsNumeric(prev.Text) && IsNumeric(g.Text);
                if (gap >= settings.StreamColumnGapRatio * em || (numeric && gap > settings.WordSpaceRatio * em))
                {
                    groups.Add(current);
                    current = [];
                }
            }
            current.Add(g);
            prev = g;
        }
        if (prev is not null) groups.Add(current);

        var result = new List<Piece>();
        foreach (var group in groups)
        {
            var visible = group.Where(g => !g.IsSpace).ToList();
            var start = visible.Count;
            while (start > 0 && IsNumeric(visible[start - 1].Text)) start--;
            if (start > 0 && start < visible.Count && TextAssembler.IsCjk(visible[start - 1].Text[^1]) && char.IsDigit(visible[start].Text[0])
                && visible[start].U0 - visible[start - 1].U1 > MinLabelValueGapRatio * visible[start].Size)
            {
                var cut = group.IndexOf(visible[start]);
                result.Add(new Piece(group.GetRange(0, cut), false));
                result.Add(new Piece(group.GetRange(cut, group.Count - cut), true));
                continue;
            }
            result.Add(new Piece(group, start == 0 && visible.Count > 0 && visible.Any(g => g.Text.Any(char.IsDigit))));
        }
        return result;
    }

    private static bool IsNumeric(string text) => text.All(c => char.IsDigit(c) || c is '.' or ',');

    private static PdfTable Build(int page, List<TextLine> lines, List<List<Piece>> pieces, List<int> numbers, PdfLayoutSettings settings)
    {
        var rowLines = Enumerable.Range(0, lines.Count).Where(i => numbers[i] > 0).ToList();
        var width = numbers.Max();
        // Column anchors from the rows that fill every column; other rows take the nearest anchors, in order.
        var full = rowLines.Where(i => numbers[i] == width).ToList();
        var anchors = Enumerable.Range(0, width).Select(c => full.Average(i => pieces[i][pieces[i].Count - width + c].Centre)).ToList();
        var colLeft = Enumerable.Range(0, width).Select(c => full.Min(i => pieces[i][pieces[i].Count - width + c].Left)).ToList();
        var colRight = Enumerable.Range(0, width).Select(c => full.Max(i => pieces[i][pieces[i].Count - width + c].Right)).ToList();

        // Each line is a row of values, a row of its own (a header or sub-heading), or part of a row's label.
        var labels = lines.Select(_ => new List<Piece>()).ToList();
        var ownRow = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (numbers[i] > 0)
            {
                ownRow[i] = true;
                labels[i].AddRange(pieces[i].Take(pieces[i].Count - numbers[i]));
                continue;
            }
            var nearest = rowLines.MinBy(r => (Math.Abs(lines[r].V - lines[i].V), r > i ? 1 : 0));
            // Header lines above the first row and lines as far from their neighbours as rows are from each other
            // stand alone; a line closer to a row, or stacked tight with other lines, is part of a wrapped label.
            var far = StandaloneDistanceRatio * lines[i].Size;
            var isolated = (i == 0 || lines[i - 1].V - lines[i].V >= far) && (i == lines.Count - 1 || lines[i].V - lines[i + 1].V >= far);
            if (i < rowLines[0] || (isolated && Math.Abs(lines[nearest].V - lines[i].V) >= far))
                ownRow[i] = true;
            else
                labels[nearest].AddRange(pieces[i]);
        }

        var tableLeft = lines.Min(l => l.Left);
        var tableRight = Math.Max(lines.Max(l => l.Right), colRight[^1]);
        var cells = new List<PdfTableCell>();
        var row = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!ownRow[i]) continue;
            if (numbers[i] == 0)
            {
                // A piece right of the label column heads the value column nearest its centre.
                foreach (var group in pieces[i].GroupBy(p => p.Right < colLeft[0] ? 0 : 1 + Enumerable.Range(0, width).MinBy(c => Math.Abs(anchors[c] - p.Centre))))
                    cells.Add(new PdfTableCell(row, group.Key, 1, 1, page, BoxOf(group), LabelText(group.ToList(), settings)));
                row++;
                continue;
            }
            if (labels[i].Count > 0)
                cells.Add(new PdfTableCell(row, 0, 1, 1, page, BoxOf(labels[i]), LabelText(labels[i], settings)));
            var count = numbers[i];
            var col = 0;
            for (var k = 0; k < count; k++)
            {
                var piece = pieces[i][pieces[i].Count - count + k];
                var maxCol = width - (count - k);
                var best = Enumerable.Range(col, maxCol - col + 1).MinBy(c => Math.Abs(anchors[c] - piece.Centre));
                // A value's box is its column's: the x it was printed at may drift with the label beside it.
                cells.Add(new PdfTableCell(row, best + 1, 1, 1, page, new BoundingBox(colLeft[best], lines[i].Bottom, colRight[best], lines[i].Top),
                    TextAssembler.Join(piece.Glyphs, settings)));
                col = best + 1;
            }
            row++;
        }
        var edges = new List<double> { tableLeft };
        edges.AddRange(colLeft);
        edges.Add(tableRight);
        var tableBox = lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        return new PdfTable(page, tableBox, page, tableBox, edges, row, cells);
    }

    private static BoundingBox BoxOf(IEnumerable<Piece> pieces)
    {
        var visible = pieces.SelectMany(p => p.Glyphs).Where(g => !g.IsSpace).ToList();
        return new BoundingBox(visible.Min(g => g.Box.Left), visible.Min(g => g.Box.Bottom), visible.Max(g => g.Box.Right), visible.Max(g => g.Box.Top));
    }

    // Stacked label parts read column by column: a group label first, then the item label beside it.
    private static string LabelText(List<Piece> parts, PdfLayoutSettings settings)
    {
        var columns = new List<List<Piece>>();
        foreach (var part in parts.OrderBy(p => p.Left))
        {
            var em = part.Glyphs.Max(g => g.Size);
            if (columns.Count > 0 && part.Left - columns[^1][0].Left < em) columns[^1].Add(part);
            else columns.Add([part]);
        }
        var text = new System.Text.StringBuilder();
        foreach (var part in columns.SelectMany(c => c.OrderByDescending(p => p.Glyphs[0].V)))
            ParagraphDraft.AppendLine(text, TextAssembler.Join(part.Glyphs, settings));
        return text.ToString();
    }
}
