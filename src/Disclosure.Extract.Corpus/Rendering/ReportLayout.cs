using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Rendering;

/// <summary>
/// Lays a <see cref="ReportSpec"/> out as Word would hold it: the three statistics tables with the merges of
/// template.md §2 (gridSpan for horizontal merges, vMerge restart/continue for vertical ones).
/// </summary>
public static class ReportLayout
{
    private static readonly int[] ActiveWidths = [2500, 2100, 2100, 2100];
    private static readonly int[] ApplicationsWidths = [600, 900, 2700, 657, 657, 657, 657, 657, 657, 658];
    private static readonly int[] ReviewWidths = Enumerable.Repeat(586, 15).ToArray();

    public static ReportDocument Build(ReportSpec spec)
    {
        Validate(spec);
        var blocks = new List<ReportBlock>();
        foreach (var p in spec.Title)
            blocks.Add(new ReportParagraph(p.Role == ParagraphRole.Body && p.Text.Length > 0 ? p with { Role = ParagraphRole.Title } : p));
        blocks.AddRange(spec.Intro.Select(p => new ReportParagraph(p)));
        for (var number = 1; number <= 6; number++)
        {
            var section = spec.Sections.FirstOrDefault(s => s.Number == number) ?? new SectionSpec { Number = number };
            if (section.Heading is not null)
                blocks.Add(new ReportParagraph(new ParagraphSpec { Text = section.Heading, Role = ParagraphRole.Heading }));
            blocks.AddRange(section.Paragraphs.Select(p => new ReportParagraph(p)));
            var tables = number switch
            {
                2 => ActiveTables(spec),
                3 => ApplicationsTables(spec),
                4 => ReviewTables(spec),
                _ => [],
            };
            foreach (var table in tables)
            {
                // Word joins two tables that touch, so a split table or a table under a missing heading that follows
                // another table gets the empty paragraph a Word user would have between them.
                if (blocks.Count > 0 && blocks[^1] is ReportTable) blocks.Add(new ReportParagraph(ParagraphSpec.Empty));
                blocks.Add(table);
            }
            blocks.AddRange(section.AfterTable.Select(p => new ReportParagraph(p)));
        }
        blocks.AddRange(spec.Closing.Select(p => new ReportParagraph(p)));
        return new ReportDocument(spec.Id, blocks);
    }

    /// <summary>Rejects a spec whose extra rows or split point name no row of its layout, instead of dropping them silently.</summary>
    private static void Validate(ReportSpec spec)
    {
        var activeRows = TemplateCatalog.ActiveRows(LayoutOf(spec)).Select(r => r.Key).ToHashSet();
        var applicationRows = TemplateCatalog.ApplicationRows(LayoutOf(spec), spec.SingleOtherRow).ToDictionary(r => r.Key);
        foreach (var extra in spec.ExtraRows)
        {
            var known = extra.Table switch
            {
                "active" => activeRows.Contains(extra.After),
                // A row inside 三、本年度办理结果 would cut the vertical merges of columns A and B.
                "applications" => applicationRows.TryGetValue(extra.After, out var row) && row.Group is null,
                _ => false,
            };
            if (!known)
                throw new InvalidOperationException($"{spec.Id}: an extra row cannot follow '{extra.After}' in table '{extra.Table}' of the {spec.Layout} layout.");
        }
        if (spec.Split.ApplicationsAfter is { } after && !applicationRows.ContainsKey(after))
            throw new InvalidOperationException($"{spec.Id}: table 三 of the {spec.Layout} layout has no row '{after}' to split after.");
    }

    public static TemplateLayout LayoutOf(ReportSpec spec) => spec.Is2021 ? TemplateLayout.Gov2021 : TemplateLayout.Gov2019;

    private static string Label(ReportSpec spec, string fallback, params string[] ids)
    {
        foreach (var id in ids)
            if (spec.Labels.TryGetValue(id, out var text)) return text;
        return fallback;
    }

    /// <summary>A label cell: the override of the most specific id that has one, else the template wording.</summary>
    private static ReportCell LabelCell(ReportSpec spec, string fallback, int span, MergeState merge, params string[] ids) =>
        new(Label(spec, fallback, ids), span, merge, IsLabel: true, Key: ids[0]);

    private static ReportCell Value(ReportSpec spec, string key) =>
        new(spec.Values.TryGetValue(key, out var text) ? text : spec.DefaultCell, IsLabel: false, Key: key);

