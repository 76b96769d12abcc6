namespace Disclosure.Extract.Recognition.Classification;

/// <summary>Reads the group key (denied, unavailable, notProcessed, other, results) from a parent heading as printed.</summary>
internal static class ParentGroups
{
    private static readonly RuleLabelMatcher Rules = new();

    /// <summary>The rules first (headings are short and rarely damaged), then the classifier when one is given.</summary>
    public static string? Resolve(string? parentText, LabelClassifier? classifier)
    {
        if (string.IsNullOrWhiteSpace(parentText)) return null;
        var fromRules = Rules.GroupOf(parentText);
        if (fromRules is not null || classifier is null) return fromRules;
        var predicted = classifier.Predict(StatisticsTable.Applications, LabelAxis.Row, parentText, null)
            .OrderByDescending(p => p.Value).FirstOrDefault();
        return predicted.Value >= 0.5 ? FromKey(predicted.Key) : null;
    }

    /// <summary>
    /// True when <paramref name="key"/> is the heading of <paramref name="parentGroup"/> itself: a row under （六）其他处理
    /// is not （六）其他处理 (whose key is other.total in 2019 and group:other in 2021).
    /// </summary>
    public static bool IsOwnHeading(string key, string? parentGroup) =>
        parentGroup is not null and not "results" && (key == LabelKeys.Group(parentGroup) || (parentGroup == "other" && key == "other.total"));

    private static string? FromKey(string? key) => key switch
    {
        null => null,
        // （六）其他处理 is both the 2019 row and the 2021 heading.
        "other.total" => "other",
        _ when LabelKeys.IsGroup(key) => key[LabelKeys.GroupPrefix.Length..],
        _ => null,
    };
}
