using System.Text.RegularExpressions;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Maps table 二 (主动公开): captions 第二十条第（X）项 open a block, a 信息内容 row names the block's columns, data rows
/// carry a row label and values. Values are matched to columns by their order within the row (the visual order is
/// what real tables keep even when their spans disagree), by grid position when counts differ. Row keys come from
/// aligning the rows' ranked candidates with the template's row order (<see cref="OrderedLabelAlignment"/>).
/// </summary>
internal sealed partial class ActiveTableMapper(ILabelMatcher matcher, TemplateLayout layout)
{
    private sealed record HeaderColumn(string? Key, RowCell Cell);

    /// <summary>A data row waiting for its key: label cell, value cells, the header in force and the label's ranking.</summary>
    private sealed record DataRow(TableRow Row, RowCell Label, List<RowCell> Values, List<HeaderColumn>? Header, IReadOnlyList<LabelCandidate> Candidates);

    // Built once per mapper: the field list is the same for every value of the table.
    private readonly Dictionary<string, FieldValueType> _valueTypes =
        TemplateCatalog.Fields(layout == TemplateLayout.Unknown ? TemplateLayout.Gov2019 : layout)
            .Where(f => f.Table == StatisticsTable.Active).ToDictionary(f => f.Key, f => f.ValueType);

    [GeneratedRegex(@"^(?<label>.*?)[:：]\s*(?<value>[+\-]?[0-9０-９][0-9０-９,，.]*\s*(万元|元|件|项|个|条)?)\s*$")]
    private static partial Regex InlineValue();

    public MappingResult Map(LocatedTable table)
    {
        var result = new MappingResult();
        var defs = TemplateCatalog.ActiveRows(layout == TemplateLayout.Unknown ? TemplateLayout.Gov2019 : layout)
            .ToDictionary(r => r.Key);
        List<HeaderColumn>? header = null;
        var dataRows = new List<DataRow>();

        foreach (var row in table.Parts.SelectMany(TableRow.Of))
        {
            var cells = row.Cells.Where(c => c.StartsHere || !c.IsEmpty).ToList();
            var nonEmpty = cells.Where(c => !c.IsEmpty).ToList();
            if (nonEmpty.Count == 0) continue;
            var first = nonEmpty[0];
            if (ValueShape.IsFilledValue(first.Clean)) continue;
            var firstRank = matcher.Rank(new LabelQuery(StatisticsTable.Active, LabelAxis.Row, first.Cell.Text));
            var firstKey = firstRank.FirstOrDefault()?.Key;

            if (firstKey == LabelKeys.Caption && nonEmpty.All(c => c.Clean == first.Clean || !ValueShape.IsFilledValue(c.Clean)))
            {
                header = null;
                continue;
            }

            var rest = cells.SkipWhile(c => !ReferenceEquals(c, first)).Skip(1).ToList();
            var restColumns = rest.Select(c => matcher.Rank(new LabelQuery(StatisticsTable.Active, LabelAxis.Column, c.Cell.Text))
                .FirstOrDefault()).ToList();
            // A header row without 信息内容 starts with its first column label.
            var firstColumn = firstRank.Count == 0
                ? matcher.Rank(new LabelQuery(StatisticsTable.Active, LabelAxis.Column, first.Cell.Text)).FirstOrDefault(c => c.Score >= 0.7)
                : null;
            var looksLikeHeader = firstKey == LabelKeys.Header
                || (firstRank.Count == 0 && (firstColumn is not null || restColumns.Any(c => c is not null))
                    && rest.All(c => !ValueShape.IsFilledValue(c.Clean)));
            if (looksLikeHeader)
            {
                header = rest.Select((c, i) => new HeaderColumn(restColumns[i]?.Key, c)).Where(h => !h.Cell.IsEmpty).ToList();
                if (firstColumn is not null) header.Insert(0, new HeaderColumn(firstColumn.Key, first));
                continue;
            }

            dataRows.Add(new DataRow(row, first, rest, header, firstRank));
        }

        // Keys from the candidates and the template's row order; local rows (发布总数量 …) are not placed by position.
        var order = TemplateCatalog.ActiveRows(layout == TemplateLayout.Unknown ? TemplateLayout.Gov2019 : layout).Select(r => r.Key).ToList();
        var aligned = OrderedLabelAlignment.Align(order, dataRows.Select(r => r.Candidates).ToList(), placeByPosition: false);
        for (var i = 0; i < dataRows.Count; i++)
        {
            var (d, a) = (dataRows[i], aligned[i]);
            var label = d.Label.Cell.Text.Trim();
            if (a.Duplicate) result.WarnDuplicate("table 二", "active", label, a);
            result.Decisions.Add(new LabelDecision(StatisticsTable.Active, d.Label.Cell.Text, a.Key, a.Confidence, a.Describe()));
            if (a.Key is null) AddExtra(result, d.Row, d.Label, d.Values);
            else MapValues(result, d.Row, defs[a.Key], a.Confidence, d.Values, d.Header);
        }
        return result;
    }

