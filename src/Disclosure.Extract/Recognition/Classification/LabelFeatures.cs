using System.Collections.Frozen;
using System.Runtime.InteropServices;

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
        var context = Contexts.Value.GetValueOrDefault((table, axis)) ?? new ContextWordings(LabelKeySpace.ContextName(table, axis), []);
        var numbering = NumberingStyle(cleaned);
        var parent = parentGroup ?? "";

        var features = new FeatureSet();
        features.AddFamily(Grams(HashPrefix("t", ""), core, 3, features.Scratch));
        features.AddFamily(Grams(HashPrefix("f", ""), full, 3, features.Scratch));
        features.AddFamily(Grams(context.CharacterTag, core, 3, features.Scratch));
        features.AddFamily(SkipGrams(context.SkipTag, core, features.Scratch));
        if (parent.Length > 0) features.AddFamily(Grams(HashPrefix("p", parent), core, 2, features.Scratch));
        var scratch = features.Scratch;
        scratch.Add(context.ContextHash);
        scratch.Add(Hash("x", "parent", context.Name + "|" + parent));
        scratch.Add(Hash("x", "num", numbering));
        scratch.Add(Hash("x", "ctxnum", context.Name + "|" + numbering));
        features.AddFamily(scratch);
        AddResemblance(features, context, core);
        return features.ToVector();
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
    private static void AddResemblance(FeatureSet features, ContextWordings context, string core)
    {
        var grams = GramCounts(core);
        if (grams.Total == 0) return;
        // Shared grams with every wording at once, through the context's index: a label shares grams with few wordings.
        Span<int> shared = context.Wordings.Length <= 512 ? stackalloc int[context.Wordings.Length] : new int[context.Wordings.Length];
        shared.Clear();
        var own = grams.Grams;
        for (var i = 0; i < own.Length;)
        {
            var run = 1;
            while (i + run < own.Length && own[i + run] == own[i]) run++;
            if (context.Postings.TryGetValue(own[i], out var postings))
                foreach (var (wording, count) in postings) shared[wording] += Math.Min(run, count);
            i += run;
        }

        KeyWordings? bestKey = null;
        GramBag? bestWording = null;
        var bestDice = 0.0;
        foreach (var key in context.Keys)
        {
            var dice = 0.0;
            var containment = 0.0;
            GramBag? nearest = null;
            for (var w = key.First; w < key.First + key.Count; w++)
            {
                var wording = context.Wordings[w];
                var d = 2.0 * shared[w] / (grams.Total + wording.Total);
                if (d > dice) (dice, nearest) = (d, wording);
                containment = Math.Max(containment, (double)shared[w] / wording.Total);
            }
            if (dice > 0) features.Add(key.DiceHash, (float)dice);
            if (containment > 0) features.Add(key.ContainsHash, (float)containment);
            if (dice > bestDice) (bestKey, bestWording, bestDice) = (key, nearest, dice);
        }
        if (bestKey is null) return;
        features.Add(bestKey.NearestHash, 1f);
        AddResidue(features, core, bestWording!.Text);
    }

    /// <summary>The r family: what the label adds to and lacks of <paramref name="wording"/>, by a longest common subsequence.</summary>
    private static void AddResidue(FeatureSet features, string label, string wording)
    {
        var (added, lacking) = Residue(label, wording);
        var grams = features.Scratch;
        foreach (var run in added) Grams(ResidueAddedPrefix, run, 2, grams);
        foreach (var run in lacking) Grams(ResidueLackingPrefix, run, 2, grams);
        features.AddFamily(grams);
        var addedChars = added.Sum(r => r.Length);
        var lackingChars = lacking.Sum(r => r.Length);
        features.Add(AddedShareHash, (float)addedChars / label.Length);
        features.Add(LackingShareHash, (float)lackingChars / wording.Length);
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
            features.Add(Hash("r", "where", where), 1f);
            features.Add(LongestAddedHashes[Math.Min(6, added.Max(r => r.Length))], 1f);
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
    }

    /// <summary>One key: where its template wordings sit in its context's list, and the hashes of its resemblance features.</summary>
    private sealed record KeyWordings(int First, int Count, uint DiceHash, uint ContainsHash, uint NearestHash);

    /// <summary>
    /// A table and axis: its name, the hash prefixes of its tagged families, its keys' wordings as gram bags, and for
    /// each gram the wordings that hold it and how often.
    /// </summary>
    private sealed class ContextWordings
    {
        public ContextWordings(string name, IEnumerable<LabelKeyDefinition> definitions)
        {
            Name = name;
            var tag = string.Concat(name.Where(char.IsUpper));
            CharacterTag = HashPrefix("c", tag);
            SkipTag = HashPrefix("s", tag);
            ContextHash = Hash("x", "ctx", name);
            var wordings = new List<GramBag>();
            var keys = new List<KeyWordings>();
            foreach (var d in definitions)
            {
                var bags = d.Aliases.Prepend(d.Canonical).Select(w => GramCounts(LabelText.Core(w))).Where(w => w.Total > 0).ToList();
                keys.Add(new KeyWordings(wordings.Count, bags.Count, Hash("k", "dice", d.Key), Hash("k", "contains", d.Key), Hash("k", "nearest", d.Key)));
                wordings.AddRange(bags);
            }
            Keys = keys.ToArray();
            Wordings = wordings.ToArray();
            Postings = Wordings
                .SelectMany((bag, w) => bag.Grams.GroupBy(g => g).Select(g => (Gram: g.Key, Wording: w, Count: g.Count())))
                .GroupBy(p => p.Gram)
                .ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Wording, p.Count)).ToArray());
        }

        public string Name { get; }
        public uint CharacterTag { get; }
        public uint SkipTag { get; }
        public uint ContextHash { get; }
        public KeyWordings[] Keys { get; }
        public GramBag[] Wordings { get; }
        public FrozenDictionary<uint, (int Wording, int Count)[]> Postings { get; }
    }

    // Every wording the catalog gives a key (canonical and aliases), per table and axis; built once, so encoding a
    // label hashes no key names and compares it with only the wordings that share a gram with it.
    private static readonly Lazy<Dictionary<(StatisticsTable, LabelAxis), ContextWordings>> Contexts = new(() =>
        LabelKeySpace.Definitions.GroupBy(d => (d.Table, d.Axis))
            .ToDictionary(g => g.Key, g => new ContextWordings(LabelKeySpace.ContextName(g.Key.Table, g.Key.Axis), g)));

    private static readonly uint ResidueAddedPrefix = HashPrefix("r", "+");
    private static readonly uint ResidueLackingPrefix = HashPrefix("r", "-");
    private static readonly uint AddedShareHash = Hash("r", "share", "+");
    private static readonly uint LackingShareHash = Hash("r", "share", "-");
    private static readonly uint[] LongestAddedHashes = Enumerable.Range(0, 7)
        .Select(n => Hash("r", "longest+", n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

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

    /// <summary>
    /// The features of one label as they are added: hashes and values side by side, merged by hash at the end. Two
    /// different strings hashing alike add their values, as ML.NET would see one feature.
    /// </summary>
    private sealed class FeatureSet
    {
        private readonly List<uint> _hashes = new(192);
        private readonly List<float> _values = new(192);

        /// <summary>Hashes of the family being built; <see cref="AddFamily"/> empties it.</summary>
        public List<uint> Scratch { get; } = new(128);

        public void Add(uint hash, float value)
        {
            _hashes.Add(hash);
            _values.Add(value);
        }

        /// <summary>Adds a family's hashes, each with its count scaled so that the family's vector has unit length.</summary>
        public void AddFamily(List<uint> hashes)
        {
            if (hashes.Count == 0) return;
            var span = CollectionsMarshal.AsSpan(hashes);
            span.Sort();
            var squares = 0.0;
            for (var i = 0; i < span.Length;)
            {
                var run = RunLength(span, i);
                squares += (double)run * run;
                i += run;
            }
            var norm = (float)Math.Sqrt(squares);
            for (var i = 0; i < span.Length;)
            {
                var run = RunLength(span, i);
                Add(span[i], run / norm);
                i += run;
            }
            hashes.Clear();
        }

        private static int RunLength(ReadOnlySpan<uint> sorted, int from)
        {
            var to = from + 1;
            while (to < sorted.Length && sorted[to] == sorted[from]) to++;
            return to - from;
        }

        public LabelFeatureVector ToVector()
        {
            var hashes = _hashes.ToArray();
            var values = _values.ToArray();
            Array.Sort(hashes, values);
            var n = 0;
            for (var i = 0; i < hashes.Length; i++)
            {
                if (n > 0 && hashes[n - 1] == hashes[i]) values[n - 1] += values[i];
                else (hashes[n], values[n++]) = (hashes[i], values[i]);
            }
            return n == hashes.Length ? new LabelFeatureVector(hashes, values) : new LabelFeatureVector(hashes[..n], values[..n]);
        }
    }

    /// <summary>Appends the 1–<paramref name="maxLength"/>-grams of ^text$ (no 1-gram of a marker) to <paramref name="into"/>.</summary>
    private static List<uint> Grams(uint prefix, string text, int maxLength, List<uint> into)
    {
        Span<char> buffer = text.Length <= 254 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        buffer[0] = '^';
        text.CopyTo(buffer[1..]);
        buffer[^1] = '$';
        ReadOnlySpan<char> padded = buffer;
        for (var n = 1; n <= maxLength; n++)
            for (var i = 0; i + n <= padded.Length; i++)
            {
                if (n == 1 && (i == 0 || i == padded.Length - 1)) continue;
                into.Add(Continue(prefix, padded.Slice(i, n)));
            }
        return into;
    }

    private static List<uint> SkipGrams(uint prefix, string text, List<uint> into)
    {
        Span<char> pair = stackalloc char[2];
        for (var i = 0; i + 2 < text.Length; i++)
        {
            pair[0] = text[i];
            pair[1] = text[i + 2];
            into.Add(Continue(prefix, pair));
        }
        return into;
    }

    /// <summary>FNV-1a over family, tag and value, separated so that ("ab","c") and ("a","bc") differ.</summary>
    internal static uint Hash(string family, string tag, ReadOnlySpan<char> value) => Continue(HashPrefix(family, tag), value);

    /// <summary>The FNV state after family and tag: every feature of a family continues from it.</summary>
    private static uint HashPrefix(string family, string tag)
    {
        var h = 2166136261u;
        foreach (var ch in family) h = Step(h, ch);
        h = Step(h, '\u0001');
        foreach (var ch in tag) h = Step(h, ch);
        return Step(h, '\u0002');
    }

    private static uint Continue(uint prefix, ReadOnlySpan<char> value)
    {
        var h = prefix;
        foreach (var ch in value) h = Step(h, ch);
        return h;
    }

    private static uint Step(uint h, char ch)
    {
        h = (h ^ (byte)ch) * 16777619u;
        return (h ^ (byte)(ch >> 8)) * 16777619u;
    }
}
