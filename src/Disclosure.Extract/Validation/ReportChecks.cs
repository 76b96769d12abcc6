using System.Collections.Immutable;
using System.Globalization;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Validation;

/// <summary>Outcome of one accounting identity or value rule.</summary>
public enum CheckStatus { Pass, Fail, Unverifiable }

/// <summary>A field after value parsing: what validation and output work on.</summary>
public sealed record ExtractedField(
    string Key, FieldValueType ValueType, ParsedValue Value, string Raw, CellRef? Source, double Confidence);

/// <summary>The result of one check of fields.md, with the keys involved and the blanks counted as zero.</summary>
public sealed record CheckResult(
    string Rule, CheckStatus Status, string Message, ImmutableArray<string> Fields, ImmutableArray<string> AssumedZero);

/// <summary>
/// The checks of fields.md: the table-三 identities written in (or implied by) the template, the table-四 sums and
/// the value rules. A check never changes a value; it only says whether the document's numbers add up.
/// </summary>
/// <remarks>
/// Status rules. <c>fail</c> only when every operand is a number and the identity is false. Blank and placeholder
/// operands are counted as 0: if the identity then holds (and at least one operand is a number) the check passes and
/// lists them in <c>assumedZero</c>; if it does not hold the check is <c>unverifiable</c>, because a blank may hide the
/// missing number. When no operand is a number at all (an unfilled template) there is nothing to verify, so the check
/// is <c>unverifiable</c> rather than a vacuous pass. A text or missing operand always makes it <c>unverifiable</c>.
/// </remarks>
public static class ReportChecks
{
    /// <summary>Runs every check of fields.md for <paramref name="layout"/> on <paramref name="fields"/> (keyed by canonical key).</summary>
    public static ImmutableArray<CheckResult> Run(
        IReadOnlyDictionary<string, ExtractedField> fields, TemplateLayout layout, bool singleOtherRow)
    {
        var results = ImmutableArray.CreateBuilder<CheckResult>();
        var rows = ApplicationRowKeys(layout, singleOtherRow);
        var otherRows = OtherRowKeys(fields, layout, singleOtherRow);

        foreach (var column in TemplateCatalog.ApplicantColumns)
        {
            var c = column.Key;
            results.Add(Identity($"applications.balance.{c}", fields,
                new Side("newReceived + carriedOver", [App("newReceived", c), App("carriedOver", c)]),
                new Side("resultsTotal + carriedForward", [App("resultsTotal", c), App("carriedForward", c)])));
        }

        var resultRows = new List<string> { "granted", "partiallyGranted" };
        resultRows.AddRange(rows.Where(r => r.StartsWith("denied.", StringComparison.Ordinal)
                                            || r.StartsWith("unavailable.", StringComparison.Ordinal)
                                            || r.StartsWith("notProcessed.", StringComparison.Ordinal)));
        resultRows.AddRange(otherRows);
        var otherLabel = otherRows.Length == 1 ? otherRows[0] : "other.*";
        var resultsLabel = $"granted + partiallyGranted + denied.* + unavailable.* + notProcessed.* + {otherLabel}";
        foreach (var column in TemplateCatalog.ApplicantColumns)
        {
            var c = column.Key;
            results.Add(Identity($"applications.resultsSum.{c}", fields,
                new Side("resultsTotal", [App("resultsTotal", c)]),
                new Side(resultsLabel, resultRows.Select(r => App(r, c)).ToArray())));
        }

        var applicantColumns = TemplateCatalog.ApplicantColumns.Where(c => c.Key != "total").Select(c => c.Key).ToArray();
        var applicantLabel = string.Join(" + ", applicantColumns);
        foreach (var row in rows)
        {
            results.Add(Identity($"applications.rowSum.{row}", fields,
                new Side("total", [App(row, "total")]),
                new Side(applicantLabel, applicantColumns.Select(c => App(row, c)).ToArray())));
        }

        var outcomes = TemplateCatalog.ReviewOutcomes.Where(o => o.Key != "total").Select(o => o.Key).ToArray();
        var outcomeLabel = string.Join(" + ", outcomes);
        foreach (var group in TemplateCatalog.ReviewGroups)
        {
            var g = group.Key;
            results.Add(Identity($"review.sum.{g}", fields,
                new Side("total", [$"review.{g}.total"]),
                new Side(outcomeLabel, outcomes.Select(o => $"review.{g}.{o}").ToArray())));
        }

        results.Add(ValueRule("values.nonNegative", fields,
            f => f.Value.Value < 0 && !f.Key.EndsWith(".change", StringComparison.Ordinal),
            "negative"));
        results.Add(ValueRule("values.integer", fields,
            f => f.ValueType != FieldValueType.Amount && f.Value.Value is { } v && v != decimal.Truncate(v),
            "not a whole number"));
        return results.ToImmutable();
    }

    /// <summary>The table-三 row keys (without prefix and column) a layout has, in template order.</summary>
    internal static ImmutableArray<string> ApplicationRowKeys(TemplateLayout layout, bool singleOtherRow) =>
        layout == TemplateLayout.Unknown
            ? TemplateCatalog.ApplicationRows(TemplateLayout.Gov2019).Select(r => r.Key).Where(k => k != "other.total").ToImmutableArray()
            : TemplateCatalog.ApplicationRows(layout, singleOtherRow).Select(r => r.Key).ToImmutableArray();

