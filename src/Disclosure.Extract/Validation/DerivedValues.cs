using System.Collections.Immutable;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Validation;

/// <summary>
/// The derived values of fields.md: group subtotals and cross-layout totals a researcher needs to compare 2019 and
/// 2021 reports. Computed from the numbers present only, never read from the document and never written back.
/// </summary>
public static class DerivedValues
{
    private static readonly string[] GroupsWithSubRows = { "denied", "unavailable", "notProcessed" };

    /// <summary>Derived values keyed by their derived key, sorted; a value none of whose operands is a number is left out.</summary>
    public static ImmutableSortedDictionary<string, decimal> Compute(
        IReadOnlyDictionary<string, ExtractedField> fields, TemplateLayout layout, bool singleOtherRow)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, decimal>(StringComparer.Ordinal);
        var rows = ReportChecks.ApplicationRowKeys(layout, singleOtherRow);
        var columns = TemplateCatalog.ApplicantColumns.Select(c => c.Key).ToArray();

        var groups = GroupsWithSubRows.ToList();
        if (layout == TemplateLayout.Gov2021 && !singleOtherRow) groups.Add("other");
        foreach (var group in groups)
        {
            var subRows = rows.Where(r => r.StartsWith(group + ".", StringComparison.Ordinal)).ToArray();
            foreach (var c in columns)
                AddSum(result, $"applications.{group}.total.{c}", fields, subRows.Select(r => $"applications.{r}.{c}"));
        }

        var legalPersonColumns = columns.Where(c => c is not ("naturalPerson" or "total")).ToArray();
        foreach (var row in rows)
            AddSum(result, $"applications.{row}.legalPersonTotal", fields, legalPersonColumns.Select(c => $"applications.{row}.{c}"));

        if (fields.TryGetValue("active.procurement.amount", out var amount) && amount.Value.IsNumber)
        {
            var factor = amount.Value.Unit switch
            {
                CellValueParser.Yuan => 1m,
                CellValueParser.WanYuan => 10000m,
                _ => (decimal?)null,
            };
            if (factor is { } f) result["active.procurement.amountYuan"] = CellValueParser.Trim(amount.Value.Value!.Value * f);
        }

        AddSum(result, "review.litigation.total", fields, ["review.litigationDirect.total", "review.litigationAfterReview.total"]);
        return result.ToImmutable();
    }

    private static void AddSum(
        ImmutableSortedDictionary<string, decimal>.Builder result, string key,
        IReadOnlyDictionary<string, ExtractedField> fields, IEnumerable<string> operands)
    {
        decimal sum = 0;
        var any = false;
        foreach (var operand in operands)
        {
            if (fields.TryGetValue(operand, out var field) && field.Value.IsNumber)
            {
                sum += field.Value.Value!.Value;
                any = true;
            }
        }
        if (any) result[key] = CellValueParser.Trim(sum);
    }
}
