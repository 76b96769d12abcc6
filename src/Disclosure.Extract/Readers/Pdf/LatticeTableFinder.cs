using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// A ruled table region of one page: its grid lines and its cells, each cell the union of the elementary
/// lattice cells no border separates (a missing internal border is a span).
/// </summary>
internal sealed class LatticeRegion
{
    private readonly int[] _cellOf; // elementary (row, col) -> index in Cells

    public LatticeRegion(IReadOnlyList<double> xs, IReadOnlyList<double> ys, IReadOnlyList<(int Row, int Col, int RowSpan, int ColSpan)> cells, int[] cellOf)
    {
        Xs = xs;
        Ys = ys;
        Cells = cells;
        _cellOf = cellOf;
        Box = new BoundingBox(xs[0], ys[^1], xs[^1], ys[0]);
    }

    /// <summary>Column edges, left to right.</summary>
    public IReadOnlyList<double> Xs { get; }
    /// <summary>Row edges, top to bottom (descending y).</summary>
    public IReadOnlyList<double> Ys { get; }
    public IReadOnlyList<(int Row, int Col, int RowSpan, int ColSpan)> Cells { get; }
    public BoundingBox Box { get; }

    public BoundingBox CellBox(int index)
    {
        var c = Cells[index];
        return new BoundingBox(Xs[c.Col], Ys[c.Row + c.RowSpan], Xs[c.Col + c.ColSpan], Ys[c.Row]);
    }

    /// <summary>The cell containing a point, or -1 outside the region.</summary>
    public int Locate(double x, double y)
    {
        if (x < Xs[0] || x > Xs[^1] || y > Ys[0] || y < Ys[^1]) return -1;
        var col = 0;
        while (col < Xs.Count - 2 && x > Xs[col + 1]) col++;
        var row = 0;
        while (row < Ys.Count - 2 && y < Ys[row + 1]) row++;
        return _cellOf[row * (Xs.Count - 1) + col];
    }
}

/// <summary>Finds ruled (lattice) tables: connected groups of horizontal and vertical rules resolved into merged cells.</summary>
internal static class LatticeTableFinder
{
    public static List<LatticeRegion> Find(IReadOnlyList<RuleSegment> rules, PdfLayoutSettings settings)
    {
        var regions = new List<LatticeRegion>();
        foreach (var component in ConnectedComponents(rules, settings.IntersectionTolerance))
        {
            if (Build(component, settings) is { } region) regions.Add(region);
        }
        return regions.OrderByDescending(r => r.Box.Top).ToList();
    }

    private static List<List<RuleSegment>> ConnectedComponents(IReadOnlyList<RuleSegment> rules, double tol)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int FindRoot(int i) => parent[i] == i ? i : parent[i] = FindRoot(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        for (var j = i + 1; j < rules.Count; j++)
        {
            var a = rules[i];
            var b = rules[j];
            if (a.Horizontal == b.Horizontal) continue;
            var (h, v) = a.Horizontal ? (a, b) : (b, a);
            if (v.Position >= h.Start - tol && v.Position <= h.End + tol && h.Position >= v.Start - tol && h.Position <= v.End + tol)
                parent[FindRoot(i)] = FindRoot(j);
        }
        return Enumerable.Range(0, rules.Count).GroupBy(FindRoot).Select(g => g.Select(i => rules[i]).ToList()).ToList();
    }

