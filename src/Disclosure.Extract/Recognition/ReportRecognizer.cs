using System.Collections.Immutable;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Recognition stage: from a token grid to a <see cref="RecognizedReport"/> — sections, statistics tables located
/// by content, layout, and every value cell mapped to its canonical key. Knows nothing of file formats.
/// </summary>
public sealed partial class ReportRecognizer(ILabelMatcher matcher)
{
    /// <summary>Below this label confidence a field is flagged LABEL_LOW_CONFIDENCE instead of trusted silently.</summary>
    public const double LowConfidence = 0.6;

    /// <summary>Rules plus the shipped label classifier (the rules alone when no model file is found).</summary>
    public ReportRecognizer() : this(Classification.LabelMatchers.Combined()) { }

    public ILabelMatcher Matcher => matcher;

    public RecognizedReport Recognize(TokenGrid grid)
    {
        var headings = SectionFinder.Find(grid);
        var sections = SectionTexts(grid, headings);
        var metadata = MetadataExtractor.Extract(grid, headings);
        // No year in the title or the statistics period: 一、总体情况 usually opens with it ("2020年，我镇…").
        if (metadata.Year is null && sections.FirstOrDefault(s => s.Number == 1) is { } overview
            && System.Text.RegularExpressions.Regex.Match(overview.Text, @"^\s*(?<y>(19|20)\d{2})\s*年") is { Success: true } m)
            metadata = metadata with { Year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) };
        // No organization in a title (a page fragment without one): 总体情况 opens with "2024年，{org}坚持…".
        if (metadata.Organization is null && sections.FirstOrDefault(s => s.Number == 1) is { } intro
            && OverviewSubject().Match(intro.Text) is { Success: true } subject)
            metadata = metadata with { Organization = subject.Groups["org"].Value };
        var tables = StatisticsTableLocator.Locate(grid);
        var layout = TemplateDetector.Detect(tables);

        var results = new List<MappingResult>();
        var warnings = new List<ReportWarning>();
        foreach (var note in grid.Notes)
            warnings.Add(new ReportWarning(note.Code, note.Message));
        if (tables.IsEmpty)
            warnings.Add(new ReportWarning(RecognitionWarnings.NoStatistics, "no statistics table was found in the document"));
        else if (layout == TemplateLayout.Unknown)
            warnings.Add(new ReportWarning(RecognitionWarnings.TemplateUnknown,
                "the table headers match neither the 2019 nor the 2021 layout; only layout-independent keys are reported"));

        foreach (var kind in new[] { StatisticsTable.Active, StatisticsTable.Applications, StatisticsTable.Review })
        {
            var located = tables.FirstOrDefault(t => t.Kind == kind);
            if (located is null)
            {
                if (!tables.IsEmpty && !(kind == StatisticsTable.Active && layout == TemplateLayout.Unknown))
                    warnings.Add(new ReportWarning(RecognitionWarnings.TableMissing, $"statistics table {TableName(kind)} not found"));
                continue;
            }
            if (kind == StatisticsTable.Active && layout == TemplateLayout.Unknown) continue;
            results.Add(kind switch
            {
                StatisticsTable.Active => new ActiveTableMapper(matcher, layout).Map(located),
                StatisticsTable.Applications => new ApplicationsTableMapper(matcher, layout).Map(located),
                _ => new ReviewTableMapper(matcher).Map(located),
            });
        }

        var singleOther = results.Any(r => r.SingleOtherRow) && layout == TemplateLayout.Gov2021;
        if (singleOther)
            warnings.Add(new ReportWarning(RecognitionWarnings.OtherSingleRow,
                "2021 layout with （六）其他处理 as one row: reported as applications.other.total, the three sub-row keys are absent"));
        var fields = results.SelectMany(r => r.Fields).ToList();
        foreach (var f in fields.Where(f => f.LabelConfidence < LowConfidence))
            warnings.Add(new ReportWarning(RecognitionWarnings.LabelLowConfidence,
                $"label mapping for {f.Key} has confidence {f.LabelConfidence:0.00}", f.Key));

        return new RecognizedReport(
            layout,
            singleOther,
            metadata,
            sections,
            fields.ToImmutableArray(),
            results.SelectMany(r => r.Extras).ToImmutableArray(),
            warnings.Concat(results.SelectMany(r => r.Warnings)).ToImmutableArray(),
            results.SelectMany(r => r.Decisions).ToImmutableArray());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(19|20)\d{2}\s*年(度)?[，,]\s*(?<org>[\u4e00-\u9fa5]{2,20}?(区|县|市|州|盟|镇|乡|街道|办事处|局|委员会|办公室|办公厅|厅|院|人民政府|管委会|中心))(坚持|深入|认真|紧紧|紧扣|围绕|按照|严格|进一步|全面|始终|持续|以|在|高度|扎实|聚焦|着力|不断|积极)")]
    private static partial System.Text.RegularExpressions.Regex OverviewSubject();

    private static string TableName(StatisticsTable kind) => kind switch
    {
        StatisticsTable.Active => "二 (主动公开)",
        StatisticsTable.Applications => "三 (收到和处理申请)",
        _ => "四 (行政复议、行政诉讼)",
    };

    private static ImmutableArray<SectionText> SectionTexts(TokenGrid grid, IReadOnlyList<SectionHeading> headings)
    {
        var list = new List<SectionText>();
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].BlockIndex : int.MaxValue;
            var body = grid.Paragraphs.Where(p => p.Index >= h.BlockIndex && p.Index < end)
                .SelectMany(p => p.Index == h.BlockIndex ? AfterHeading(p.Text, h.Text) : new[] { p.Text.Trim() })
                .Where(t => t.Length > 0);
            list.Add(new SectionText(h.Number, h.Text, string.Join("\n", body)));
        }
        return list.ToImmutableArray();
    }

    // A heading may share its paragraph with body lines (HTML <br>, text renderings).
    private static IEnumerable<string> AfterHeading(string paragraph, string heading)
    {
        var lines = paragraph.Split('\n').Select(l => l.Trim()).ToList();
        var at = lines.FindIndex(l => l == heading);
        return at < 0 ? Array.Empty<string>() : lines.Skip(at + 1);
    }
}
