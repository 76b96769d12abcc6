namespace Disclosure.Extract.Recognition;

/// <summary>
/// Maps table 四 (复议诉讼): each value cell gets its group (行政复议 / 未经复议直接起诉 / 复议后起诉) and outcome
/// (结果维持 … 总计) from the header rows above it — also when the table is stacked as a 行政复议 block and a 行政诉讼
/// block, each with its own header. When the headers do not yield all fifteen, a data row with fifteen values is
/// read in template order (template.md §5.8).
/// </summary>
internal sealed class ReviewTableMapper(ILabelMatcher matcher)
{
    private static readonly string[] KeyOrder = TemplateCatalog.ReviewGroups
        .SelectMany(g => TemplateCatalog.ReviewOutcomes.Select(o => $"{g.Key}.{o.Key}")).ToArray();

    public MappingResult Map(LocatedTable table)
    {
        var result = new MappingResult();
        var rows = table.Parts.SelectMany(TableRow.Of).ToList();
        var headers = new List<TableRow>();
        var assigned = new Dictionary<string, (RowCell Cell, TableRow Row)>();
        var dataRows = new List<TableRow>();
        var previousWasData = false;

        foreach (var row in rows)
        {
            if (IsHeader(row))
            {
                // A header after data opens a new block (行政诉讼 under 行政复议).
                if (previousWasData) headers.Clear();
                headers.Add(row);
                previousWasData = false;
                continue;
            }
            if (!row.Cells.Any(c => c.StartsHere)) continue;
            if (headers.Count == 0 && !row.Cells.Any(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean))) continue;
            dataRows.Add(row);
            previousWasData = true;
            foreach (var (key, cell) in FromHeader(row, headers))
                assigned.TryAdd(key, (cell, row));
        }

        var byPosition = false;
        if (assigned.Count < KeyOrder.Length)
        {
            // The header did not name every column: read a fifteen-value row in template order.
            var full = dataRows.FirstOrDefault(r => ValueCells(r).Count >= KeyOrder.Length && ValueCells(r).Any(c => !c.IsEmpty))
                ?? dataRows.FirstOrDefault(r => ValueCells(r).Count >= KeyOrder.Length);
            if (full is not null)
            {
                var cells = ValueCells(full);
                cells = cells.Skip(cells.Count - KeyOrder.Length).ToList();
                assigned = KeyOrder.Select((k, i) => (k, cells[i])).ToDictionary(x => x.k, x => (x.Item2, full));
                byPosition = true;
                result.Warn(RecognitionWarnings.ColumnsByPosition, "table 四 columns taken in template order (header not readable)");
            }
            else if (assigned.Count == 0)
            {
                result.Warn(RecognitionWarnings.ValueCountMismatch,
                    "table 四: no data row with 15 values and no readable header; values not mapped");
                return result;
            }
        }

        var used = assigned.Values.Select(a => a.Row).Distinct().ToList();
        foreach (var extra in dataRows.Where(r => !used.Contains(r) && r.Cells.Any(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean))))
        {
            result.Extras.Add(new ExtraRow(4, extra.Cells.FirstOrDefault(c => !ValueShape.IsValueLike(c.Clean))?.Cell.Text.Trim() ?? "",
                string.Join(" | ", extra.Cells.Select(c => c.Cell.Text.Trim())), extra.Ref(extra.Cells[0].Cell)));
            result.Warn(RecognitionWarnings.ExtraRow, $"table 四 has a further data row (row {extra.Row}); kept in extras");
        }
        foreach (var key in KeyOrder)
            if (assigned.TryGetValue(key, out var a))
                result.Fields.Add(new FieldReading($"review.{key}", a.Cell.Cell.Text, a.Row.Ref(a.Cell.Cell), byPosition ? 0.9 : 1.0, FieldValueType.Count));
        return result;
    }

    private bool IsHeader(TableRow row) =>
        !row.Cells.Any(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean))
        && row.Cells.Any(c => !c.IsEmpty && !ValueShape.IsValueLike(c.Clean) && (Outcome(c.Cell.Text) is not null || Group(c.Cell.Text) is not null));

    private static List<RowCell> ValueCells(TableRow row) =>
        row.Cells.Where(c => c.StartsHere && ValueShape.IsValueLike(c.Clean)).ToList();

    private IEnumerable<(string Key, RowCell Cell)> FromHeader(TableRow data, List<TableRow> headerRows)
    {
        // Header rows count when they share the data row's column grid (a split table keeps its columns).
        var usable = headerRows.Where(h => h.Table.ColumnCount == data.Table.ColumnCount).ToList();
        if (usable.Count == 0) yield break;
        var seen = new HashSet<string>();
        foreach (var cell in data.Cells.Where(c => c.StartsHere && ValueShape.IsValueLike(c.Clean)))
        {
            string? outcome = null, group = null;
            for (var i = usable.Count - 1; i >= 0; i--)
            {
                var h = usable[i].Table.CellAt(usable[i].Row, cell.Cell.Col);
                if (h is null || LabelText.Clean(h.Text).Length == 0) continue;
                outcome ??= Outcome(h.Text);
                var g = Group(h.Text);
                if (g is not null && g != LabelKeys.Group("litigation")) { group = g; break; }
            }
            if (outcome is null || group is null) continue;
            var key = $"{group}.{outcome}";
            if (seen.Add(key)) yield return (key, cell);
        }
    }

    private string? Outcome(string text) =>
        matcher.Rank(new LabelQuery(StatisticsTable.Review, LabelAxis.Column, text)).FirstOrDefault() is { Score: >= 0.6 } c ? c.Key : null;

    private string? Group(string text) =>
        matcher.Rank(new LabelQuery(StatisticsTable.Review, LabelAxis.ColumnGroup, text)).FirstOrDefault() is { Score: >= 0.6 } c ? c.Key : null;
}
