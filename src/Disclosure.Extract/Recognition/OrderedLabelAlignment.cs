namespace Disclosure.Extract.Recognition;

/// <summary>How an aligned row got its key, or why it has none.</summary>
public enum AlignmentMethod
{
    /// <summary>Its best candidate, in template order with the other rows.</summary>
    Best,
    /// <summary>Its best candidate although the row stands out of template order (rows swapped in print).</summary>
    OutOfOrder,
    /// <summary>Chosen among its candidates by the order-preserving alignment between the anchors.</summary>
    Order,
    /// <summary>No usable candidate: the only free template key of a gap of exactly matching size.</summary>
    Position,
    /// <summary>No key: a local extra row, or a duplicate that fits nowhere.</summary>
    None,
}

/// <summary>
/// The decision for one row: its key (null for "none of these"), the confidence of that decision — for a key, how
/// sure the label mapping is; for none, how sure it is that the row is none of the free keys — and how it was made.
/// <paramref name="Duplicate"/>: the row's confident best key was taken by another row.
/// </summary>
public sealed record AlignedLabel(string? Key, double Confidence, AlignmentMethod How, string? CandidateMethod, bool Duplicate)
{
    /// <summary>A short description for eval and debugging: the matcher's method and how the alignment used it.</summary>
    public string Describe() => How switch
    {
        AlignmentMethod.Best => CandidateMethod ?? "best",
        AlignmentMethod.OutOfOrder => $"{CandidateMethod}, out of template order",
        AlignmentMethod.Order => $"{CandidateMethod}, chosen by template order",
        AlignmentMethod.Position => "template position",
        _ => Duplicate ? "duplicate, fits nowhere" : "none of these",
    };
}

/// <summary>
/// Combines the label matcher's ranked candidates of a table's rows with the template's known row order, so that no
/// two rows get the same key and a missing row does not shift the rest.
/// <list type="number">
/// <item>Anchors: rows whose best candidate is confident. The largest set of them in template order is the backbone;
/// a confident row outside it keeps its key when that key is still free (real reports occasionally swap rows), and
/// is a duplicate otherwise.</item>
/// <item>Between two backbone rows, the remaining rows are aligned monotonically to the free template keys lying
/// between the backbone rows' template positions, maximizing the sum of log-scores, each row free to take "none".
/// A duplicate's next candidate is thus used when it fits the order.</item>
/// <item>A row left without key keeps its best candidate out of order when that key is free and the row rather
/// likely has it, at a reduced confidence (so the field is flagged, not guessed silently).</item>
/// <item>Rows with no usable candidate take the free keys of their gap by position when the counts agree.</item>
/// </list>
/// </summary>
public static class OrderedLabelAlignment
{
    /// <summary>A best candidate at least this sure is an anchor: order does not overrule it.</summary>
    public const double ConfidentScore = 0.8;

    /// <summary>A row kept out of order needs a best candidate at least this sure (below, it is an extra row).</summary>
    public const double OutOfOrderMinimum = 0.6;

    /// <summary>Confidence factor for an uncertain row kept out of template order.</summary>
    public const double OutOfOrderFactor = 0.5;

    /// <summary>Confidence of a key given by position alone.</summary>
    public const double PositionScore = 0.5;

    // Scores are not all calibrated (rule scores of several candidates may sum above 1): "none" keeps a small chance.
    private const double NoneFloor = 0.02;

