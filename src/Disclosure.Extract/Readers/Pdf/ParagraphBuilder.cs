using System.Text;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>A paragraph being assembled from lines; may still absorb the first paragraph of the next page.</summary>
internal sealed record ParagraphDraft(int Page, IReadOnlyList<TextLine> Lines, bool StartsIndented, bool EndsShort)
{
    public BoundingBox Box => Lines.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
    public double Top => Box.Top;

    /// <summary>Wrapped lines are soft breaks: CJK joins directly, Latin gets one space.</summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder();
            foreach (var line in Lines) AppendLine(sb, line.Text);
            return sb.ToString();
        }
    }

    public static void AppendLine(StringBuilder sb, string text)
    {
        if (text.Length == 0) return;
        if (sb.Length > 0 && !TextAssembler.IsCjk(sb[^1]) && !TextAssembler.IsCjk(text[0]) && sb[^1] != '-')
            sb.Append(' ');
        sb.Append(text);
    }
}

/// <summary>The page's body geometry, measured over the whole document so short pages are judged like the rest.</summary>
internal sealed record BodyMetrics(double Left, double Right, double Pitch)
{
    public static BodyMetrics Measure(IEnumerable<IReadOnlyList<TextLine>> pages)
    {
        var lefts = new List<double>();
        var rights = new List<double>();
        var pitches = new List<double>();
        foreach (var lines in pages)
        {
            var full = lines.Where(l => l.Glyphs.Count >= 5).ToList();
            lefts.AddRange(full.Select(l => l.Left));
            rights.AddRange(full.Select(l => l.Right));
            for (var i = 1; i < lines.Count; i++)
            {
                var d = lines[i - 1].V - lines[i].V;
                if (d > 0 && Math.Abs(lines[i - 1].Size - lines[i].Size) < 0.5) pitches.Add(d);
            }
        }
        if (lefts.Count == 0) return new BodyMetrics(0, double.MaxValue, 0);
        lefts.Sort();
        rights.Sort();
        // Low/high percentiles rather than extremes: one stray line must not move the margins.
        return new BodyMetrics(lefts[(int)(lefts.Count * 0.1)], rights[(int)(rights.Count * 0.9)], TextAssembler.Median(pitches));
    }
}

/// <summary>Groups consecutive lines into paragraphs by line spacing, indentation, short last lines and font size changes.</summary>
internal static class ParagraphBuilder
{
    public static List<ParagraphDraft> Build(int page, IReadOnlyList<TextLine> lines, BodyMetrics body, PdfLayoutSettings settings)
    {
        var result = new List<ParagraphDraft>();
        var current = new List<TextLine>();
        void Flush()
        {
            if (current.Count == 0) return;
            var first = current[0];
            var last = current[^1];
            result.Add(new ParagraphDraft(page, current.ToList(),
                Indented(first, body, settings), last.Right < body.Right - settings.ShortLineRatio * last.Size));
            current.Clear();
        }

        foreach (var line in lines)
        {
            if (current.Count > 0 && StartsNew(current[^1], line, body, settings)) Flush();
            current.Add(line);
        }
        Flush();
        return result;
    }

    private static bool Indented(TextLine line, BodyMetrics body, PdfLayoutSettings settings) =>
        line.Left > body.Left + settings.IndentRatio * line.Size;

    private static bool StartsNew(TextLine previous, TextLine line, BodyMetrics body, PdfLayoutSettings settings)
    {
        if (Indented(line, body, settings)) return true;
        if (previous.Right < body.Right - settings.ShortLineRatio * previous.Size) return true;
        if (Math.Abs(previous.Size - line.Size) > 1.0) return true;
        var pitch = previous.V - line.V;
        if (pitch > settings.MaxLinePitchRatio * Math.Max(previous.Size, line.Size)) return true;
        return body.Pitch > 0 && pitch > body.Pitch * settings.ParagraphGapRatio;
    }
}
