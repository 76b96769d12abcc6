using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Grid columns of table 三's seven applicant columns (or of table 四's fifteen), read from the header rows where
/// they are readable, completed by template order where they are not (a header cell lost to a merge, a rendering
/// without spans), and positional (the last N grid columns) when the header says nothing usable.
/// </summary>
internal sealed record ColumnMap(IReadOnlyList<(string Key, int From, int To)> Columns, bool ByPosition)
{
    public int FirstValueColumn => Columns.Count == 0 ? int.MaxValue : Columns.Min(c => c.From);

    /// <summary>The last <paramref name="keys"/>.Count grid columns, one key each, in order.</summary>
    public static ColumnMap Positional(GridTable table, IReadOnlyList<string> keys)
    {
        var start = Math.Max(0, table.ColumnCount - keys.Count);
        var cols = new List<(string, int, int)>();
        for (var i = 0; i < keys.Count && start + i < table.ColumnCount; i++) cols.Add((keys[i], start + i, start + i));
        return new ColumnMap(cols, true);
    }

    /// <summary>
    /// Builds the map from per-column header keys (null where a column's header says nothing). Keys out of template
    /// order are dropped; gaps are filled by order when the free columns fit exactly.
    /// </summary>
    public static ColumnMap? FromHeader(GridTable table, IReadOnlyList<string?> keyPerColumn, IReadOnlyList<string> order)
    {
        var ranges = new List<(string Key, int From, int To)>();
        for (var c = 0; c < keyPerColumn.Count; c++)
        {
            var k = keyPerColumn[c];
            if (k is null) continue;
            var existing = ranges.FindIndex(r => r.Key == k);
            if (existing >= 0)
            {
                // A header merged over adjacent columns keeps one range; a repeat elsewhere is noise.
                if (ranges[existing].To == c - 1) ranges[existing] = (k, ranges[existing].From, c);
                continue;
            }
            ranges.Add((k, c, c));
        }
        // Keep the longest run that respects template order.
        ranges = LongestOrderedRun(ranges, order);
        if (ranges.Count == 0) return null;

        var filled = new List<(string Key, int From, int To)>(ranges);
        var index = order.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i);
        var sorted = filled.OrderBy(r => index[r.Key]).ToList();
        var byPosition = false;
        // Missing keys before the first known, between known ones, after the last known.
        var result = new List<(string Key, int From, int To)>();
        for (var i = 0; i < order.Count; i++)
        {
            var known = sorted.FirstOrDefault(r => r.Key == order[i]);
            if (known.Key is not null) { result.Add(known); continue; }
            var prev = result.Count > 0 ? result[^1] : default;
            var next = sorted.FirstOrDefault(r => index[r.Key] > i);
            var missingRun = 0;
            for (var j = i; j < order.Count && sorted.All(r => r.Key != order[j]); j++) missingRun++;
            int from, to;
            if (prev.Key is not null && next.Key is not null) { from = prev.To + 1; to = next.From - 1; }
            else if (prev.Key is not null) { from = prev.To + 1; to = Math.Min(table.ColumnCount - 1, prev.To + missingRun); }
            else if (next.Key is not null) { from = Math.Max(0, next.From - missingRun); to = next.From - 1; }
            else return null;
            if (to - from + 1 != missingRun) return null;
            for (var j = 0; j < missingRun; j++) result.Add((order[i + j], from + j, from + j));
            i += missingRun - 1;
            byPosition = true;
        }
        return new ColumnMap(result, byPosition);
    }

    private static List<(string Key, int From, int To)> LongestOrderedRun(List<(string Key, int From, int To)> ranges, IReadOnlyList<string> order)
    {
        var orderList = order.ToList();
        var idx = ranges.Select(r => orderList.IndexOf(r.Key)).ToList();
        var n = ranges.Count;
        if (n == 0) return ranges;
        // Longest increasing subsequence by template index (ranges are already in column order).
        var len = new int[n];
        var prev = new int[n];
        for (var i = 0; i < n; i++)
        {
            len[i] = 1; prev[i] = -1;
            for (var j = 0; j < i; j++)
                if (idx[j] < idx[i] && len[j] + 1 > len[i]) { len[i] = len[j] + 1; prev[i] = j; }
        }
        var end = Array.IndexOf(len, len.Max());
        var run = new List<(string, int, int)>();
        for (var i = end; i >= 0; i = prev[i]) run.Add(ranges[i]);
        run.Reverse();
        return run;
    }
}
