namespace Disclosure.Extract.Recognition;

/// <summary>
/// Maps table 四 (复议诉讼): each value column gets its group (行政复议 / 未经复议直接起诉 / 复议后起诉) and outcome
/// (结果维持 … 总计) from the header cells above it; when the header does not yield all fifteen, the data row's
/// last fifteen cells are read in template order (template.md §5.8).
/// </summary>
internal sealed class ReviewTableMapper(ILabelMatcher matcher)
{
    private static readonly string[] KeyOrder = TemplateCatalog.ReviewGroups
        .SelectMany(g => TemplateCatalog.ReviewOutcomes.Select(o => $"{g.Key}.{o.Key}")).ToArray();

    public MappingResult Map(LocatedTable table)
    {
        var result = new MappingResult();
        var rows = table.Parts.SelectMany(TableRow.Of).ToList();
        var lastHeader = rows.FindLastIndex(r => r.Cells.Any(c => c.StartsHere && !c.IsEmpty && !ValueShape.IsValueLike(c.Clean)
            && (Outcome(c.Cell.Text) is not null || Group(c.Cell.Text) is not null)));
        var dataRows = rows.Skip(lastHeader + 1).Where(r => r.Cells.Any(c => c.StartsHere)).ToList();
        if (dataRows.Count == 0) return result;
        var data = dataRows.FirstOrDefault(r => r.Cells.Any(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean))) ?? dataRows[0];
        foreach (var extra in dataRows.Where(r => !ReferenceEquals(r, data) && r.Cells.Any(c => c.StartsHere && ValueShape.IsFilledValue(c.Clean))))
        {
            result.Extras.Add(new ExtraRow(4, extra.Cells.FirstOrDefault(c => !ValueShape.IsValueLike(c.Clean))?.Cell.Text.Trim() ?? "",
                string.Join(" | ", extra.Cells.Select(c => c.Cell.Text.Trim())), extra.Ref(extra.Cells[0].Cell)));
            result.Warn(RecognitionWarnings.ExtraRow, $"table 四 has a further data row (row {extra.Row}); kept in extras");
        }

        var headerRows = rows.Take(lastHeader + 1).Where(r => ReferenceEquals(r.Table, data.Table)).ToList();
        var assignment = FromHeader(data, headerRows);
        var byPosition = assignment is null;
        if (assignment is null)
        {
            var cells = data.Cells.Where(c => c.StartsHere && ValueShape.IsValueLike(c.Clean)).ToList();
            if (cells.Count < KeyOrder.Length)
            {
                result.Warn(RecognitionWarnings.ValueCountMismatch,
                    $"table 四 data row has {cells.Count} value cells, 15 expected; columns not readable from the header, values not mapped");
                return result;
            }
            cells = cells.Skip(cells.Count - KeyOrder.Length).ToList();
            assignment = KeyOrder.Select((k, i) => (k, cells[i])).ToList();
            result.Warn(RecognitionWarnings.ColumnsByPosition, "table 四 columns taken in template order (header not readable)");
        }
        foreach (var (key, cell) in assignment)
            result.Fields.Add(new FieldReading($"review.{key}", cell.Cell.Text, data.Ref(cell.Cell), byPosition ? 0.9 : 1.0, FieldValueType.Count));
        return result;
    }

    private List<(string Key, RowCell Cell)>? FromHeader(TableRow data, List<TableRow> headerRows)
    {
        if (headerRows.Count == 0) return null;
        var table = data.Table;
        var list = new List<(string, RowCell)>();
        foreach (var cell in data.Cells.Where(c => c.StartsHere))
        {
            string? outcome = null, group = null;
            for (var i = headerRows.Count - 1; i >= 0; i--)
            {
                var h = table.CellAt(headerRows[i].Row, cell.Cell.Col);
                if (h is null || LabelText.Clean(h.Text).Length == 0) continue;
                outcome ??= Outcome(h.Text);
                var g = Group(h.Text);
                if (g is not null && g != LabelKeys.Group("litigation")) { group = g; break; }
            }
            if (outcome is null || group is null) continue;
            list.Add(($"{group}.{outcome}", cell));
        }
        var keys = list.Select(l => l.Item1).ToList();
        if (keys.Count != KeyOrder.Length || keys.Distinct().Count() != KeyOrder.Length) return null;
        return list;
    }

    private string? Outcome(string text) =>
        matcher.Rank(new LabelQuery(StatisticsTable.Review, LabelAxis.Column, text)).FirstOrDefault() is { Score: >= 0.6 } c ? c.Key : null;

    private string? Group(string text) =>
        matcher.Rank(new LabelQuery(StatisticsTable.Review, LabelAxis.ColumnGroup, text)).FirstOrDefault() is { Score: >= 0.6 } c ? c.Key : null;
}