    /// <summary>The row(s) standing for 三（六）其他处理 in the results sum.</summary>
    private static ImmutableArray<string> OtherRowKeys(
        IReadOnlyDictionary<string, ExtractedField> fields, TemplateLayout layout, bool singleOtherRow)
    {
        ImmutableArray<string> single = ["other.total"];
        ImmutableArray<string> split = ["other.overdueCorrection", "other.overdueFee", "other.other"];
        return layout switch
        {
            TemplateLayout.Gov2019 => single,
            TemplateLayout.Gov2021 => singleOtherRow ? single : split,
            // Unknown layout: use whichever form the fields hold; a missing row leaves the sum unverifiable.
            _ => fields.Keys.Any(k => k.StartsWith("applications.other.overdue", StringComparison.Ordinal)) ? split : single,
        };
    }

    private static string App(string row, string column) => $"applications.{row}.{column}";

    private sealed record Side(string Label, string[] Keys);

    private static CheckResult Identity(string rule, IReadOnlyDictionary<string, ExtractedField> fields, Side left, Side right)
    {
        var keys = left.Keys.Concat(right.Keys).ToImmutableArray();
        var missing = new List<string>();
        var text = new List<string>();
        var blanks = new List<string>();
        var numbers = 0;
        decimal leftSum = 0, rightSum = 0;

        void Add(string key, ref decimal sum)
        {
            if (!fields.TryGetValue(key, out var field)) { missing.Add(key); return; }
            switch (field.Value.Kind)
            {
                case ValueKind.Number when field.Value.Value is { } v:
                    sum += v;
                    numbers++;
                    break;
                case ValueKind.Blank or ValueKind.Placeholder:
                    blanks.Add(key);
                    break;
                default:
                    text.Add(key);
                    break;
            }
        }

        foreach (var key in left.Keys) Add(key, ref leftSum);
        foreach (var key in right.Keys) Add(key, ref rightSum);

        var comparison = $"{left.Label} ({Format(leftSum)}) {(leftSum == rightSum ? "=" : "!=")} {right.Label} ({Format(rightSum)})";
        var empty = ImmutableArray<string>.Empty;

        if (missing.Count > 0)
            return new(rule, CheckStatus.Unverifiable, $"cannot check: not found in the document: {string.Join(", ", missing)}", keys, empty);
        if (text.Count > 0)
            return new(rule, CheckStatus.Unverifiable, $"cannot check: not a number: {string.Join(", ", text)}", keys, empty);
        if (numbers == 0)
            return new(rule, CheckStatus.Unverifiable, "cannot check: every operand is blank or a placeholder", keys, empty);
        if (blanks.Count == 0)
            return new(rule, leftSum == rightSum ? CheckStatus.Pass : CheckStatus.Fail, comparison, keys, empty);
        if (leftSum == rightSum)
            return new(rule, CheckStatus.Pass, $"{comparison}, counting {blanks.Count} blank or placeholder cell(s) as 0", keys, blanks.ToImmutableArray());
        // Here a side with no number at all reads "(blank)", so "total (blank)" is not mistaken for a printed 0.
        var leftShown = left.Keys.Any(k => fields[k].Value.IsNumber) ? Format(leftSum) : "blank";
        var rightShown = right.Keys.Any(k => fields[k].Value.IsNumber) ? Format(rightSum) : "blank";
        return new(rule, CheckStatus.Unverifiable,
            $"{left.Label} ({leftShown}) != {right.Label} ({rightShown}) with {blanks.Count} blank or placeholder cell(s) counted as 0; a blank may hide the difference",
            keys, empty);
    }

    private static CheckResult ValueRule(
        string rule, IReadOnlyDictionary<string, ExtractedField> fields, Func<ExtractedField, bool> violates, string what)
    {
        var numbers = 0;
        var bad = new List<ExtractedField>();
        foreach (var field in fields.Values)
        {
            if (!field.Value.IsNumber) continue;
            numbers++;
            if (violates(field)) bad.Add(field);
        }
        bad.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var keys = bad.Select(f => f.Key).ToImmutableArray();
        if (bad.Count > 0)
        {
            var shown = string.Join(", ", bad.Take(5).Select(f => $"{f.Key} ({Format(f.Value.Value!.Value)})"));
            var more = bad.Count > 5 ? $" and {bad.Count - 5} more" : "";
            return new(rule, CheckStatus.Fail, $"{bad.Count} value(s) {what}: {shown}{more}", keys, ImmutableArray<string>.Empty);
        }
        return numbers == 0
            ? new(rule, CheckStatus.Unverifiable, "cannot check: no cell holds a number", keys, ImmutableArray<string>.Empty)
            : new(rule, CheckStatus.Pass, $"all {numbers} numbers pass", keys, ImmutableArray<string>.Empty);
    }

    internal static string Format(decimal value) => CellValueParser.Trim(value).ToString(CultureInfo.InvariantCulture);
}
