using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Truth;

/// <summary>
/// Lists the accounting identities of fields.md that the printed numbers break (all operands numbers), so a truth
/// file says which inconsistencies are in the source on purpose.
/// </summary>
public static class IdentityAudit
{
    public static IReadOnlyList<string> Failures(IReadOnlyDictionary<string, decimal?> values, TemplateLayout layout, bool singleOtherRow)
    {
        var failures = new List<string>();
        var rows = TemplateCatalog.ApplicationRows(layout, singleOtherRow).Select(r => r.Key).ToList();
        var leaves = rows.Where(r => r is not ("newReceived" or "carriedOver" or "resultsTotal" or "carriedForward")).ToList();
        decimal? Get(string key) => values.TryGetValue(key, out var v) ? v : null;
        decimal? Sum(IEnumerable<string> keys)
        {
            decimal total = 0;
            foreach (var k in keys) { if (Get(k) is not { } v) return null; total += v; }
            return total;
        }
        void Check(string rule, decimal? left, decimal? right)
        {
            if (left is { } l && right is { } r && l != r) failures.Add($"source inconsistency (printed on purpose): {rule} fails, {l} vs {r}");
        }
        foreach (var col in TemplateCatalog.ApplicantColumns.Select(c => c.Key))
        {
            Check($"applications.balance.{col}",
                Sum([$"applications.newReceived.{col}", $"applications.carriedOver.{col}"]),
                Sum([$"applications.resultsTotal.{col}", $"applications.carriedForward.{col}"]));
            Check($"applications.resultsSum.{col}", Get($"applications.resultsTotal.{col}"), Sum(leaves.Select(l => $"applications.{l}.{col}")));
        }
        foreach (var row in rows)
            Check($"applications.rowSum.{row}", Get($"applications.{row}.total"),
                Sum(TemplateCatalog.ApplicantColumns.Where(c => c.Key != "total").Select(c => $"applications.{row}.{c.Key}")));
        foreach (var group in TemplateCatalog.ReviewGroups.Select(g => g.Key))
            Check($"review.sum.{group}", Get($"review.{group}.total"),
                Sum(new[] { "upheld", "corrected", "other", "pending" }.Select(o => $"review.{group}.{o}")));
        return failures;
    }
}