    // ---- 二 ------------------------------------------------------------------------------------------------
    private static List<ReportTable> ActiveTables(ReportSpec spec)
    {
        var tables = new List<ReportTable>();
        var rows = new List<ReportRow>();
        foreach (var group in TemplateCatalog.ActiveRows(LayoutOf(spec)).GroupBy(r => r.Article))
        {
            if (spec.Split.ActivePerArticle && rows.Count > 0)
            {
                tables.Add(new ReportTable(ReportTableKind.Active, ActiveWidths, rows));
                rows = [];
            }
            var article = LabelIds.Article(group.Key);
            rows.Add(new ReportRow([LabelCell(spec, $"第二十条第{group.Key}项", 4, MergeState.None, LabelIds.ActiveCaption(article))]));
            var columns = group.First().Columns;
            var header = new List<ReportCell> { LabelCell(spec, "信息内容", 1, MergeState.None, LabelIds.ActiveColumn(article, "infoContent"), LabelIds.ActiveInfoContent) };
            header.AddRange(SpreadOverThree(columns.Select(c =>
                LabelCell(spec, c.Label, 1, MergeState.None, LabelIds.ActiveColumn(article, c.Key), LabelIds.ActiveColumn(c.Key))).ToList()));
            rows.Add(new ReportRow(header));
            foreach (var row in group)
            {
                var cells = new List<ReportCell> { LabelCell(spec, row.Label, 1, MergeState.None, LabelIds.ActiveRow(row.Key)) };
                cells.AddRange(SpreadOverThree(columns.Select(c => Value(spec, $"active.{row.Key}.{c.Key}")).ToList()));
                rows.Add(new ReportRow(cells));
                rows.AddRange(ExtraRows(spec, "active", row.Key, ActiveWidths.Length, lastAbsorbs: true));
            }
        }
        tables.Add(new ReportTable(ReportTableKind.Active, ActiveWidths, rows));
        return tables;
    }

    /// <summary>Value cells of table 二 fill grid columns 2–4: one cell spans all three, two cells leave the last spanning two.</summary>
    private static IEnumerable<ReportCell> SpreadOverThree(List<ReportCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
            yield return i == cells.Count - 1 ? cells[i] with { GridSpan = 3 - i } : cells[i];
    }

    private static IEnumerable<ReportRow> ExtraRows(ReportSpec spec, string table, string after, int grid, bool lastAbsorbs)
    {
        foreach (var extra in spec.ExtraRows.Where(e => e.Table == table && e.After == after))
        {
            var n = extra.Cells.Count;
            if (n == 0 || n > grid) throw new InvalidOperationException($"{spec.Id}: extra row after {after} has {n} cells for a {grid}-column grid.");
            var absorb = grid - n + 1;
            var cells = extra.Cells.Select((text, i) =>
            {
                var absorbs = n == 1 || (lastAbsorbs ? i == n - 1 : i == 0);
                return new ReportCell(text, absorbs ? absorb : 1, IsLabel: i == 0);
            }).ToList();
            yield return new ReportRow(cells);
        }
    }

