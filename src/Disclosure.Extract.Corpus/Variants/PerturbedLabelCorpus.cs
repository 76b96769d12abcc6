using System.Text.RegularExpressions;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;

namespace Disclosure.Extract.Corpus.Variants;

/// <summary>One printed label of a perturbed report and the held-out wording that replaces it.</summary>
/// <param name="LabelId">The spec label id (see <see cref="LabelIds"/>).</param>
/// <param name="Template">What the layout prints there.</param>
/// <param name="Example">The held-out example printed instead: its text, table, axis, parent and canonical key.</param>
public sealed record LabelPerturbation(string LabelId, string Template, LabelExample Example);

/// <summary>A perturbed-label report: its spec and the labels it prints with held-out wordings.</summary>
public sealed record PerturbedReport(ReportSpec Spec, IReadOnlyList<LabelPerturbation> Labels);

/// <summary>A perturbed-label report to generate: layout, year and size of organization.</summary>
public sealed record PerturbedRecipe(string Name, string Layout, int Year, OrganizationScale Scale, bool SingleOtherRow = false);

/// <summary>
/// The perturbed-label set of the corpus: reports with realistic sampled numbers whose table labels (rows and columns
/// of tables 二, 三 and 四) are replaced by the hand-written held-out wordings of corpus/labels/heldout.tsv — variants
/// the label model never trains on and that the rules were not written for. For every label that has held-out
/// variants fitting it (same table, axis and key; for table 三 rows the same parent group; for a 第二十条 caption the
/// item its numbering names) one is chosen per report by a seeded hash. The truth is about keys and values, so it is
/// what the template wording would give.
/// </summary>
public static partial class PerturbedLabelCorpus
{
    public const ulong Seed = 0x5EED_2026_1123UL;

    /// <summary>Where the build puts a copy of corpus/labels/heldout.tsv (see the project file); rebuild after editing it.</summary>
    public static string HeldOutPath => Path.Combine(AppContext.BaseDirectory, "labels", LabelCorpusBuilder.HeldOutFile);

    public static IReadOnlyList<PerturbedRecipe> Recipes { get; } =
    [
        new("2019", "2019", 2020, OrganizationScale.CityDepartment),
        new("2021", "2021", 2021, OrganizationScale.County),
        new("2019", "2019", 2019, OrganizationScale.Township),
        new("2021", "2021", 2022, OrganizationScale.CityDepartment),
        new("2019", "2019", 2020, OrganizationScale.County),
        new("2021", "2021", 2023, OrganizationScale.Township),
        new("2019", "2019", 2020, OrganizationScale.CityDepartment),
        new("2021-single-other-row", "2021", 2022, OrganizationScale.County, SingleOtherRow: true),
    ];

    private static readonly Lazy<IReadOnlyList<PerturbedReport>> Built = new(() => Reports(LabelExampleFile.Read(HeldOutPath)));

    /// <summary>The perturbed reports built from the held-out file copied next to the assembly.</summary>
    public static IReadOnlyList<PerturbedReport> Reports() => Built.Value;

    /// <summary>The specs of <see cref="Reports()"/>.</summary>
    public static IReadOnlyList<ReportSpec> Specs() => Built.Value.Select(r => r.Spec).ToList();

    /// <summary>The perturbed reports built from the given held-out examples.</summary>
    public static IReadOnlyList<PerturbedReport> Reports(IReadOnlyList<LabelExample> heldOut) =>
        Recipes.Select((recipe, i) => Build(recipe, i, heldOut)).ToList();

    private static PerturbedReport Build(PerturbedRecipe recipe, int index, IReadOnlyList<LabelExample> heldOut)
    {
        var reportSeed = Seed + (ulong)index * 0x9E3779B97F4A7C15UL;
        var rng = new SplitMix64(reportSeed);
        var organization = rng.Pick(VariantCorpus.Organizations[recipe.Scale]);
        var draft = new VariantDraft($"perturbed{index + 1:00}-{recipe.Name}", rng, recipe.Layout, recipe.Year, recipe.SingleOtherRow, recipe.Scale, organization);
        draft.TableIntroLine = rng.Chance(0.25);
        draft.NbspAfterTables = rng.Chance(0.25);
        var perturbations = Choose(draft.TemplateLayout, draft.SingleOtherRow, heldOut, reportSeed);
        foreach (var p in perturbations) draft.Labels[p.LabelId] = p.Example.Text;
        draft.Notes.Add($"Perturbed labels: {perturbations.Count} table labels printed with held-out wordings of corpus/labels/heldout.tsv " +
                        "(never trained on); the values are those of the template rows and columns they stand for.");
        foreach (var p in perturbations)
            draft.Notes.Add($"Label {p.LabelId} ({p.Example.Table}/{p.Example.Axis} key {p.Example.Key}): '{p.Template}' printed as '{p.Example.Text}'.");
        return new PerturbedReport(draft.ToSpec(), perturbations);
    }

