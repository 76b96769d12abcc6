using System.Text;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Glyphs sharing a baseline, in writing order, with the text rebuilt from their gaps. Glyphs holds the visible
/// glyphs; WithSpaces adds the space glyphs that mark word breaks.
/// </summary>
internal sealed record TextLine(IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfGlyph> WithSpaces, string Text, BoundingBox Box, double V, double Size, string Font)
{
    public int Page => Glyphs[0].Page;
    public double Left => Box.Left;
    public double Right => Box.Right;
    public double Top => Box.Top;
    public double Bottom => Box.Bottom;
}

/// <summary>Rebuilds reading-order text from loose glyphs: baseline clustering, then gap-aware joining.</summary>
internal static class TextAssembler
{
    /// <summary>
    /// Clusters glyphs into lines, top line first, each line left to right in its own frame. Upright and rotated
    /// text never share a line (their frames differ); rotated lines follow the upright ones.
    /// </summary>
    public static List<TextLine> Lines(IEnumerable<PdfGlyph> glyphs, PdfLayoutSettings settings) =>
        glyphs.GroupBy(g => g.Upright).OrderByDescending(g => g.Key).SelectMany(g => LinesOfOneFrame(g, settings)).ToList();

    private static List<TextLine> LinesOfOneFrame(IEnumerable<PdfGlyph> glyphs, PdfLayoutSettings settings)
    {
        var all = glyphs.ToList();
        var spaces = all.Where(g => g.IsSpace).ToList();
        var sorted = all.Where(g => !g.IsSpace).OrderByDescending(g => g.V).ThenBy(g => g.U0).ToList();
        var groups = new List<List<PdfGlyph>>();
        List<PdfGlyph>? current = null;
        double lineV = 0, lineSize = 0;
        foreach (var g in sorted)
        {
            if (current is not null && Math.Abs(lineV - g.V) <= settings.BaselineTolerance * Math.Max(lineSize, g.Size))
            {
                current.Add(g);
                continue;
            }
            current = [g];
            groups.Add(current);
            lineV = g.V;
            lineSize = g.Size;
        }
        // A space glyph joins the line whose baseline it shares, to mark a word break there.
        var lines = groups.Select(l => (Glyphs: l, V: l.Average(g => g.V), Size: l.Max(g => g.Size))).ToList();
        foreach (var space in spaces)
        {
            var home = lines.FindIndex(l => Math.Abs(l.V - space.V) <= settings.BaselineTolerance * l.Size);
            if (home >= 0) lines[home].Glyphs.Add(space);
        }
        return lines.Where(l => l.Glyphs.Any(g => !g.IsSpace)).Select(l => MakeLine(l.Glyphs, settings)).ToList();
    }

    public static TextLine MakeLine(List<PdfGlyph> glyphs, PdfLayoutSettings settings)
    {
        var all = glyphs.OrderBy(g => g.U0).ToList();
        var ordered = Deduplicate(all.Where(g => !g.IsSpace).ToList());
        var box = ordered[0].Box;
        foreach (var g in ordered) box = box.Union(g.Box);
        var size = Median(ordered.Select(g => g.Size));
        var font = ordered.GroupBy(g => g.Font).OrderByDescending(f => f.Count()).First().Key;
        return new TextLine(ordered, all, Join(all, settings), box, ordered.Average(g => g.V), size, font);
    }