    // ---- 三 ------------------------------------------------------------------------------------------------
    private static List<ReportTable> ApplicationsTables(ReportSpec spec)
    {
        var columns = TemplateCatalog.ApplicantColumns;
        ReportCell Col(string key, MergeState merge = MergeState.None) =>
            LabelCell(spec, columns.First(c => c.Key == key).Label, 1, merge, LabelIds.ApplicationsColumn(key));
        var rows = new List<ReportRow>
        {
            new([LabelCell(spec, LabelIds.IdentityNote, 3, MergeState.Restart, LabelIds.ApplicationsNote),
                 LabelCell(spec, "申请人情况", 7, MergeState.None, LabelIds.ApplicationsApplicant)], IsHeader: true),
            new([new("", 3, MergeState.Continue), Col("naturalPerson", MergeState.Restart),
                 LabelCell(spec, "法人或其他组织", 5, MergeState.None, LabelIds.ApplicationsLegalPerson), Col("total", MergeState.Restart)], IsHeader: true),
            new([new("", 3, MergeState.Continue), new("", 1, MergeState.Continue),
                 .. columns.Skip(1).Take(5).Select(c => Col(c.Key)), new("", 1, MergeState.Continue)], IsHeader: true),
        };
        var tables = new List<ReportTable>();
        var resultsLabel = LabelCell(spec, "三、本年度办理结果", 1, MergeState.Restart, LabelIds.ApplicationsGroup("results"));
        string? previousGroup = null;
        var firstRowOfTable = true;
        foreach (var row in TemplateCatalog.ApplicationRows(LayoutOf(spec), spec.SingleOtherRow))
        {
            var cells = new List<ReportCell>();
            ReportCell RowLabel(int span) => LabelCell(spec, row.Label, span, MergeState.None, LabelIds.ApplicationsRow(row.Key));
            if (row.Group is null)
                cells.Add(RowLabel(3));
            else
            {
                var inResults = previousGroup is not null;
                // The first row of a continued table starts a new merge: Word has no merge across two tables.
                cells.Add(!inResults ? resultsLabel
                    : firstRowOfTable ? new ReportCell("", 1, MergeState.Restart)
                    : new ReportCell("", 1, MergeState.Continue));
                if (row.Group == "results")
                    cells.Add(RowLabel(2));
                else
                {
                    var sameGroup = previousGroup == row.Group;
                    cells.Add(!sameGroup ? LabelCell(spec, GroupLabel(row.Group), 1, MergeState.Restart, LabelIds.ApplicationsGroup(row.Group))
                        : firstRowOfTable ? new ReportCell("", 1, MergeState.Restart)
                        : new ReportCell("", 1, MergeState.Continue));
                    cells.Add(RowLabel(1));
                }
            }
            previousGroup = row.Group;
            cells.AddRange(columns.Select(c => Value(spec, $"applications.{row.Key}.{c.Key}")));
            rows.Add(new ReportRow(cells));
            firstRowOfTable = false;
            rows.AddRange(ExtraRows(spec, "applications", row.Key, ApplicationsWidths.Length, lastAbsorbs: false));
            if (spec.Split.ApplicationsAfter == row.Key)
            {
                tables.Add(new ReportTable(ReportTableKind.Applications, ApplicationsWidths, rows));
                rows = [];
                firstRowOfTable = true;
            }
        }
        if (rows.Count > 0) tables.Add(new ReportTable(ReportTableKind.Applications, ApplicationsWidths, rows));
        return tables;
    }

    private static string GroupLabel(string group) => TemplateCatalog.ApplicationGroups.First(g => g.Key == group).Label;

    // ---- 四 ------------------------------------------------------------------------------------------------
    private static List<ReportTable> ReviewTables(ReportSpec spec)
    {
        var outcomes = TemplateCatalog.ReviewOutcomes;
        ReportCell Outcome(string group, string key, MergeState merge) =>
            LabelCell(spec, outcomes.First(o => o.Key == key).Label, 1, merge, LabelIds.ReviewOutcome(group, key), LabelIds.ReviewOutcome(key));
        var header = new List<ReportRow>
        {
            new([LabelCell(spec, "行政复议", 5, MergeState.None, LabelIds.ReviewAdministrative), LabelCell(spec, "行政诉讼", 10, MergeState.None, LabelIds.ReviewLitigation)], IsHeader: true),
            new([.. outcomes.Select(o => Outcome("administrativeReview", o.Key, MergeState.Restart)),
                 LabelCell(spec, "未经复议直接起诉", 5, MergeState.None, LabelIds.ReviewGroup("litigationDirect")),
                 LabelCell(spec, "复议后起诉", 5, MergeState.None, LabelIds.ReviewGroup("litigationAfterReview"))], IsHeader: true),
            new([.. outcomes.Select(_ => new ReportCell("", 1, MergeState.Continue)),
                 .. outcomes.Select(o => Outcome("litigationDirect", o.Key, MergeState.None)),
                 .. outcomes.Select(o => Outcome("litigationAfterReview", o.Key, MergeState.None))], IsHeader: true),
        };
        var data = new ReportRow(TemplateCatalog.ReviewGroups
            .SelectMany(g => outcomes.Select(o => Value(spec, $"review.{g.Key}.{o.Key}"))).ToList());
        return spec.Split.ReviewHeaderSeparate
            ? [new ReportTable(ReportTableKind.Review, ReviewWidths, header), new ReportTable(ReportTableKind.Review, ReviewWidths, [data])]
            : [new ReportTable(ReportTableKind.Review, ReviewWidths, [.. header, data])];
    }
}