    private static LatticeRegion? Build(List<RuleSegment> rules, PdfLayoutSettings settings)
    {
        var horizontals = rules.Where(r => r.Horizontal).ToList();
        var verticals = rules.Where(r => !r.Horizontal).ToList();
        if (horizontals.Count == 0 || verticals.Count == 0) return null;

        var left = Math.Min(horizontals.Min(h => h.Start), verticals.Min(v => v.Position));
        var right = Math.Max(horizontals.Max(h => h.End), verticals.Max(v => v.Position));
        var bottom = Math.Min(verticals.Min(v => v.Start), horizontals.Min(h => h.Position));
        var top = Math.Max(verticals.Max(v => v.End), horizontals.Max(h => h.Position));

        // A table cut by a page break often lacks its outer border on that side: the bbox edge stands in for it.
        var xs = Edges(verticals.Select(v => v.Position).Append(left).Append(right), settings.MinCellSize);
        var ys = Edges(horizontals.Select(h => h.Position).Append(bottom).Append(top), settings.MinCellSize);
        ys.Reverse();
        if (xs.Count < 2 || ys.Count < 2) return null;

        int rows = ys.Count - 1, cols = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * cols).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        double tol = settings.SnapTolerance + settings.MinCellSize / 2;

        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++)
        {
            if (c + 1 < cols && !HasBorder(verticals, xs[c + 1], ys[r + 1], ys[r], tol, settings.BorderCoverage))
                parent[Root(r * cols + c)] = Root(r * cols + c + 1);
            if (r + 1 < rows && !HasBorder(horizontals, ys[r + 1], xs[c], xs[c + 1], tol, settings.BorderCoverage))
                parent[Root(r * cols + c)] = Root((r + 1) * cols + c);
        }

        var groups = Enumerable.Range(0, rows * cols).GroupBy(Root).OrderBy(g => g.Min())
            .Select(g => (Root: g.Key, R0: g.Min(i => i / cols), R1: g.Max(i => i / cols), C0: g.Min(i => i % cols), C1: g.Max(i => i % cols)))
            .ToList();
        // A grid line no cell starts or ends at (an underline inside a cell, a stub) would only add a phantom row or column.
        var keepY = groups.SelectMany(g => new[] { g.R0, g.R1 + 1 }).Append(0).Append(rows).Distinct().Order().ToList();
        var keepX = groups.SelectMany(g => new[] { g.C0, g.C1 + 1 }).Append(0).Append(cols).Distinct().Order().ToList();

        var cells = new List<(int Row, int Col, int RowSpan, int ColSpan)>();
        var byRoot = new Dictionary<int, int>();
        foreach (var g in groups)
        {
            int r0 = keepY.IndexOf(g.R0), r1 = keepY.IndexOf(g.R1 + 1), c0 = keepX.IndexOf(g.C0), c1 = keepX.IndexOf(g.C1 + 1);
            byRoot[g.Root] = cells.Count;
            cells.Add((r0, c0, r1 - r0, c1 - c0));
        }
        // A single box around text is a frame, not a table.
        if (cells.Count < 2) return null;

        int keptRows = keepY.Count - 1, keptCols = keepX.Count - 1;
        var cellOf = new int[keptRows * keptCols];
        Array.Fill(cellOf, -1);
        for (var i = 0; i < rows * cols; i++)
        {
            int r = keepY.FindLastIndex(y => y <= i / cols), c = keepX.FindLastIndex(x => x <= i % cols);
            if (cellOf[r * keptCols + c] < 0) cellOf[r * keptCols + c] = byRoot[Root(i)];
        }
        return new LatticeRegion(keepX.Select(i => xs[i]).ToList(), keepY.Select(i => ys[i]).ToList(), cells, cellOf);
    }

    private static bool HasBorder(List<RuleSegment> rules, double position, double from, double to, double tol, double coverage)
    {
        var need = (to - from) * coverage;
        var covered = rules.Where(r => Math.Abs(r.Position - position) <= tol).Sum(r => r.Overlap(from, to));
        return covered >= need;
    }

    /// <summary>Sorted distinct positions, positions closer than <paramref name="minGap"/> averaged into one.</summary>
    private static List<double> Edges(IEnumerable<double> positions, double minGap)
    {
        var result = new List<double>();
        var cluster = new List<double>();
        foreach (var p in positions.OrderBy(p => p))
        {
            if (cluster.Count > 0 && p - cluster[^1] >= minGap)
            {
                result.Add(cluster.Average());
                cluster.Clear();
            }
            cluster.Add(p);
        }
        if (cluster.Count > 0) result.Add(cluster.Average());
        return result;
    }
}
