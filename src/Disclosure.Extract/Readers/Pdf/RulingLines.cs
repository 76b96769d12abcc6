using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Colors;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>An axis-aligned ruling line: Position is y for a horizontal rule, x for a vertical one; Start..End runs along it.</summary>
internal sealed record RuleSegment(bool Horizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    /// <summary>Length of this rule inside [from, to] along its direction.</summary>
    public double Overlap(double from, double to) => Math.Max(0, Math.Min(End, to) - Math.Max(Start, from));
}

/// <summary>Collects ruling lines from page graphics (stroked segments and thin filled rectangles), then snaps and merges them.</summary>
internal static class RulingLines
{
    public static List<RuleSegment> Extract(Page page, PdfLayoutSettings settings)
    {
        var raw = new List<RuleSegment>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping && !path.IsStroked && !path.IsFilled) continue;
            if (path.IsStroked && !IsInvisible(path.StrokeColor))
                foreach (var sub in path)
                    AddStrokedLines(sub, raw, settings);
            else if (path.IsFilled && !IsInvisible(path.FillColor))
                foreach (var sub in path)
                    AddThinRectangle(sub, raw, settings);
        }
        // Length is judged after merging, so dotted or dashed borders drawn as many short dashes still count.
        return Normalize(raw, settings).Where(r => r.Length >= settings.MinRuleLength).ToList();
    }

    // Pieces shorter than this are dots of a dotted border at most; anything smaller is noise.
    private const double MinPieceLength = 0.3;

    private static void AddStrokedLines(PdfSubpath sub, List<RuleSegment> into, PdfLayoutSettings settings)
    {
        PdfPoint? start = null, current = null;
        foreach (var command in sub.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddLine(line.From, line.To, into, settings);
                    current = line.To;
                    start ??= line.From;
                    break;
                case PdfSubpath.CubicBezierCurve curve:
                    current = curve.EndPoint;
                    break;
                case PdfSubpath.Close when start is { } s && current is { } c:
                    AddLine(c, s, into, settings);
                    current = s;
                    break;
            }
        }
    }

    private static void AddLine(PdfPoint a, PdfPoint b, List<RuleSegment> into, PdfLayoutSettings settings)
    {
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy <= settings.SnapTolerance / 2 && dx >= MinPieceLength && dx > dy)
            into.Add(new RuleSegment(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (dx <= settings.SnapTolerance / 2 && dy >= MinPieceLength && dy > dx)
            into.Add(new RuleSegment(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    private static void AddThinRectangle(PdfSubpath sub, List<RuleSegment> into, PdfLayoutSettings settings)
    {
        if (sub.GetBoundingRectangle() is not { } r) return;
        double left = Math.Min(r.Left, r.Right), right = Math.Max(r.Left, r.Right);
        double bottom = Math.Min(r.Bottom, r.Top), top = Math.Max(r.Bottom, r.Top);
        double w = right - left, h = top - bottom;
        if (h <= settings.MaxRuleThickness && w >= MinPieceLength && w > h)
            into.Add(new RuleSegment(true, (top + bottom) / 2, left, right));
        else if (w <= settings.MaxRuleThickness && h >= MinPieceLength && h > w)
            into.Add(new RuleSegment(false, (left + right) / 2, bottom, top));
    }

    // White on white draws nothing a reader sees; such paths are backgrounds or masks, not borders.
    private static bool IsInvisible(IColor? color)
    {
        if (color is null) return false;
        try
        {
            var (r, g, b) = color.ToRGBValues();
            return r > 0.97 && g > 0.97 && b > 0.97;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>Snaps near-equal positions to one and merges collinear pieces that touch or nearly touch.</summary>
    public static List<RuleSegment> Normalize(IEnumerable<RuleSegment> raw, PdfLayoutSettings settings)
    {
        var result = new List<RuleSegment>();
        foreach (var orientation in raw.GroupBy(r => r.Horizontal))
        {
            foreach (var cluster in Cluster(orientation.OrderBy(r => r.Position).ToList(), settings.SnapTolerance))
            {
                var position = cluster.Sum(r => r.Position * r.Length) / Math.Max(1e-9, cluster.Sum(r => r.Length));
                RuleSegment? open = null;
                foreach (var r in cluster.OrderBy(r => r.Start))
                {
                    if (open is not null && r.Start <= open.End + settings.JoinTolerance)
                    {
                        open = open with { End = Math.Max(open.End, r.End) };
                        continue;
                    }
                    if (open is not null) result.Add(open);
                    open = new RuleSegment(orientation.Key, position, r.Start, r.End);
                }
                if (open is not null) result.Add(open);
            }
        }
        return result;
    }

    private static IEnumerable<List<RuleSegment>> Cluster(List<RuleSegment> byPosition, double tolerance)
    {
        var cluster = new List<RuleSegment>();
        foreach (var r in byPosition)
        {
            if (cluster.Count > 0 && r.Position - cluster[^1].Position > tolerance)
            {
                yield return cluster;
                cluster = [];
            }
            cluster.Add(r);
        }
        if (cluster.Count > 0) yield return cluster;
    }
}