    private void MapValues(MappingResult result, TableRow row, ActiveRowDefinition def, double labelScore,
        List<RowCell> values, List<HeaderColumn>? header)
    {
        var expected = def.Columns.Select(c => c.Key).ToList();
        // Grids often carry empty filler cells after the last value (a 4-column grid for a 2-value row).
        while (values.Count > expected.Count && values[^1].IsEmpty && (header is null || header.Count < values.Count))
            values = values.Take(values.Count - 1).ToList();
        var assignment = new List<(string Key, RowCell Cell, HeaderColumn? Header)>();
        var headerKeys = header?.Select(h => h.Key).ToList() ?? new List<string?>();

        if (header is not null && header.Count == values.Count && headerKeys.All(k => k is not null && expected.Contains(k))
            && headerKeys.Distinct().Count() == headerKeys.Count)
        {
            for (var i = 0; i < values.Count; i++) assignment.Add((headerKeys[i]!, values[i], header[i]));
        }
        else if (values.Count == expected.Count)
        {
            for (var i = 0; i < values.Count; i++)
                assignment.Add((expected[i], values[i], header is not null && header.Count == values.Count ? header[i] : null));
        }
        else if (header is not null)
        {
            // Counts disagree: fall back to geometry, each header column takes the value cell under it.
            foreach (var h in header.Where(h => h.Key is not null && expected.Contains(h.Key)))
            {
                var cell = values.FirstOrDefault(v => v.Cell.LastCol >= h.Cell.Cell.Col && v.Cell.Col <= h.Cell.Cell.LastCol);
                if (cell is not null && assignment.All(a => a.Key != h.Key)) assignment.Add((h.Key!, cell, h));
            }
            result.Warn(RecognitionWarnings.ValueCountMismatch,
                $"table 二 row '{def.Label}' has {values.Count} value cells for {expected.Count} columns; matched by position under the headers");
        }
        else
        {
            for (var i = 0; i < Math.Min(values.Count, expected.Count); i++) assignment.Add((expected[i], values[i], null));
            result.Warn(RecognitionWarnings.ValueCountMismatch,
                $"table 二 row '{def.Label}' has {values.Count} value cells for {expected.Count} columns and no header row");
        }

        foreach (var (key, cell, h) in assignment)
        {
            var unit = h is null ? null : HeaderUnit(h.Cell.Clean);
            var fieldKey = $"active.{def.Key}.{key}";
            result.Fields.Add(new FieldReading(fieldKey, cell.Cell.Text, row.Ref(cell.Cell), labelScore,
                _valueTypes.GetValueOrDefault(fieldKey, FieldValueType.Count), unit));
        }
    }

    private static string? HeaderUnit(string cleanedHeader) =>
        cleanedHeader.Contains("万元", StringComparison.Ordinal) ? "万元"
        : cleanedHeader.Contains("(元)", StringComparison.Ordinal) || cleanedHeader.Contains("单位:元", StringComparison.Ordinal) ? "元"
        : null;

    private static void AddExtra(MappingResult result, TableRow row, RowCell first, List<RowCell> rest)
    {
        var label = first.Cell.Text.Trim();
        var raw = string.Join(" | ", rest.Select(c => c.Cell.Text.Trim()));
        if (rest.Count == 0 && InlineValue().Match(label) is { Success: true } m)
        {
            label = m.Groups["label"].Value.Trim();
            raw = m.Groups["value"].Value.Trim();
        }
        result.Extras.Add(new ExtraRow(2, label, raw, row.Ref(first.Cell)));
        result.Warn(RecognitionWarnings.ExtraRow, $"table 二 row '{label}' matches no template row; kept in extras");
    }
}