    /// <summary>
    /// Joins glyphs of one line (in writing order). CJK text carries no spaces (justification gaps are not
    /// spaces); between Latin letters or digits a wide gap is a word space, and a space glyph lowers the bar to
    /// half; a very wide gap always separates.
    /// </summary>
    public static string Join(IReadOnlyList<PdfGlyph> ordered, PdfLayoutSettings settings)
    {
        var sb = new StringBuilder();
        PdfGlyph? prev = null;
        var sawSpace = false;
        foreach (var g in ordered)
        {
            if (g.IsSpace)
            {
                sawSpace = prev is not null;
                continue;
            }
            if (prev is not null)
            {
                var gap = g.U0 - prev.U1;
                var em = Math.Max(prev.Size, g.Size);
                var cjk = IsCjk(prev.Text[^1]) || IsCjk(g.Text[0]);
                var wordGap = settings.WordSpaceRatio * em * (sawSpace ? 0.5 : 1);
                if (gap > settings.SegmentGapRatio * em || (!cjk && gap > wordGap))
                    sb.Append(' ');
            }
            sb.Append(g.Text);
            prev = g;
            sawSpace = false;
        }
        return sb.ToString();
    }

    /// <summary>
    /// Text of a table cell. A line break the cell's width forced (the next line's first word would not have
    /// fitted) is a soft wrap and disappears, as in the Word table the PDF was printed from; other breaks are
    /// kept as '\n'. Without a cell box, a stack of single glyphs (vertical writing) or a CJK label wrapped every
    /// one or two glyphs still reads as one line.
    /// </summary>
    public static string CellText(IReadOnlyList<PdfGlyph> glyphs, PdfLayoutSettings settings, BoundingBox? cell = null)
    {
        if (glyphs.All(g => g.IsSpace)) return "";
        var lines = Lines(glyphs, settings);
        var stacked = lines.Count >= 2 && lines.All(l => l.Glyphs.Count == 1);
        var narrowWrap = lines.Count >= 3 && lines.All(l => l.Glyphs.Count <= 2 && l.Glyphs.All(g => IsCjk(g.Text[0])));
        if (stacked || narrowWrap) return string.Concat(lines.Select(l => l.Text));

        var sb = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i];
            if (cell is not null && IsSoftWrap(lines[i - 1], next, cell, settings))
            {
                if (!IsCjk(sb[^1]) && !IsCjk(next.Text[0])) sb.Append(' ');
            }
            else
            {
                sb.Append('\n');
            }
            sb.Append(next.Text);
        }
        return sb.ToString();
    }

    private static bool IsSoftWrap(TextLine line, TextLine next, BoundingBox cell, PdfLayoutSettings settings)
    {
        if (!line.Glyphs.All(g => g.Upright) || !next.Glyphs.All(g => g.Upright)) return false;
        // Width of the next line's first word: one glyph for CJK, a run of tight glyphs for Latin.
        var first = next.Glyphs[0];
        var end = first.U1;
        if (!IsCjk(first.Text[0]))
        {
            foreach (var g in next.Glyphs.Skip(1))
            {
                if (IsCjk(g.Text[0]) || g.U0 - end > settings.WordSpaceRatio * g.Size) break;
                end = g.U1;
            }
        }
        var room = cell.Right - line.Right;
        return end - first.U0 > room - settings.CellPaddingRatio * first.Size;
    }

    /// <summary>Han ideographs, kana, hangul and full-width punctuation: scripts written without word spaces.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFFEF' or '\u2014' or '\u2018' or '\u2019'
            or '\u201C' or '\u201D' or '\u2026' or '\u00B7';

    // Fake bold draws a glyph twice with a tiny offset; keep one.
    private static List<PdfGlyph> Deduplicate(List<PdfGlyph> ordered)
    {
        var result = new List<PdfGlyph>(ordered.Count);
        foreach (var g in ordered)
        {
            if (result.Count > 0 && result[^1].Text == g.Text && Math.Abs(result[^1].U0 - g.U0) < 0.2 * g.Size
                && Math.Abs(result[^1].V - g.V) < 0.2 * g.Size)
                continue;
            result.Add(g);
        }
        return result;
    }

    public static double Median(IEnumerable<double> values)
    {
        var list = values.OrderBy(v => v).ToList();
        if (list.Count == 0) return 0;
        return list.Count % 2 == 1 ? list[list.Count / 2] : (list[list.Count / 2 - 1] + list[list.Count / 2]) / 2;
    }
}
