using System.Collections.Immutable;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Output;

/// <summary>
/// Turns what recognition found into the output document: reads every cell under the value rules, fills in every
/// key of the detected layout, runs the checks, computes derived values and collects the warnings.
/// </summary>
public static class ReportAssembler
{
    /// <summary>The output document for <paramref name="report"/> read from <paramref name="source"/>.</summary>
    public static ReportDocument Assemble(SourceInfo source, RecognizedReport report)
    {
        var layout = report.Layout;
        var singleOtherRow = report.SingleOtherRow;
        var warnings = new WarningList(report.Warnings);

        var fields = ExtractFields(report, warnings);
        var checks = ReportChecks.Run(fields, layout, singleOtherRow);
        var derived = DerivedValues.Compute(fields, layout, singleOtherRow);

        AddValueWarnings(fields.Values, layout, warnings);
        if (layout == TemplateLayout.Gov2021 && singleOtherRow)
            warnings.Add(new(WarningCodes.OtherSingleRow,
                "table 三 keeps （六）其他处理 as one row although the 2021 layout splits it in three; it is output as applications.other.total",
                "applications.other.total"));
        warnings.Add(Plausibility.LayoutYearMismatch(report.Metadata.Year, layout));
        warnings.Add(Plausibility.RulesAtLocalLevel(report.Metadata.Organization, fields));
        foreach (var w in NarrativeConsistency.Compare(report.Sections, fields)) warnings.Add(w);

        var meta = report.Metadata;
        return new ReportDocument(
            ReportDocument.CurrentSchemaVersion,
            source,
            new ReportInfo(meta.Title, meta.Organization, meta.Year, ReportInfo.TemplateName(layout), meta.PublishedOn),
            report.Sections.Select(s => new SectionOutput(s.Number, s.Heading, s.Text)).ToImmutableArray(),
            fields.Values.ToDictionary(f => f.Key, ToOutput, StringComparer.Ordinal),
            derived,
            report.Extras.Select(e => new ExtraOutput(e.Section, e.Label, e.Raw, SourceRef.From(e.Source))).ToImmutableArray(),
            checks.Select(CheckOutput.From).ToImmutableArray(),
            warnings.ToImmutableArray());
    }

    /// <summary>Every key of the layout in template order; keys recognition did not find are blank with no source.</summary>
    private static Dictionary<string, ExtractedField> ExtractFields(RecognizedReport report, WarningList warnings)
    {
        var definitions = TemplateCatalog.Fields(report.Layout, report.SingleOtherRow);
        var known = definitions.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);

        var readings = new Dictionary<string, FieldReading>(StringComparer.Ordinal);
        foreach (var reading in report.Fields)
        {
            if (!known.Contains(reading.Key))
                warnings.Add(new(WarningCodes.FieldOutsideLayout,
                    $"{reading.Key} is not a field of the {ReportInfo.TemplateName(report.Layout)} layout; the cell ('{reading.Raw}') is left out",
                    reading.Key));
            else if (!readings.TryAdd(reading.Key, reading))
                warnings.Add(new(WarningCodes.DuplicateField,
                    $"{reading.Key} was found twice; the first cell ('{readings[reading.Key].Raw}') is kept, not '{reading.Raw}'",
                    reading.Key));
        }

        var fields = new Dictionary<string, ExtractedField>(definitions.Count, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var definition in definitions)
        {
            if (readings.TryGetValue(definition.Key, out var reading))
            {
                var value = CellValueParser.Parse(reading.Raw, definition.ValueType, reading.HeaderUnit);
                var confidence = Math.Round(Math.Clamp(reading.LabelConfidence, 0, 1) * CellValueParser.Confidence(value), 3);
                fields[definition.Key] = new ExtractedField(definition.Key, definition.ValueType, value, reading.Raw, reading.Source, confidence);
            }
            else
            {
                fields[definition.Key] = new ExtractedField(definition.Key, definition.ValueType, ParsedValue.Blank, "", null, 0);
                missing.Add(definition.Key);
            }
        }

