namespace Disclosure.Extract.Recognition;

/// <summary>Which kind of label is being matched: a row label, a column label, or a column-group label.</summary>
public enum LabelAxis { Row, Column, ColumnGroup }

/// <summary>A label to classify, with what is known of its context.</summary>
/// <param name="Table">The statistics table the label sits in.</param>
/// <param name="Axis">Row or column label.</param>
/// <param name="Text">The label as printed (cell text).</param>
/// <param name="Parent">The enclosing group label as printed (e.g. （三）不予公开 for 1.属于国家秘密), if known.</param>
/// <param name="Position">0-based order of the label among its siblings in the table, when known.</param>
public sealed record LabelQuery(StatisticsTable Table, LabelAxis Axis, string Text, string? Parent = null, int? Position = null);

/// <summary>A candidate key for a label with a score in [0,1] (calibrated probability for trained matchers).</summary>
public sealed record LabelCandidate(string Key, double Score, string Method);

/// <summary>
/// Maps a printed label to canonical keys. Row keys are those of <see cref="TemplateCatalog"/> (e.g.
/// "denied.stateSecret"), column keys likewise ("naturalPerson"); group headings are "group:NAME"; structural labels
/// of table 二 are "caption" (第二十条第（X）项) and "header" (信息内容). An empty ranking means "none of these".
/// </summary>
public interface ILabelMatcher
{
    /// <summary>Candidates best first; empty when the label matches nothing known.</summary>
    IReadOnlyList<LabelCandidate> Rank(LabelQuery query);
}

/// <summary>Well-known non-field keys a matcher may return.</summary>
public static class LabelKeys
{
    public const string Caption = "caption";
    public const string Header = "header";
    public const string GroupPrefix = "group:";
    public static bool IsGroup(string key) => key.StartsWith(GroupPrefix, StringComparison.Ordinal);
    public static string Group(string name) => GroupPrefix + name;
}
