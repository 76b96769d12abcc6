using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Validation;

/// <summary>
/// template.md W7: figures the narrative states (收到…申请N件, 行政复议N件, 行政诉讼N件) compared with the tables.
/// Best effort: a figure is used only when the narrative states a single number for it.
/// </summary>
public static partial class NarrativeConsistency
{
    /// <summary>A warning for each narrative figure that disagrees with its table value.</summary>
    public static IEnumerable<ReportWarning> Compare(
        IEnumerable<SectionText> sections, IReadOnlyDictionary<string, ExtractedField> fields)
    {
        var text = Flatten(sections);
        if (text.Length == 0) yield break;

        // 收到/受理 may include the applications carried over from last year, so either total agrees.
        if (Single(Applications().Matches(text), m => !m.Groups["lead"].Value.Contains("复议") && !m.Groups["lead"].Value.Contains("诉讼")) is { } received
            && Number(fields, "applications.newReceived.total") is { } newReceived)
        {
            var withCarried = newReceived + (Number(fields, "applications.carriedOver.total") ?? 0);
            if (received != newReceived && received != withCarried)
                yield return new(WarningCodes.NarrativeMismatch,
                    $"the narrative states {received} applications received, table 三 newReceived.total is {Show(newReceived)}",
                    "applications.newReceived.total");
        }

        if (Single(Review().Matches(text)) is { } review
            && Number(fields, "review.administrativeReview.total") is { } reviewTotal && review != reviewTotal)
            yield return new(WarningCodes.NarrativeMismatch,
                $"the narrative states {review} administrative reviews (行政复议), table 四 gives {Show(reviewTotal)}",
                "review.administrativeReview.total");

        if (Single(Litigation().Matches(text)) is { } litigation
            && Number(fields, "review.litigationDirect.total") is { } direct
            && Number(fields, "review.litigationAfterReview.total") is { } afterReview
            && litigation != direct + afterReview)
            yield return new(WarningCodes.NarrativeMismatch,
                $"the narrative states {litigation} lawsuits (行政诉讼), table 四 gives {Show(direct + afterReview)} (direct + after review)",
                "review.litigationDirect.total");
    }

    private static string Flatten(IEnumerable<SectionText> sections)
    {
        var sb = new StringBuilder();
        foreach (var s in sections) sb.Append(s.Heading).Append('。').Append(s.Text).Append('。');
        // NFKC for full-width digits; whitespace removed because PDF text is often letter-spaced (收 到 申 请 2 1 件).
        return WhiteSpace().Replace(sb.ToString().Normalize(NormalizationForm.FormKC), "");
    }

    private static decimal? Single(MatchCollection matches, Func<Match, bool>? accept = null)
    {
        decimal? found = null;
        foreach (Match m in matches)
        {
            if (accept is not null && !accept(m)) continue;
            if (!decimal.TryParse(m.Groups["n"].Value, out var n)) continue;
            if (found is { } f && f != n) return null; // two different figures: ambiguous, say nothing
            found = n;
        }
        return found;
    }

    private static decimal? Number(IReadOnlyDictionary<string, ExtractedField> fields, string key) =>
        fields.TryGetValue(key, out var f) && f.Value.IsNumber ? f.Value.Value : null;

    private static string Show(decimal value) => ReportChecks.Format(value);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"(?:收到|新收|受理|接收)(?<lead>[^。；;，,：:、]{0,25}?)申请(?:数量|总数|数)?(?:共计|总计|合计|共|为|达)?(?<n>\d{1,6})(?:件|个|宗)")]
    private static partial Regex Applications();

    [GeneratedRegex(@"行政复议(?:案件|申请)?(?:共计|共|数量为|数为|为)?(?<n>\d{1,5})(?:件|起|宗)")]
    private static partial Regex Review();

    [GeneratedRegex(@"行政诉讼(?:案件)?(?:共计|共|数量为|数为|为)?(?<n>\d{1,5})(?:件|起|宗)")]
    private static partial Regex Litigation();
}
