namespace Disclosure.Extract.Recognition.Classification;

/// <summary>A label's features as hashed indices with weights, sorted by hash, each hash once.</summary>
public sealed record LabelFeatureVector(uint[] Hashes, float[] Values);

/// <summary>
/// Turns a label in context into the classifier's features. The same code serves training (the vectors go to
/// ML.NET) and inference (the exported weights are applied to them), so both always see identical features.
/// Every feature is a string hashed with 32-bit FNV-1a, stable across processes and platforms.
/// </summary>
/// <remarks>
/// Families, each scaled to unit length so that a long label does not outweigh its context:
/// t  character 1–3-grams of the core label (<see cref="LabelText.Core"/>: no numbering, glosses, spaces; simplified);
/// f  the same of the label with glosses kept (行政审批（许可） keeps its 许可);
/// c  core 1–3-grams tagged with the table and axis (其他 is otherOrg in table 三's header, other in table 四's);
/// s  skip-bigrams (a_c of abc) tagged the same way, which survive a substituted or inserted character;
/// p  core 1–2-grams tagged with the parent group (under （六）其他处理 “其他” means other.other);
/// x  context: table and axis, parent group, numbering style, and the numbering style within the context;
/// k  for each key of the table and axis, how closely the label resembles the key's template wordings (character
///    overlap with the nearest wording, both ways), and which key it resembles most. These carry what the template
///    knows to wordings no training example shows: 其他组织申请 still contains all of 其他组织.
/// r  the residue against the nearest template wording of the table and axis: 1–2-grams of what the label adds and
///    of what it lacks (character alignment), where it adds, and what share of each side is unexplained. Untagged by
///    key, so what one key's examples teach carries to every key: a trailing 小计 or a leading 注 makes a local row
///    of any template row, a changed character here or there does not.
/// The label's position is not a feature: local extra rows shift it, and the mappers align by order.
/// </remarks>
public static class LabelFeatures
{
    public static LabelFeatureVector Encode(StatisticsTable table, LabelAxis axis, string text, string? parentGroup)
    {
        var cleaned = LabelText.Clean(text);
        var core = LabelText.Core(text);
        var full = LabelText.StripOrdinals(cleaned);
        var context = LabelKeySpace.ContextName(table, axis);
        var tag = string.Concat(context.Where(char.IsUpper));
        var numbering = NumberingStyle(cleaned);
        var parent = parentGroup ?? "";

        var features = new Dictionary<uint, float>();
        AddFamily(features, Grams("t", "", core, 3));
        AddFamily(features, Grams("f", "", full, 3));
        AddFamily(features, Grams("c", tag, core, 3));
        AddFamily(features, SkipGrams("s", tag, core));
        if (parent.Length > 0) AddFamily(features, Grams("p", parent, core, 2));
        AddFamily(features, new[]
        {
            Hash("x", "ctx", context), Hash("x", "parent", context + "|" + parent), Hash("x", "num", numbering),
            Hash("x", "ctxnum", context + "|" + numbering),
        });
        AddResemblance(features, table, axis, core);

        var hashes = features.Keys.ToArray();
        Array.Sort(hashes);
        var values = new float[hashes.Length];
        for (var i = 0; i < hashes.Length; i++) values[i] = features[hashes[i]];
        return new LabelFeatureVector(hashes, values);
    }

    /// <summary>Which kind of numbering starts a cleaned label; group headings and sub-items differ in it.</summary>
    public static string NumberingStyle(string cleaned)
    {
        if (cleaned.StartsWith("第", StringComparison.Ordinal) && cleaned.Contains('条')) return "caption";
        var ordinal = LabelText.LeadingOrdinal(cleaned);
        if (ordinal.Length == 0) return "";
        var digit = ordinal.Any(char.IsAsciiDigit);
        var paren = ordinal[0] is '(' or '（';
        return (digit, paren) switch
        {
            (true, true) => "digitParen",
            (true, false) => "digit",
            (false, true) => "cnParen",
            _ => "cn",
        };
    }

    /// <summary>Per key: Dice overlap and containment of character 1–2-grams against the key's closest wording.</summary>
    private static void AddResemblance(Dictionary<uint, float> features, StatisticsTable table, LabelAxis axis, string core)
    {
        var grams = GramCounts(core);
        if (grams.Total == 0) return;
        string? bestKey = null;
        GramBag? bestWording = null;
        var bestDice = 0.0;
        foreach (var (key, wordings) in KeyWordings.Value.GetValueOrDefault((table, axis)) ?? [])
        {
            var dice = 0.0;
            var containment = 0.0;
            GramBag? nearest = null;
            foreach (var w in wordings)
            {
                var shared = grams.Shared(w);
                var d = 2.0 * shared / (grams.Total + w.Total);
                if (d > dice) (dice, nearest) = (d, w);
                containment = Math.Max(containment, (double)shared / w.Total);
            }
            if (dice > 0) features[Hash("k", "dice", key)] = (float)dice;
            if (containment > 0) features[Hash("k", "contains", key)] = (float)containment;
            if (dice > bestDice) (bestKey, bestWording, bestDice) = (key, nearest, dice);
        }
        if (bestKey is null) return;
        features[Hash("k", "nearest", bestKey)] = 1f;
        AddResidue(features, core, bestWording!.Text);
    }

