using System.Collections.Immutable;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Tests.Validation;

/// <summary>
/// Synthetic report cells for the checks and the assembler: a small office's figures that satisfy every identity,
/// to which a test applies the one change it is about.
/// </summary>
internal static class SampleReport
{
    /// <summary>Raw cell text of a consistent report: every key of the layout, zero unless set below.</summary>
    public static Dictionary<string, string> ConsistentCells(TemplateLayout layout, bool singleOtherRow = false)
    {
        var cells = TemplateCatalog.Fields(layout, singleOtherRow).ToDictionary(f => f.Key, _ => "0");
        void Row(string row, int naturalPerson, int commercial = 0)
        {
            cells[$"applications.{row}.naturalPerson"] = naturalPerson.ToString();
            cells[$"applications.{row}.commercial"] = commercial.ToString();
            cells[$"applications.{row}.total"] = (naturalPerson + commercial).ToString();
        }
        // new 20+2, carried 1 = results 20+2, forward 1; results: 10+1 granted, 3 partial, 1 denied, 4+1 unavailable, 1 not processed, 1 other
        Row("newReceived", 20, 2);
        Row("carriedOver", 1);
        Row("granted", 10, 1);
        Row("partiallyGranted", 3);
        Row("denied.stateSecret", 1);
        Row("unavailable.notHeld", 4, 1);
        Row("notProcessed.repeated", 1);
        Row(layout == TemplateLayout.Gov2021 && !singleOtherRow ? "other.other" : "other.total", 1);
        Row("resultsTotal", 20, 2);
        Row("carriedForward", 1);

        cells["review.administrativeReview.upheld"] = "2";
        cells["review.administrativeReview.corrected"] = "1";
        cells["review.administrativeReview.pending"] = "1";
        cells["review.administrativeReview.total"] = "4";
        cells["review.litigationDirect.upheld"] = "1";
        cells["review.litigationDirect.total"] = "1";

        if (layout == TemplateLayout.Gov2019)
        {
            cells["active.licensing.change"] = "-3";
            cells["active.punishment.change"] = "+5";
            cells["active.procurement.projects"] = "6";
            cells["active.procurement.amount"] = "251000元";
        }
        else if (layout == TemplateLayout.Gov2021)
        {
            cells["active.fees.amountWan"] = "7730.28";
        }
        return cells;
    }

    /// <summary>Every key of the layout with the same raw text.</summary>
    public static Dictionary<string, string> UniformCells(TemplateLayout layout, string raw, bool singleOtherRow = false) =>
        TemplateCatalog.Fields(layout, singleOtherRow).ToDictionary(f => f.Key, _ => raw);

    /// <summary>The cells parsed as the assembler would, keyed by canonical key.</summary>
    public static Dictionary<string, ExtractedField> Parse(
        IReadOnlyDictionary<string, string> cells, TemplateLayout layout, bool singleOtherRow = false)
    {
        var types = TemplateCatalog.Fields(layout, singleOtherRow).ToDictionary(f => f.Key, f => f.ValueType);
        return cells.ToDictionary(
            c => c.Key,
            c =>
            {
                var type = types.GetValueOrDefault(c.Key, FieldValueType.Count);
                var headerUnit = c.Key == "active.fees.amountWan" ? "万元" : null;
                return new ExtractedField(c.Key, type, CellValueParser.Parse(c.Value, type, headerUnit), c.Value, null, 1.0);
            });
    }

    public static Dictionary<string, ExtractedField> Consistent(TemplateLayout layout, bool singleOtherRow = false) =>
        Parse(ConsistentCells(layout, singleOtherRow), layout, singleOtherRow);

    /// <summary>A recognition result holding <paramref name="cells"/>, each with a distinct synthetic grid position.</summary>
    public static RecognizedReport Recognized(
        IReadOnlyDictionary<string, string> cells,
        TemplateLayout layout,
        bool singleOtherRow = false,
        ReportMetadata? metadata = null,
        IEnumerable<SectionText>? sections = null,
        IEnumerable<ReportWarning>? warnings = null,
        IEnumerable<ExtraRow>? extras = null,
        double labelConfidence = 1.0)
    {
        var types = TemplateCatalog.Fields(TemplateLayout.Gov2019).Concat(TemplateCatalog.Fields(TemplateLayout.Gov2021))
            .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().ValueType);
        var readings = cells.Select((c, i) => new FieldReading(
            c.Key,
            c.Value,
            new CellRef(null, c.Key.StartsWith("active", StringComparison.Ordinal) ? 0 : c.Key.StartsWith("applications", StringComparison.Ordinal) ? 1 : 2, i / 7, i % 7),
            labelConfidence,
            types.GetValueOrDefault(c.Key, FieldValueType.Count),
            c.Key == "active.fees.amountWan" ? "万元" : null)).ToImmutableArray();
        return new RecognizedReport(
            layout,
            singleOtherRow,
            metadata ?? new ReportMetadata("测试县人民政府2023年政府信息公开工作年度报告", "测试县人民政府", layout == TemplateLayout.Gov2019 ? 2020 : 2023, "2024-01-20"),
            (sections ?? []).ToImmutableArray(),
            readings,
            (extras ?? []).ToImmutableArray(),
            (warnings ?? []).ToImmutableArray(),
            ImmutableArray<LabelDecision>.Empty);
    }
}
