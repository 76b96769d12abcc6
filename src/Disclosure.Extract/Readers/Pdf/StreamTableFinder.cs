using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Finds tables drawn without rules ("stream"): a run of consecutive lines, each split into segments by wide
/// gaps, whose segments fall into the same column bands. Rows are the lines with several segments; a label
/// wrapped onto lines of its own joins the nearest row. Columns are the bands.
/// </summary>
internal static class StreamTableFinder
{
    private sealed record Segment(List<PdfGlyph> Glyphs)
    {
        public double Left => Glyphs.Where(g => !g.IsSpace).Min(g => g.Box.Left);
        public double Right => Glyphs.Where(g => !g.IsSpace).Max(g => g.Box.Right);
    }

    // A label may wrap over this many extra lines between two rows of values.
    private const int MaxWrappedLines = 2;

    public static (List<PdfTable> Tables, List<TextLine> RemainingLines) Find(int page, List<TextLine> lines, PdfLayoutSettings settings)
    {
        var tables = new List<PdfTable>();
        var remaining = new List<TextLine>();
        var segments = lines.Select(l => Split(l, settings)).ToList();
        var i = 0;
        while (i < lines.Count)
        {
            if (segments[i].Count < 2)
            {
                remaining.Add(lines[i++]);
                continue;
            }
            // A run: lines with several segments, and at most a couple of single-segment lines (wrapped labels) between them.
            var run = new List<int> { i };
            var j = i + 1;
            while (j < lines.Count)
            {
                if (segments[j].Count >= 2)
                {
                    run.Add(j++);
                    continue;
                }
                var k = j;
                while (k < lines.Count && segments[k].Count == 1 && k - j < MaxWrappedLines) k++;
                if (k >= lines.Count || segments[k].Count < 2) break;
                run.AddRange(Enumerable.Range(j, k - j));
                j = k;
            }
            if (run.Count(r => segments[r].Count >= 2) >= settings.StreamMinRows
                && Build(page, run.Select(r => lines[r]).ToList(), run.Select(r => segments[r]).ToList(), settings) is { } table)
            {
                tables.Add(table);
                i = run[^1] + 1;
                continue;
            }
            remaining.Add(lines[i++]);
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

    private static PdfTable? Build(int page, List<TextLine> lines, List<List<Segment>> segments, PdfLayoutSettings settings)
    {
        var rowLines = Enumerable.Range(0, lines.Count).Where(i => segments[i].Count >= 2).ToList();
        // Column bands: the x-ranges covered by some segment of a multi-segment line, overlapping ranges merged.
        var bands = new List<(double Left, double Right)>();
        foreach (var seg in rowLines.SelectMany(i => segments[i]).OrderBy(seg => seg.Left))
        {
            if (bands.Count > 0 && seg.Left <= bands[^1].Right)
                bands[^1] = (bands[^1].Left, Math.Max(bands[^1].Right, seg.Right));
            else
                bands.Add((seg.Left, seg.Right));
        }
        if (bands.Count < 2) return null;
        int FirstBand(Segment seg) => Math.Max(0, bands.FindIndex(b => b.Right >= seg.Left));
        int LastBand(Segment seg) => Math.Max(FirstBand(seg), bands.FindLastIndex(b => b.Left <= seg.Right));

        // Each row's cells as (first band, last band, segments top to bottom).
        var rows = rowLines.Select(i => segments[i].Select(seg => (First: FirstBand(seg), Last: LastBand(seg), Parts: new List<Segment> { seg })).ToList()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (segments[i].Count >= 2) continue;
            var seg = segments[i][0];
            var em = lines[i].Size;
            var band = bands.FindIndex(b => seg.Left >= b.Left - em && seg.Right <= b.Right + em);
            if (band < 0) return null;
            // A wrapped label line belongs to the nearest row of values; on a tie, to the row above it.
            var row = Enumerable.Range(0, rowLines.Count).MinBy(r => (Math.Abs(lines[rowLines[r]].V - lines[i].V), rowLines[r] > i ? 1 : 0));
            var cell = rows[row].FindIndex(c => c.First <= band && c.Last >= band);
            if (cell >= 0) rows[row][cell].Parts.Add(seg);
            else rows[row].Add((band, band, [seg]));
        }

        var cells = new List<PdfTableCell>();
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (first, last, parts) in rows[r].OrderBy(c => c.First))
            {
                var ordered = parts.OrderByDescending(p => p.Glyphs[0].V).ToList();
                var visible = ordered.SelectMany(p => p.Glyphs).Where(g => !g.IsSpace).ToList();
                var box = new BoundingBox(visible.Min(g => g.Box.Left), visible.Min(g => g.Box.Bottom), visible.Max(g => g.Box.Right), visible.Max(g => g.Box.Top));
                var text = new System.Text.StringBuilder();
                foreach (var part in ordered) ParagraphDraft.AppendLine(text, TextAssembler.Join(part.Glyphs, settings));
                cells.Add(new PdfTableCell(r, first, 1, last - first + 1, page, box, text.ToString()));
            }
        }
        var edges = new List<double> { bands[0].Left };
        for (var b = 1; b < bands.Count; b++) edges.Add((bands[b - 1].Right + bands[b].Left) / 2);
        edges.Add(bands[^1].Right);
        var tableBox = lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
        return new PdfTable(page, tableBox, page, tableBox, edges, rows.Count, cells);
    }
}