    /// <summary>
    /// Aligns <paramref name="rows"/> (each row's candidates, best first, in reading order) to <paramref name="order"/>
    /// (the template keys of the table in template order). Candidates with keys outside <paramref name="order"/> are
    /// ignored. <paramref name="placeByPosition"/>: whether rows with no usable candidate may fill an exact gap.
    /// </summary>
    public static IReadOnlyList<AlignedLabel> Align(
        IReadOnlyList<string> order, IReadOnlyList<IReadOnlyList<LabelCandidate>> rows, bool placeByPosition = true)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++) index.TryAdd(order[i], i);
        var n = rows.Count;
        var candidates = rows.Select(r => r
            .Where(c => index.ContainsKey(c.Key) && c.Score > 0)
            .GroupBy(c => c.Key, StringComparer.Ordinal).Select(g => g.MaxBy(c => c.Score)!)
            .OrderByDescending(c => c.Score).ThenBy(c => index[c.Key]).ToList()).ToList();
        var noneScore = rows.Select(r => Math.Clamp(1 - r.Where(c => !LabelKeys.IsGroup(c.Key)).Sum(c => c.Score), NoneFloor, 1)).ToArray();

        var result = new AlignedLabel?[n];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var duplicate = new bool[n];

        var confident = Enumerable.Range(0, n).Where(i => candidates[i].Count > 0 && candidates[i][0].Score >= ConfidentScore).ToList();
        var backbone = Backbone(confident, i => index[candidates[i][0].Key], i => candidates[i][0].Score);
        foreach (var i in backbone)
        {
            var best = candidates[i][0];
            result[i] = new AlignedLabel(best.Key, best.Score, AlignmentMethod.Best, best.Method, false);
            used.Add(best.Key);
        }
        foreach (var i in confident.Where(i => result[i] is null))
        {
            var best = candidates[i][0];
            if (used.Add(best.Key)) result[i] = new AlignedLabel(best.Key, best.Score, AlignmentMethod.OutOfOrder, best.Method, false);
            else duplicate[i] = true;
        }

        // Between consecutive backbone rows (and before the first, after the last): align the rest to the free keys.
        var bounds = new List<int> { -1 };
        bounds.AddRange(backbone);
        bounds.Add(n);
        for (var b = 0; b + 1 < bounds.Count; b++)
        {
            var (from, to) = (bounds[b], bounds[b + 1]);
            var keyFrom = from < 0 ? -1 : index[result[from]!.Key!];
            var keyTo = to >= n ? order.Count : index[result[to]!.Key!];
            var segmentRows = Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Where(i => result[i] is null).ToList();
            var segmentKeys = Enumerable.Range(keyFrom + 1, Math.Max(0, keyTo - keyFrom - 1)).Select(k => order[k])
                .Where(k => !used.Contains(k)).ToList();
            if (segmentRows.Count == 0 || segmentKeys.Count == 0) continue;
            foreach (var (row, key) in AlignSegment(segmentRows, segmentKeys, candidates, noneScore))
            {
                var c = candidates[row].First(c => c.Key == key);
                result[row] = new AlignedLabel(key, c.Score,
                    ReferenceEquals(c, candidates[row][0]) ? AlignmentMethod.Best : AlignmentMethod.Order, c.Method, duplicate[row]);
                used.Add(key);
            }
        }

        // An uncertain row that fits no gap but rather likely has a key nobody took: kept, flagged by its confidence.
        for (var i = 0; i < n; i++)
        {
            if (result[i] is not null || duplicate[i] || candidates[i].Count == 0) continue;
            var best = candidates[i][0];
            if (best.Score < OutOfOrderMinimum || best.Score <= noneScore[i] || !used.Add(best.Key)) continue;
            result[i] = new AlignedLabel(best.Key, best.Score * OutOfOrderFactor, AlignmentMethod.OutOfOrder, best.Method, false);
        }

        if (placeByPosition) PlaceByPosition(result, order, index, used, duplicate);

        // For "none", the confidence is that of the row being none of the keys: low when its best candidate was denied.
        for (var i = 0; i < n; i++)
            result[i] ??= new AlignedLabel(null, 1 - (candidates[i].FirstOrDefault()?.Score ?? 0), AlignmentMethod.None,
                candidates[i].FirstOrDefault()?.Method, duplicate[i]);
        return result.Select(r => r!).ToList();
    }

    /// <summary>
    /// The largest set of rows whose keys increase with reading order (ties: the higher score sum, then the earlier
    /// rows), so two confident rows claiming one key never both anchor.
    /// </summary>
    private static List<int> Backbone(List<int> rows, Func<int, int> keyIndex, Func<int, double> score)
    {
        var count = new int[rows.Count];
        var sum = new double[rows.Count];
        var previous = new int[rows.Count];
        for (var a = 0; a < rows.Count; a++)
        {
            (count[a], sum[a], previous[a]) = (1, score(rows[a]), -1);
            for (var b = 0; b < a; b++)
            {
                if (keyIndex(rows[b]) >= keyIndex(rows[a])) continue;
                var (c, s) = (count[b] + 1, sum[b] + score(rows[a]));
                if (c > count[a] || (c == count[a] && s > sum[a] + 1e-12)) (count[a], sum[a], previous[a]) = (c, s, b);
            }
        }
        var end = -1;
        for (var a = 0; a < rows.Count; a++)
            if (end < 0 || count[a] > count[end] || (count[a] == count[end] && sum[a] > sum[end] + 1e-12)) end = a;
        var chain = new List<int>();
        for (var a = end; a >= 0; a = previous[a]) chain.Add(rows[a]);
        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// Monotone alignment of <paramref name="rows"/> to <paramref name="keys"/> (both in order): each row takes one of
    /// its candidate keys after the previous row's key, or none; the sum of log-scores is maximal.
    /// </summary>
    private static IEnumerable<(int Row, string Key)> AlignSegment(
        List<int> rows, List<string> keys, List<List<LabelCandidate>> candidates, double[] noneScore)
    {
        var (m, k) = (rows.Count, keys.Count);
        var dp = new double[m + 1, k + 1];
        var step = new byte[m + 1, k + 1]; // 0 = key j unused, 1 = row i none, 2 = row i takes key j
        for (var i = 1; i <= m; i++) { dp[i, 0] = dp[i - 1, 0] + Math.Log(noneScore[rows[i - 1]]); step[i, 0] = 1; }
        for (var i = 1; i <= m; i++)
        for (var j = 1; j <= k; j++)
        {
            var (best, how) = (dp[i, j - 1], (byte)0);
            var none = dp[i - 1, j] + Math.Log(noneScore[rows[i - 1]]);
            if (none > best) (best, how) = (none, 1);
            var candidate = candidates[rows[i - 1]].FirstOrDefault(c => c.Key == keys[j - 1]);
            if (candidate is not null)
            {
                var take = dp[i - 1, j - 1] + Math.Log(candidate.Score);
                if (take > best) (best, how) = (take, 2);
            }
            (dp[i, j], step[i, j]) = (best, how);
        }
        var pairs = new List<(int, string)>();
        for (int i = m, j = k; i > 0;)
        {
            switch (step[i, j])
            {
                case 0: j--; break;
                case 1: i--; break;
                default: pairs.Add((rows[i - 1], keys[j - 1])); i--; j--; break;
            }
        }
        pairs.Reverse();
        return pairs;
    }

    /// <summary>Runs of rows without key take the free keys between their neighbours' keys when the counts agree.</summary>
    private static void PlaceByPosition(AlignedLabel?[] result, IReadOnlyList<string> order, Dictionary<string, int> index, HashSet<string> used,
        bool[] duplicate)
    {
        var i = 0;
        while (i < result.Length)
        {
            if (result[i] is not null) { i++; continue; }
            var start = i;
            while (i < result.Length && result[i] is null) i++;
            var before = start > 0 ? index[result[start - 1]!.Key!] : -1;
            var after = i < result.Length ? index[result[i]!.Key!] : order.Count;
            var free = Enumerable.Range(before + 1, Math.Max(0, after - before - 1)).Select(k => order[k]).Where(k => !used.Contains(k)).ToList();
            if (free.Count != i - start) continue;
            for (var j = 0; j < free.Count; j++)
            {
                result[start + j] = new AlignedLabel(free[j], PositionScore, AlignmentMethod.Position, null, duplicate[start + j]);
                used.Add(free[j]);
            }
        }
    }
}
