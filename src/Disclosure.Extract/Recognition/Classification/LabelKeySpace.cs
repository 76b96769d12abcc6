using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>One key a label may map to in a (table, axis), with its canonical wording and the aliases the rules accept.</summary>
/// <param name="Group">For rows of table 三: the key of the parent heading ("denied", "results", …) or null.</param>
/// <param name="Ordinal">The template's own numbering of the label (（一）, 1., 一、) or empty.</param>
public sealed record LabelKeyDefinition(
    StatisticsTable Table, LabelAxis Axis, string Key, string Canonical, ImmutableArray<string> Aliases, string? Group, string Ordinal);

/// <summary>
/// Which keys exist for each (table, axis), derived from <see cref="TemplateCatalog"/> exactly as the rule matcher
/// sees them, so the classifier and the rules agree on the vocabulary. <see cref="None"/> is the class of labels
/// that match no key of the table (local extra rows, notes, narrative).
/// </summary>
public static class LabelKeySpace
{
    public const string None = "none";

    /// <summary>Every (table, axis) that has keys.</summary>
    public static readonly ImmutableArray<(StatisticsTable Table, LabelAxis Axis)> Contexts = ImmutableArray.Create(
        (StatisticsTable.Active, LabelAxis.Row), (StatisticsTable.Active, LabelAxis.Column),
        (StatisticsTable.Applications, LabelAxis.Row), (StatisticsTable.Applications, LabelAxis.Column),
        (StatisticsTable.Review, LabelAxis.Column), (StatisticsTable.Review, LabelAxis.ColumnGroup));

    public static ImmutableArray<LabelKeyDefinition> Definitions { get; } = Build();

    private static readonly FrozenDictionary<(StatisticsTable, LabelAxis), FrozenSet<string>> KeysByContext =
        Definitions.GroupBy(d => (d.Table, d.Axis)).ToFrozenDictionary(g => g.Key, g => g.Select(d => d.Key).ToFrozenSet());

    // Per (table, axis), the keys whose own wording speaks of the previous year or of a change against it (上一年项目数量,
    // 上年结转, 本年增/减): the only keys a label that names another year can take.
    private static readonly FrozenDictionary<(StatisticsTable, LabelAxis), FrozenSet<string>> OtherYearKeysByContext = Definitions
        .GroupBy(d => (d.Table, d.Axis))
        .ToFrozenDictionary(g => g.Key, g => g
            .Where(d => d.Aliases.Prepend(d.Canonical).Any(w => LabelText.NamesOtherYear(LabelText.Core(w)) || (w.Contains('增') && w.Contains('减'))))
            .Select(d => d.Key)
            .ToFrozenSet());

    /// <summary>
    /// The keys a label with this <see cref="LabelText.Core"/> form can take in its table and axis: all of them, or, for a
    /// label of the previous year (上年处理决定数量, 去年自然人, 同比), only those whose own wording names that year. Last
    /// year's figure is not the report's, whatever wording it shares with one of its keys.
    /// </summary>
    public static FrozenSet<string> KeysFor(StatisticsTable table, LabelAxis axis, string core) =>
        !LabelText.NamesOtherYear(core) ? KeysFor(table, axis)
        : OtherYearKeysByContext.TryGetValue((table, axis), out var keys) ? keys : FrozenSet<string>.Empty;

    /// <summary>The keys (without <see cref="None"/>) a label in this table and axis may take.</summary>
    public static FrozenSet<string> KeysFor(StatisticsTable table, LabelAxis axis) =>
        KeysByContext.TryGetValue((table, axis), out var keys) ? keys : FrozenSet<string>.Empty;

    /// <summary>The feature value naming a (table, axis).</summary>
    public static string ContextName(StatisticsTable table, LabelAxis axis) => $"{table}.{axis}";

    private static ImmutableArray<LabelKeyDefinition> Build()
    {
        var list = new List<LabelKeyDefinition>();
        void Add(StatisticsTable t, LabelAxis a, string key, string label, IEnumerable<string> aliases, string? group = null, string ordinal = "")
        {
            // A key can appear in both layouts (规范性文件 / 行政规范性文件): keep one entry with every wording.
            var existing = list.FindIndex(d => d.Table == t && d.Axis == a && d.Key == key);
            var all = aliases.Prepend(label);
            if (existing >= 0)
            {
                var d = list[existing];
                list[existing] = d with { Aliases = d.Aliases.Concat(all).Where(x => x != d.Canonical).Distinct().ToImmutableArray() };
                return;
            }
            list.Add(new LabelKeyDefinition(t, a, key, label, aliases.Where(x => x != label).Distinct().ToImmutableArray(), group, ordinal));
        }

        foreach (var layout in new[] { TemplateLayout.Gov2019, TemplateLayout.Gov2021 })
        foreach (var row in TemplateCatalog.ActiveRows(layout))
        {
            Add(StatisticsTable.Active, LabelAxis.Row, row.Key, row.Label, row.Fragments);
            foreach (var col in row.Columns)
                Add(StatisticsTable.Active, LabelAxis.Column, col.Key, col.Label, col.Fragments);
        }
        Add(StatisticsTable.Active, LabelAxis.Row, LabelKeys.Caption, "第二十条第（一）项", new[] { "第二十条" });
        Add(StatisticsTable.Active, LabelAxis.Row, LabelKeys.Header, "信息内容", Array.Empty<string>());

        foreach (var row in TemplateCatalog.AllApplicationRows)
        {
            var ordinal = LabelText.LeadingOrdinal(LabelText.Clean(row.Label));
            Add(StatisticsTable.Applications, LabelAxis.Row, row.Key, row.Label[ordinal.Length..], row.Fragments, row.Group, ordinal);
        }
        foreach (var g in TemplateCatalog.ApplicationGroups)
        {
            var ordinal = LabelText.LeadingOrdinal(LabelText.Clean(g.Label));
            Add(StatisticsTable.Applications, LabelAxis.Row, LabelKeys.Group(g.Key), g.Label[ordinal.Length..], g.Fragments,
                g.Key == "results" ? null : "results", ordinal);
        }
        foreach (var col in TemplateCatalog.ApplicantColumns)
            Add(StatisticsTable.Applications, LabelAxis.Column, col.Key, col.Label, col.Fragments);
        Add(StatisticsTable.Applications, LabelAxis.Column, LabelKeys.Group("applicants"), TemplateCatalog.ApplicantGroupLabels[0],
            TemplateCatalog.ApplicantGroupLabels.Skip(1));

        foreach (var o in TemplateCatalog.ReviewOutcomes)
            Add(StatisticsTable.Review, LabelAxis.Column, o.Key, o.Label, o.Fragments);
        foreach (var g in TemplateCatalog.ReviewGroups)
            Add(StatisticsTable.Review, LabelAxis.ColumnGroup, g.Key, g.Label, g.Fragments);
        Add(StatisticsTable.Review, LabelAxis.ColumnGroup, LabelKeys.Group("litigation"), "行政诉讼", Array.Empty<string>());
        return list.ToImmutableArray();
    }
}
