using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Disclosure.Extract.Recognition.Classification;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Rule-based label matching (template.md §5.3): exact match of the normalized label, then the longest distinctive
/// fragment it contains, then a small edit distance. The parent group, when known, breaks ties between sub-rows.
/// </summary>
public sealed partial class RuleLabelMatcher : ILabelMatcher
{
    private sealed record Entry(string Key, string Canonical, string[] Fragments, string? Group);

    private readonly FrozenDictionary<(StatisticsTable, LabelAxis), Entry[]> _entries = Entries.Value;

    // The template's wordings are the same for every matcher: built once per process, not per matcher.
    private static readonly Lazy<FrozenDictionary<(StatisticsTable, LabelAxis), Entry[]>> Entries = new(BuildEntries);

    private static FrozenDictionary<(StatisticsTable, LabelAxis), Entry[]> BuildEntries()
    {
        var d = new Dictionary<(StatisticsTable, LabelAxis), List<Entry>>();
        void Add(StatisticsTable t, LabelAxis a, string key, string label, IEnumerable<string> fragments, string? group = null)
        {
            if (!d.TryGetValue((t, a), out var list)) d[(t, a)] = list = new List<Entry>();
            list.Add(new Entry(key, LabelText.Core(label), fragments.Select(LabelText.Clean).Distinct().ToArray(), group));
        }

        foreach (var layout in new[] { TemplateLayout.Gov2019, TemplateLayout.Gov2021 })
        foreach (var row in TemplateCatalog.ActiveRows(layout))
        {
            Add(StatisticsTable.Active, LabelAxis.Row, row.Key, row.Label, row.Fragments);
            foreach (var col in row.Columns)
                Add(StatisticsTable.Active, LabelAxis.Column, col.Key, col.Label, col.Fragments);
        }
        Add(StatisticsTable.Active, LabelAxis.Row, LabelKeys.Caption, "第二十条", new[] { "第二十条", "二十条" });
        Add(StatisticsTable.Active, LabelAxis.Row, LabelKeys.Header, "信息内容", new[] { "信息内容" });

        foreach (var row in TemplateCatalog.AllApplicationRows)
            Add(StatisticsTable.Applications, LabelAxis.Row, row.Key, row.Label, row.Fragments, row.Group);
        foreach (var g in TemplateCatalog.ApplicationGroups)
            Add(StatisticsTable.Applications, LabelAxis.Row, LabelKeys.Group(g.Key), g.Label, g.Fragments);
        foreach (var col in TemplateCatalog.ApplicantColumns)
            Add(StatisticsTable.Applications, LabelAxis.Column, col.Key, col.Label, col.Fragments);
        foreach (var label in TemplateCatalog.ApplicantGroupLabels)
            Add(StatisticsTable.Applications, LabelAxis.Column, LabelKeys.Group("applicants"), label, new[] { label });

        foreach (var o in TemplateCatalog.ReviewOutcomes)
            Add(StatisticsTable.Review, LabelAxis.Column, o.Key, o.Label, o.Fragments);
        foreach (var g in TemplateCatalog.ReviewGroups)
            Add(StatisticsTable.Review, LabelAxis.ColumnGroup, g.Key, g.Label, g.Fragments);
        Add(StatisticsTable.Review, LabelAxis.ColumnGroup, LabelKeys.Group("litigation"), "行政诉讼", new[] { "行政诉讼" });

        return d.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public IReadOnlyList<LabelCandidate> Rank(LabelQuery query)
    {
        if (!_entries.TryGetValue((query.Table, query.Axis), out var entries)) return Array.Empty<LabelCandidate>();
        // A value cell (digits, dashes) is within no edit distance of a wording, and recognition asks about many.
        if (!LabelText.HasWords(query.Text)) return Array.Empty<LabelCandidate>();
        var core = LabelText.Core(query.Text);
        var cleaned = LabelText.Clean(query.Text);
        if (core.Length == 0 || LabelText.IsNoteOrBreakdown(query.Text) || MeasuresWhatNoKeyCounts(query.Table, cleaned, core))
            return Array.Empty<LabelCandidate>();
        var parentGroup = string.IsNullOrWhiteSpace(query.Parent) ? null : GroupOf(query.Parent);
        var possible = LabelKeySpace.KeysFor(query.Table, query.Axis, core);
        // A numbered sub-item (1. 2. …) belongs to its parent group; an unnumbered label may be a group itself.
        var numberedSubItem = LabelText.LeadingOrdinal(cleaned).Any(char.IsAsciiDigit);

        var best = new Dictionary<string, LabelCandidate>();
        foreach (var e in entries)
        {
            if (!possible.Contains(e.Key)) continue;
            double score;
            string method;
            if (core == e.Canonical || cleaned == e.Canonical)
            {
                (score, method) = (1.0, "exact");
            }
            else
            {
                var frag = LongestFragment(e.Fragments, core, cleaned);
                if (frag is not null)
                {
                    score = 0.72 + 0.23 * Math.Min(1.0, (double)frag.Length / core.Length);
                    method = "fragment";
                }
                else
                {
                    var max = Math.Max(1, e.Canonical.Length / 4);
                    var dist = LabelText.EditDistance(core, e.Canonical, max);
                    if (dist > max) continue;
                    (score, method) = (0.7 - 0.05 * dist, "edit");
                }
            }

            if (query.Table == StatisticsTable.Applications && query.Axis == LabelAxis.Row)
            {
                if (parentGroup is not null && e.Group is not null)
                    score += e.Group == parentGroup ? 0.04 : (numberedSubItem ? -0.25 : -0.02);
                if (numberedSubItem && LabelKeys.IsGroup(e.Key)) score -= 0.3;
                // "（三）不予公开 1.属于国家秘密" in one cell names the row, not its group.
                if (LabelKeys.IsGroup(e.Key) && core.Length > e.Canonical.Length + 2) score -= 0.2;
            }
            score = Math.Clamp(score, 0, 1);
            if (!best.TryGetValue(e.Key, out var prev) || prev.Score < score)
                best[e.Key] = new LabelCandidate(e.Key, score, method);
        }
        return best.Values.Where(c => c.Score >= 0.5).OrderByDescending(c => c.Score).ToList();
    }

    /// <summary>
    /// True for a label that measures what no key of its table counts: a rate or share in any table; money or people
    /// in tables 三 and 四, which count cases only (table 二's fee and procurement columns do hold money).
    /// </summary>
    public static bool MeasuresWhatNoKeyCounts(LabelQuery query) =>
        MeasuresWhatNoKeyCounts(query.Table, LabelText.Clean(query.Text), LabelText.Core(query.Text));

    private static bool MeasuresWhatNoKeyCounts(StatisticsTable table, string cleaned, string core) =>
        LabelText.IsRateOrShare(cleaned, core) || (table != StatisticsTable.Active && LabelText.IsAmountOrHeadcount(cleaned));

    /// <summary>
    /// A label that opens with a heading's wording and goes on (申请人情况⏎自然人, 三、本年度办理结果（一）予以公开, 行政复议⏎总计,
    /// 第二十条第（一）项规章: a two-level header or a caption read as one cell): the longest such heading and the rest of the
    /// label, or null. Headings are the group keys of the label's table and axis, table 四's column groups for its
    /// columns, and table 二's caption for its rows.
    /// </summary>
    public (string Heading, string Remainder)? SplitLeadingHeading(LabelQuery query)
    {
        // Recognition asks about every value cell too: those have no heading in them.
        if (!LabelText.HasWords(query.Text)) return null;
        var core = LabelText.Core(query.Text).TrimStart(Separators);
        string? heading = null;
        foreach (var e in HeadingEntries(query.Table, query.Axis))
            foreach (var wording in e.Fragments.Append(e.Canonical))
                if (wording.Length >= 2 && wording.Length > (heading?.Length ?? 0) && core.Length > wording.Length
                    && core.StartsWith(wording, StringComparison.Ordinal))
                    heading = wording;
        if (heading is null) return null;
        var rest = core[heading.Length..].TrimStart(Separators);
        // 第二十条第（一）项 loses its （一） with the glosses: what is left of the item number goes with the caption.
        rest = ItemNumberRegex().Replace(rest, "");
        // A heading and a total word (不予公开合计, 法人或其他组织小计) is a subtotal of that group, which the template does not
        // have, except for table 四, where every group has its own 总计 column.
        if (TotalWordRegex().IsMatch(rest) && query.Table != StatisticsTable.Review) return null;
        return LabelText.HasWords(rest) ? (heading, rest) : null;
    }

    private static readonly char[] Separators = ['-', '—', '－', '/', '|', ':', '：', '、', ',', '，', '·'];

    [GeneratedRegex(@"^第[一二三四五六七八九十\d]*项")]
    private static partial Regex ItemNumberRegex();

    [GeneratedRegex(@"^(?:合计|小计|总计|共计|总数|计)$")]
    private static partial Regex TotalWordRegex();

    private IEnumerable<Entry> HeadingEntries(StatisticsTable table, LabelAxis axis)
    {
        foreach (var e in _entries.GetValueOrDefault((table, axis)) ?? [])
            if (LabelKeys.IsGroup(e.Key) || e.Key == LabelKeys.Caption) yield return e;
        // 行政诉讼 heads the two litigation groups, not columns: 行政诉讼合计 adds both up and is no column of the template.
        if (table == StatisticsTable.Review && axis == LabelAxis.Column)
            foreach (var e in _entries.GetValueOrDefault((table, LabelAxis.ColumnGroup)) ?? [])
                if (e.Key != LabelKeys.Group("litigation")) yield return e;
    }

    /// <summary>The longest fragment either form of the label contains (the first of equal length), or null.</summary>
    private static string? LongestFragment(string[] fragments, string core, string cleaned)
    {
        string? longest = null;
        foreach (var f in fragments)
        {
            if (f.Length == 0 || (longest is not null && f.Length <= longest.Length)) continue;
            if (core.Contains(f, StringComparison.Ordinal) || cleaned.Contains(f, StringComparison.Ordinal)) longest = f;
        }
        return longest;
    }

    // Every row under a heading names the same parent.
    private readonly BoundedMemo<string, string?> _groups = new(10_000, StringComparer.Ordinal);

    /// <summary>The group (denied, results, other, …) a parent heading of table 三 names by the rules, or null; cached per heading.</summary>
    public string? GroupOf(string parentText)
    {
        return _groups.TryGet(parentText, out var known) ? known : _groups.Add(parentText, GroupOfUncached(parentText));
    }

    private string? GroupOfUncached(string parentText)
    {
        var ranked = Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, parentText));
        var g = ranked.FirstOrDefault(c => LabelKeys.IsGroup(c.Key));
        if (g is not null) return g.Key[LabelKeys.GroupPrefix.Length..];
        // （六）其他处理 is both a 2019 row and the 2021 group heading.
        return ranked.FirstOrDefault()?.Key == "other.total" ? "other" : null;
    }
}
