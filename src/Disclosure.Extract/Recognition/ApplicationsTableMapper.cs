using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Maps table 三 (依申请): header rows give the applicant columns; each data row's leaf label (the rightmost label
/// cell that starts in the row) is classified in the context of its parent group (三、本年度办理结果 → （三）不予公开 →
/// 1.属于国家秘密). Keys come from aligning every row's ranked candidates with the template's row order
/// (<see cref="OrderedLabelAlignment"/>), so no key is given twice and a missing row shifts nothing.
/// </summary>
internal sealed partial class ApplicationsTableMapper(ILabelMatcher matcher, TemplateLayout layout)
{
    private static readonly string[] ColumnOrder = TemplateCatalog.ApplicantColumns.Select(c => c.Key).ToArray();
    private static readonly HashSet<string> OtherSubRows = new() { "other.overdueCorrection", "other.overdueFee", "other.other" };

    private sealed class DataRow
    {
        public required TableRow Row { get; init; }
        public required RowCell Leaf { get; init; }
        public required ColumnMap Columns { get; init; }
        public required string LeafText { get; set; }
        public string? Parent { get; init; }
        /// <summary>The row's own seven value cells when its cells do not sit under the header's columns.</summary>
        public IReadOnlyList<RowCell>? OwnValues { get; init; }
        /// <summary>The matcher's ranking of the label, best first: the alignment may use any of them.</summary>
        public required IReadOnlyList<LabelCandidate> Candidates { get; set; }
        /// <summary>The top candidate while rows are read (groups, （六）其他处理); the aligned key after.</summary>
        public string? Key { get; set; }
        public double Score { get; set; }
        public AlignedLabel? Alignment { get; set; }
        public bool HasValues { get; init; }
        public bool IsGroup { get; set; }
    }

    public MappingResult Map(LocatedTable table)
    {
        var result = new MappingResult();
        var rows = new List<DataRow>();
        ColumnMap? previousMap = null;
        string? lastGroupText = null;

        foreach (var part in table.Parts)
        {
            var tableRows = TableRow.Of(part).ToList();
            var headerCount = CountHeaderRows(tableRows);
            var map = BuildColumnMap(part, tableRows.Take(headerCount).ToList());
            if (map is null)
            {
                map = previousMap is not null && headerCount == 0 && previousMap.Columns.Max(c => c.To) < part.ColumnCount
                    ? previousMap
                    : ColumnMap.Positional(part, ColumnOrder);
                if (map.ByPosition && headerCount > 0)
                    result.Warn(RecognitionWarnings.ColumnsByPosition,
                        $"table 三 (table {part.TableIndex}): applicant columns not readable from the header; taken as the last 7 columns");
            }
            previousMap = map;

            foreach (var row in tableRows.Skip(headerCount))
            {
                if (IsCaption(row)) continue;
                // Label cells start left of the values (a label pushed right by a wrong rowspan may reach into them).
                var labelParts = row.Cells.Where(c => c.Cell.Col < map.FirstValueColumn).ToList();
                var valueCells = row.Cells.Where(c => c.Cell.Col >= map.FirstValueColumn).ToList();
                var hasValues = valueCells.Any(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean));
                // A row shifted left by a wrong span puts values among the label columns: they are not the label.
                var leaf = labelParts.LastOrDefault(c => c.StartsHere && !c.IsEmpty && !ValueShape.IsFilledValue(c.Clean));
                if (leaf is null)
                {
                    if (hasValues)
                        result.Warn(RecognitionWarnings.ExtraRow, $"table 三 row {row.Row} of table {part.TableIndex} has values but no label");
                    continue;
                }
                var leafIndex = labelParts.IndexOf(leaf);
                var parentInRow = labelParts.Take(leafIndex).LastOrDefault(c => !c.IsEmpty)?.Cell.Text;
                var leafText = leaf.Cell.Text;
                // "（六）其他处理 1.申请人…" in one cell: the group is the parent, the item is the label.
                if (GroupAndItem().Match(LabelText.Clean(leafText)) is { Success: true } gi)
                {
                    parentInRow = gi.Groups["group"].Value;
                    leafText = gi.Groups["item"].Value;
                }
                if (parentInRow is not null) lastGroupText = parentInRow;
                var parent = parentInRow ?? lastGroupText;
                var ranked = matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, leafText, parent, rows.Count));
                var best = ranked.FirstOrDefault();

                // A label wrapped onto the next row (a PDF page break, a long label in its own row): no values, no
                // numbering, no confident match. It completes the row above instead of becoming a row.
                if (!hasValues && rows.Count > 0 && LabelText.LeadingOrdinal(LabelText.Clean(leafText)).Length == 0
                    && (best is null || !LabelKeys.IsGroup(best.Key))
                    && (best is null || best.Score < 0.9 || JoinedScore(rows[^1], leafText) >= best.Score))
                {
                    Complete(rows[^1], leafText);
                    continue;
                }