    /// <summary>
    /// For every label the layout prints that some held-out example fits, the example chosen for this report: each fitting
    /// example gets a score hashed from the seed, the label id and its text, and the highest wins. A variant added to or
    /// removed from heldout.tsv so changes only the labels it wins or loses, not every choice after it.
    /// </summary>
    public static IReadOnlyList<LabelPerturbation> Choose(TemplateLayout layout, bool singleOtherRow, IReadOnlyList<LabelExample> heldOut, ulong seed)
    {
        var defaults = LabelIds.Defaults(layout, singleOtherRow);
        var candidates = new Dictionary<string, List<LabelExample>>();
        foreach (var example in heldOut)
        {
            if (example.Key == LabelKeySpace.None) continue;
            if (LabelIdFor(example, layout, singleOtherRow) is not { } id || !defaults.TryGetValue(id, out var template)) continue;
            if (LabelText.Clean(template) == LabelText.Clean(example.Text)) continue;
            if (!candidates.TryGetValue(id, out var list)) candidates[id] = list = [];
            list.Add(example);
        }
        return candidates.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new LabelPerturbation(c.Key, defaults[c.Key], c.Value.MaxBy(e => Score(seed, c.Key, e.Text))!))
            .ToList();
    }

    private static ulong Score(ulong seed, string labelId, string text)
    {
        // FNV-1a over the UTF-16 code units: a fixed hash (string.GetHashCode is randomized per process).
        var hash = 0xCBF29CE484222325UL;
        foreach (var ch in labelId + "\n" + text)
        {
            hash ^= ch;
            hash *= 0x100000001B3UL;
        }
        return new SplitMix64(seed ^ hash).NextUInt64();
    }

    /// <summary>The label id of the layout a held-out example would replace, or null when the layout prints no such label.</summary>
    public static string? LabelIdFor(LabelExample example, TemplateLayout layout, bool singleOtherRow)
    {
        var key = example.Key;
        switch (example.Table, example.Axis)
        {
            case (StatisticsTable.Active, LabelAxis.Row):
                if (key == LabelKeys.Caption)
                    return CaptionArticle(example.Text) is { } article && TemplateCatalog.ActiveRows(layout).Any(r => r.Article == article)
                        ? LabelIds.ActiveCaption(LabelIds.Article(article)) : null;
                if (key == LabelKeys.Header) return LabelIds.ActiveInfoContent;
                return TemplateCatalog.ActiveRows(layout).Any(r => r.Key == key) ? LabelIds.ActiveRow(key) : null;
            case (StatisticsTable.Active, LabelAxis.Column):
                return TemplateCatalog.ActiveRows(layout).SelectMany(r => r.Columns).Any(c => c.Key == key) ? LabelIds.ActiveColumn(key) : null;
            case (StatisticsTable.Applications, LabelAxis.Row):
                var rows = TemplateCatalog.ApplicationRows(layout, singleOtherRow);
                string? group;
                string id;
                if (LabelKeys.IsGroup(key))
                {
                    var groupKey = key[LabelKeys.GroupPrefix.Length..];
                    // A group heading is printed only when some row of the layout sits under it.
                    if (groupKey != "results" && !rows.Any(r => r.Group == groupKey)) return null;
                    group = groupKey == "results" ? null : "results";
                    id = LabelIds.ApplicationsGroup(groupKey);
                }
                else
                {
                    if (rows.FirstOrDefault(r => r.Key == key) is not { } row) return null;
                    group = row.Group;
                    id = LabelIds.ApplicationsRow(key);
                }
                return GroupOf(example.Parent) == group ? id : null;
            case (StatisticsTable.Applications, LabelAxis.Column):
                if (key == LabelKeys.Group("applicants")) return LabelIds.ApplicationsLegalPerson;
                return TemplateCatalog.ApplicantColumns.Any(c => c.Key == key) ? LabelIds.ApplicationsColumn(key) : null;
            case (StatisticsTable.Review, LabelAxis.Column):
                return TemplateCatalog.ReviewOutcomes.Any(o => o.Key == key) ? LabelIds.ReviewOutcome(key) : null;
            case (StatisticsTable.Review, LabelAxis.ColumnGroup):
                if (key == LabelKeys.Group("litigation")) return LabelIds.ReviewLitigation;
                if (key == "administrativeReview") return LabelIds.ReviewAdministrative;
                return TemplateCatalog.ReviewGroups.Any(g => g.Key == key) ? LabelIds.ReviewGroup(key) : null;
            default:
                return null;
        }
    }

    /// <summary>The table 三 group a printed parent label names (三、本年度办理结果 → results), null for none; "?" when it names none of them.</summary>
    private static string? GroupOf(string? parent)
    {
        if (string.IsNullOrWhiteSpace(parent)) return null;
        var core = LabelText.Core(parent);
        return TemplateCatalog.ApplicationGroups.FirstOrDefault(g => LabelText.Core(g.Label) == core)?.Key ?? "?";
    }

    [GeneratedRegex(@"第(?:二十|20)条第[(（]?([一二三四五六七八九]|[1-9])[)）]?")]
    private static partial Regex CaptionNumbering();

    /// <summary>The 第二十条 item a caption variant names by its own numbering ("（五）"), or null when it names none.</summary>
    private static string? CaptionArticle(string text)
    {
        var m = CaptionNumbering().Match(text);
        if (!m.Success) return null;
        var item = m.Groups[1].Value;
        var numeral = char.IsAsciiDigit(item[0]) ? "一二三四五六七八九"[item[0] - '1'].ToString() : item;
        return $"（{numeral}）";
    }
}