    /// <summary>The r family: what the label adds to and lacks of <paramref name="wording"/>, by a longest common subsequence.</summary>
    private static void AddResidue(Dictionary<uint, float> features, string label, string wording)
    {
        var (added, lacking) = Residue(label, wording);
        var grams = new List<uint>();
        foreach (var run in added) grams.AddRange(Grams("r", "+", run, 2));
        foreach (var run in lacking) grams.AddRange(Grams("r", "-", run, 2));
        AddFamily(features, grams);
        var addedChars = added.Sum(r => r.Length);
        var lackingChars = lacking.Sum(r => r.Length);
        features[Hash("r", "share", "+")] = (float)addedChars / label.Length;
        features[Hash("r", "share", "-")] = (float)lackingChars / wording.Length;
        // Where the additions sit: a prefix qualifies (政府规章), a suffix often makes another row (…小计, …占比).
        if (added.Count > 0)
        {
            var where = (label.StartsWith(added[0], StringComparison.Ordinal), label.EndsWith(added[^1], StringComparison.Ordinal)) switch
            {
                (true, true) when added.Count == 1 => "all",
                (true, true) => "both",
                (true, false) => "front",
                (false, true) => "end",
                _ => "inside",
            };
            features[Hash("r", "where", where)] = 1f;
            features[Hash("r", "longest+", Math.Min(6, added.Max(r => r.Length)).ToString(System.Globalization.CultureInfo.InvariantCulture))] = 1f;
        }
    }

    /// <summary>The runs of <paramref name="label"/> outside a longest common subsequence with <paramref name="wording"/>, and those of the wording.</summary>
    internal static (List<string> Added, List<string> Lacking) Residue(string label, string wording)
    {
        var n = label.Length;
        var m = wording.Length;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                lcs[i, j] = label[i] == wording[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var added = new List<string>();
        var lacking = new List<string>();
        int a = 0, b = 0, x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && label[x] == wording[y])
            {
                Flush(added, label, a, x);
                Flush(lacking, wording, b, y);
                x++;
                y++;
                a = x;
                b = y;
            }
            else if (y == m || (x < n && lcs[x + 1, y] >= lcs[x, y + 1])) x++;
            else y++;
        }
        Flush(added, label, a, x);
        Flush(lacking, wording, b, y);
        return (added, lacking);

        static void Flush(List<string> runs, string text, int from, int to)
        {
            if (to > from) runs.Add(text[from..to]);
        }
    }

    /// <summary>A text's character 1- and 2-grams, each coded as one number (bigram: first char × 65536 + second), sorted with repeats.</summary>
    private sealed record GramBag(string Text, uint[] Grams)
    {
        public int Total => Grams.Length;

        /// <summary>How many grams the two bags share, repeats counted as often as both hold them (a sorted merge).</summary>
        public int Shared(GramBag other)
        {
            var (a, b) = (Grams, other.Grams);
            int i = 0, j = 0, shared = 0;
            while (i < a.Length && j < b.Length)
            {
                if (a[i] == b[j]) { shared++; i++; j++; }
                else if (a[i] < b[j]) i++;
                else j++;
            }
            return shared;
        }
    }

    // Every wording the catalog gives a key (canonical and aliases), as gram bags, per table and axis.
    private static readonly Lazy<Dictionary<(StatisticsTable, LabelAxis), List<(string Key, List<GramBag> Wordings)>>> KeyWordings = new(() =>
        LabelKeySpace.Definitions.GroupBy(d => (d.Table, d.Axis)).ToDictionary(g => g.Key, g => g
            .Select(d => (d.Key, d.Aliases.Prepend(d.Canonical).Select(w => GramCounts(LabelText.Core(w))).Where(w => w.Total > 0).ToList()))
            .ToList()));

    private static GramBag GramCounts(string text)
    {
        if (text.Length == 0) return new GramBag(text, []);
        var grams = new uint[2 * text.Length - 1];
        for (var i = 0; i < text.Length; i++)
        {
            grams[2 * i] = text[i];
            // No character is U+0000, so a bigram's code never equals a unigram's.
            if (i + 1 < text.Length) grams[2 * i + 1] = ((uint)text[i] << 16) | text[i + 1];
        }
        Array.Sort(grams);
        return new GramBag(text, grams);
    }

    private static void AddFamily(Dictionary<uint, float> features, IReadOnlyList<uint> hashes)
    {
        if (hashes.Count == 0) return;
        var counts = new Dictionary<uint, int>();
        foreach (var h in hashes) counts[h] = counts.GetValueOrDefault(h) + 1;
        var norm = (float)Math.Sqrt(counts.Values.Sum(c => (double)c * c));
        foreach (var (h, c) in counts) features[h] = features.GetValueOrDefault(h) + c / norm;
    }

    private static List<uint> Grams(string family, string tag, string text, int maxLength)
    {
        var padded = "^" + text + "$";
        var list = new List<uint>();
        for (var n = 1; n <= maxLength; n++)
            for (var i = 0; i + n <= padded.Length; i++)
            {
                if (n == 1 && (i == 0 || i == padded.Length - 1)) continue;
                list.Add(Hash(family, tag, padded.AsSpan(i, n)));
            }
        return list;
    }

    private static List<uint> SkipGrams(string family, string tag, string text)
    {
        var list = new List<uint>();
        Span<char> pair = stackalloc char[2];
        for (var i = 0; i + 2 < text.Length; i++)
        {
            pair[0] = text[i];
            pair[1] = text[i + 2];
            list.Add(Hash(family, tag, pair));
        }
        return list;
    }

    /// <summary>FNV-1a over family, tag and value, separated so that ("ab","c") and ("a","bc") differ.</summary>
    internal static uint Hash(string family, string tag, ReadOnlySpan<char> value)
    {
        var h = 2166136261u;
        foreach (var ch in family) h = Step(h, ch);
        h = Step(h, '\u0001');
        foreach (var ch in tag) h = Step(h, ch);
        h = Step(h, '\u0002');
        foreach (var ch in value) h = Step(h, ch);
        return h;

        static uint Step(uint h, char ch)
        {
            h = (h ^ (byte)ch) * 16777619u;
            return (h ^ (byte)(ch >> 8)) * 16777619u;
        }
    }
}