                var trailing = row.Cells.SkipWhile(c => !ReferenceEquals(c, leaf)).Skip(1).Where(c => c.StartsHere).ToList();
                var ownValues = trailing.Count == ColumnOrder.Length
                    && !trailing.Select(c => c.Cell.Col).SequenceEqual(map.Columns.Select(c => c.From)) ? trailing : null;
                if (ownValues is not null)
                    result.Warn(RecognitionWarnings.ColumnsByPosition,
                        $"table 三 row '{leaf.Cell.Text.Trim()}' (table {part.TableIndex} row {row.Row}) does not line up with the header (a wrong rowspan or colspan); its seven value cells are read in order");
                var data = new DataRow
                {
                    Row = row, Leaf = leaf, LeafText = leafText, Parent = parent, Columns = map, HasValues = hasValues,
                    OwnValues = ownValues, Candidates = ranked,
                };
                if (best is not null && best.Score >= 0.6)
                {
                    // （六）其他处理 is a group heading in 2021 and a row in 2019: decided after all rows are seen.
                    var otherAmbiguous = best.Key is "other.total" or "group:other"
                        && ranked.Any(c => c.Key == "other.total") && ranked.Any(c => c.Key == LabelKeys.Group("other"));
                    if (otherAmbiguous)
                    {
                        data.Key = "other.total";
                        data.Score = best.Score;
                        lastGroupText = leaf.Cell.Text;
                    }
                    else if (LabelKeys.IsGroup(best.Key) && !(hasValues && ranked.Any(c => !LabelKeys.IsGroup(c.Key))))
                    {
                        data.IsGroup = true;
                        lastGroupText = leaf.Cell.Text;
                    }
                    else
                    {
                        // A heading carries no values of its own: a leaf read as a heading in a row with values (（一）给予公开
                        // taken for （三）不予公开) is a data row, and its other readings go to the order alignment, at their own
                        // low scores.
                        var leafReading = ranked.First(c => !LabelKeys.IsGroup(c.Key));
                        data.Candidates = ranked.Where(c => !LabelKeys.IsGroup(c.Key)).ToList();
                        data.Key = leafReading.Key;
                        data.Score = leafReading.Score;
                    }
                }
                if (data.IsGroup) continue;
                // Leaves under no numbered parent reset the group context (（七）总计, 四、结转…).
                if (data.Key is not null && TemplateCatalog.AllApplicationRows.First(r => r.Key == data.Key).Group is null or "results"
                    && data.Key != "other.total")
                    lastGroupText = null;
                rows.Add(data);
            }
        }

        ResolveOtherRows(rows, result);
        var allowed = TemplateCatalog.ApplicationRows(layout == TemplateLayout.Unknown ? TemplateLayout.Gov2019 : layout, result.SingleOtherRow)
            .Select(r => r.Key).ToList();
        if (layout == TemplateLayout.Unknown)
            allowed = TemplateCatalog.ApplicationRows(TemplateLayout.Gov2019).Select(r => r.Key).ToList();
        AlignByOrder(rows, allowed, result);
        Emit(rows, result);
        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<group>(\([一二三四五六七八九十]{1,2}\)|[一二三四五六七八九十]{1,2}、)[^0-9()]{2,12}?)(?<item>(\(?[0-9]{1,2}[).、．]|\([一二三四五六七八九十]{1,2}\)).{2,})$")]
    private static partial System.Text.RegularExpressions.Regex GroupAndItem();

    private double JoinedScore(DataRow row, string tail) =>
        matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, row.LeafText + tail, row.Parent))
            .FirstOrDefault(c => !LabelKeys.IsGroup(c.Key))?.Score ?? 0;

    /// <summary>Appends a wrapped label's tail to its row and keeps the better of the two classifications.</summary>
    private void Complete(DataRow row, string tail)
    {
        row.LeafText += tail;
        var ranked = matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, row.LeafText, row.Parent));
        var best = ranked.FirstOrDefault();
        if (best is null || LabelKeys.IsGroup(best.Key)) return;
        // The whole label is the better evidence for the alignment when it ranks higher than its first line did.
        if (best.Score > (row.Candidates.FirstOrDefault()?.Score ?? 0)) row.Candidates = ranked;
        if (best.Score < Math.Max(0.6, row.Key is null ? 0 : row.Score)) return;
        row.Key = best.Key;
        row.Score = best.Score;
        row.Candidates = ranked;
    }

    /// <summary>A title or note row: one text cell across (nearly) the whole table and nothing else.</summary>
    private static bool IsCaption(TableRow row)
    {
        var nonEmpty = row.Cells.Where(c => !c.IsEmpty).ToList();
        return nonEmpty.Count == 1 && nonEmpty[0].Cell.ColSpan >= Math.Max(2, row.Table.ColumnCount * 4 / 5)
            && !ValueShape.IsFilledValue(nonEmpty[0].Clean);
    }

    private int CountHeaderRows(List<TableRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var filled = row.Cells.Count(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean));
            if (IsCaption(row)) continue;
            var columnHits = row.Cells.Count(c => !c.IsEmpty && !ValueShape.IsValueLike(c.Clean) && matcher
                .Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Column, c.Cell.Text)).FirstOrDefault() is { Score: >= 0.9 });
            if (columnHits >= 2) continue;
            var rowLabelScore = row.Cells.Where(c => c.StartsHere && !c.IsEmpty && !ValueShape.IsValueLike(c.Clean))
                .Select(c => matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, c.Cell.Text)).FirstOrDefault()?.Score ?? 0)
                .DefaultIfEmpty(0).Max();
            // A header row cut by a page break (申请人情况 beside the tail of the 勾稽 note) is still header.
            if (filled == 0 && columnHits == 1 && rowLabelScore < 0.9) continue;
            if (rowLabelScore >= 0.6 || filled >= 3) return i;
        }
        return 0;
    }

    private ColumnMap? BuildColumnMap(GridTable table, List<TableRow> headerRows)
    {
        if (headerRows.Count == 0) return null;
        var keys = new string?[table.ColumnCount];
        for (var c = 0; c < table.ColumnCount; c++)
        {
            for (var i = headerRows.Count - 1; i >= 0; i--)
            {
                var cell = table.CellAt(headerRows[i].Row, c);
                if (cell is null || LabelText.Clean(cell.Text).Length == 0) continue;
                var best = matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Column, cell.Text)).FirstOrDefault();
                if (best is null || best.Score < 0.6) continue;
                if (!LabelKeys.IsGroup(best.Key)) keys[c] = best.Key;
                break;
            }
        }
        return ColumnMap.FromHeader(table, keys, ColumnOrder);
    }

    private static void ResolveOtherRows(List<DataRow> rows, MappingResult result)
    {
        var hasSubRows = rows.Any(r => r.Key is not null && OtherSubRows.Contains(r.Key));
        foreach (var r in rows.Where(r => r.Key == "other.total").ToList())
        {
            if (hasSubRows && !r.HasValues) rows.Remove(r); // the 2021 group heading in a row of its own
        }
        if (!hasSubRows && rows.Any(r => r.Key == "other.total"))
            result.SingleOtherRow = true;
    }

    /// <summary>
    /// Keys from the rows' candidates and the template order (<see cref="OrderedLabelAlignment"/>): no key twice, a
    /// missing row shifts nothing, rows with no usable candidate fill an exactly matching gap by position.
    /// </summary>
    private static void AlignByOrder(List<DataRow> rows, List<string> allowed, MappingResult result)
    {
        var aligned = OrderedLabelAlignment.Align(allowed, rows.Select(r => r.Candidates).ToList());
        for (var i = 0; i < rows.Count; i++)
        {
            var (r, a) = (rows[i], aligned[i]);
            (r.Key, r.Score, r.Alignment) = (a.Key, a.Confidence, a);
            var label = r.Leaf.Cell.Text.Trim();
            if (a.Duplicate) result.WarnDuplicate("table 三", "applications", label, a);
            if (a.How == AlignmentMethod.Position)
                result.Warn(RecognitionWarnings.LabelByPosition,
                    $"table 三 row '{label}' matched no free label; mapped by template order to {a.Key}", $"applications.{a.Key}");
        }
    }

    private static void Emit(List<DataRow> rows, MappingResult result)
    {
        foreach (var r in rows)
        {
            result.Decisions.Add(new LabelDecision(StatisticsTable.Applications, r.Leaf.Cell.Text, r.Key,
                r.Alignment?.Confidence ?? 0, r.Alignment?.Describe()));
            if (r.Key is null)
            {
                var raw = string.Join(" | ", r.Columns.Columns.Select(c => ValueCell(r.Row, c.From, c.To)?.Cell.Text.Trim() ?? ""));
                result.Extras.Add(new ExtraRow(3, r.Leaf.Cell.Text.Trim(), raw, r.Row.Ref(r.Leaf.Cell)));
                result.Warn(RecognitionWarnings.ExtraRow, $"table 三 row '{r.Leaf.Cell.Text.Trim()}' matches no template row; kept in extras");
                continue;
            }
            for (var i = 0; i < r.Columns.Columns.Count; i++)
            {
                var (col, from, to) = r.Columns.Columns[i];
                var cell = r.OwnValues is { } own ? own[i] : ValueCell(r.Row, from, to);
                if (cell is null) continue;
                result.Fields.Add(new FieldReading($"applications.{r.Key}.{col}", cell.Cell.Text, r.Row.Ref(cell.Cell),
                    r.Score * (r.Columns.ByPosition || r.OwnValues is not null ? 0.95 : 1.0), FieldValueType.Count));
            }
        }
    }

    private static RowCell? ValueCell(TableRow row, int from, int to)
    {
        var candidates = row.CellsOver(from, to).Where(c => c.Cell.Col >= from || c.Cell.LastCol <= to).ToList();
        return candidates.FirstOrDefault(c => c.StartsHere && !c.IsEmpty) ?? candidates.FirstOrDefault(c => c.StartsHere) ?? candidates.FirstOrDefault();
    }
}