        if (!report.HasStatistics)
        {
            warnings.Add(new(WarningCodes.NoStatistics, "no statistics table was recognised; every field is output blank"));
            return fields;
        }

        // One warning per missing row (not per cell), so a lost row reads as one problem.
        var rowSizes = definitions.GroupBy(d => RowOf(d.Key)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var row in missing.GroupBy(RowOf))
        {
            if (row.Count() == rowSizes[row.Key])
                warnings.Add(new(WarningCodes.RowMissing, $"row {row.Key} was not found in the document; its fields are output blank", row.Key));
            else
                foreach (var key in row)
                    warnings.Add(new(WarningCodes.FieldMissing, $"{key} was not found although its row was; output blank", key));
        }
        return fields;
    }

    private static string RowOf(string key) => key[..key.LastIndexOf('.')];

    private static void AddValueWarnings(IEnumerable<ExtractedField> fields, TemplateLayout layout, WarningList warnings)
    {
        foreach (var f in fields)
        {
            if (f.Source is null) continue;
            var v = f.Value;
            if (v.Kind == ValueKind.Text)
                warnings.Add(new(WarningCodes.TextInCell, $"{f.Key} holds text, not a number: '{f.Raw}'", f.Key));
            if (v.Flags.Contains(ValueFlags.LeadingZero))
                warnings.Add(new(WarningCodes.LeadingZero, $"{f.Key}: '{f.Raw.Trim()}' read as {ReportChecks.Format(v.Value ?? 0)}", f.Key));
            if (v.Flags.Contains(ValueFlags.NonInteger))
                warnings.Add(new(WarningCodes.NonInteger, $"{f.Key} is a count but reads {ReportChecks.Format(v.Value ?? 0)}; kept as printed", f.Key));
            if (v.Flags.Contains(ValueFlags.UnitOverride))
                warnings.Add(new(WarningCodes.UnitOverride,
                    $"{f.Key}: the cell '{f.Raw.Trim()}' carries its own unit; converted to the header's {v.Unit}: {ReportChecks.Format(v.Value ?? 0)}", f.Key));
            // A zero amount needs no unit, so only a non-zero amount without one is worth a warning.
            if (layout == TemplateLayout.Gov2019 && f.Key == "active.procurement.amount" && v.IsNumber && v.Unit is null && v.Value != 0)
                warnings.Add(new(WarningCodes.UnitUnknown,
                    $"the procurement amount {ReportChecks.Format(v.Value!.Value)} has no unit (元 or 万元) in the cell or header; amountYuan is not derived", f.Key));
        }
    }

    private static FieldOutput ToOutput(ExtractedField f) => new(
        f.Value.Value,
        f.Value.Kind,
        f.Raw,
        f.Confidence,
        SourceRef.From(f.Source),
        f.Value.Unit,
        f.Value.Flags.IsDefaultOrEmpty ? null : f.Value.Flags);

    /// <summary>Recognition's warnings first, all kept; ours are skipped when recognition already said the same of the same field.</summary>
    private sealed class WarningList
    {
        private readonly List<WarningOutput> _items = new();
        private readonly HashSet<(string Code, string? Field)> _fromRecognition = new();

        public WarningList(IEnumerable<ReportWarning> fromRecognition)
        {
            foreach (var w in fromRecognition)
            {
                _items.Add(new WarningOutput(w.Code, w.Message, w.Field));
                _fromRecognition.Add((w.Code, w.Field));
            }
        }

        public void Add(ReportWarning? warning)
        {
            if (warning is null) return;
            if (_fromRecognition.Contains((warning.Code, warning.Field)) || _fromRecognition.Contains((warning.Code, null))) return;
            _items.Add(new WarningOutput(warning.Code, warning.Message, warning.Field));
        }

        public ImmutableArray<WarningOutput> ToImmutableArray() => _items.ToImmutableArray();
    }
}
