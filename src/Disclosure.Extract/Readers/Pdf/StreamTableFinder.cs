using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Finds tables drawn without rules ("stream"): a run of consecutive lines, each split into segments by wide
/// gaps, whose segments fall into the same column bands. Rows are the lines; columns are the bands.
/// </summary>
internal static class StreamTableFinder
{
    private sealed record Segment(List<PdfGlyph> Glyphs)
    {
        public double Left => Glyphs.Where(g => !g.IsSpace).Min(g => g.Box.Left);
        public double Right => Glyphs.Where(g => !g.IsSpace).Max(g => g.Box.Right);
    }

    public static (List<PdfTable> Tables, List<TextLine> RemainingLines) Find(int page, List<TextLine> lines, PdfLayoutSettings settings)
    {
        var tables = new List<PdfTable>();
        var remaining = new List<TextLine>();
        var segments = lines.Select(l => Split(l, settings)).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            var j = i;
            while (j < lines.Count && segments[j].Count >= 2) j++;
            if (j - i >= settings.StreamMinRows && Build(page, lines.GetRange(i, j - i), segments.GetRange(i, j - i), settings) is { } table)
            {
                tables.Add(table);
                i = j;
                continue;
            }
            var stop = Math.Max(j, i + 1);
            remaining.AddRange(lines.GetRange(i, stop - i));
            i = stop;
        }
        return (tables, remaining);
    }

    /// <summary>Cuts a line at gaps wide enough to be column gaps; numbers standing apart are always separate cells.</summary>
    private static List<Segment> Split(TextLine line, PdfLayoutSettings settings)
    {
        var result = new List<Segment>();
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
                    result.Add(new Segment(current));
                    current = [];
                }
            }
            current.Add(g);
            prev = g;
        }
        if (prev is not null) result.Add(new Segment(current));
        return result;
    }

    private static bool IsNumeric(string text) => text.All(c => char.IsDigit(c) || c is '.' or ',');

    private static PdfTable? Build(int page, List<TextLine> rows, List<List<Segment>> segments, PdfLayoutSettings settings)
    {
        // Column bands: the x-ranges covered by some segment, overlapping ranges merged.
        var bands = new List<(double Left, double Right)>();
        foreach (var s in segments.SelectMany(s => s).OrderBy(s => s.Left))
        {
            if (bands.Count > 0 && s.Left <= bands[^1].Right)
                bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, s.Right));
            else
                bands.Add((s.Left, s.Right));
        }
        if (bands.Count < 2) return null;

        var cells = new List<PdfTableCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var s in segments[r])
            {
                var first = bands.FindIndex(b => b.Right >= s.Left);
                var last = bands.FindLastIndex(b => b.Left <= s.Right);
                var box = new BoundingBox(s.Left, s.Glyphs.Where(g => !g.IsSpace).Min(g => g.Box.Bottom), s.Right,
                    s.Glyphs.Where(g => !g.IsSpace).Max(g => g.Box.Top));
                cells.Add(new PdfTableCell(r, first, 1, Math.Max(1, last - first + 1), page, box, TextAssembler.Join(s.Glyphs, settings)));
            }
        }
        var edges = new List<double> { bands[0].Left };
        for (var b = 1; b < bands.Count; b++) edges.Add((bands[b - 1].Right + bands[b].Left) / 2);
        edges.Add(bands[^1].Right);
        var tableBox = rows.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        return new PdfTable(page, tableBox, page, tableBox, edges, rows.Count, cells);
    }
}
