using Microsoft.ML.Data;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// The classifier's input row: the normalized label and its context, all as text columns. The label's position
/// (<see cref="LabelQuery.Position"/>) is not a feature: local extra rows shift it, and the mappers align by order.
/// </summary>
public sealed class LabelFeatures
{
    /// <summary>The label reduced by <see cref="LabelText.Core"/> (no numbering, glosses, spaces; simplified).</summary>
    public string Text { get; set; } = "";
    /// <summary>The label with numbering stripped but glosses kept (行政审批（许可） keeps its 许可).</summary>
    public string FullText { get; set; } = "";
    /// <summary>
    /// Character 1–3-grams of <see cref="Text"/> tagged with the table and axis, as space-separated tokens: the same
    /// characters can then weigh differently per table (其他 is otherOrg in table 三's header, other in table 四's).
    /// </summary>
    public string ContextGrams { get; set; } = "";
    /// <summary>"Table.Axis", e.g. "Applications.Row".</summary>
    public string Context { get; set; } = "";
    /// <summary>The parent group key (denied, unavailable, …) or "" when unknown.</summary>
    public string Parent { get; set; } = "";
    /// <summary>The numbering style of the label: cn 一、, cnParen （一）, digit 1. 1、, digitParen (1), caption 第…条, or "".</summary>
    public string Numbering { get; set; } = "";
    /// <summary>Training only: the key.</summary>
    public string Label { get; set; } = "";

    public static LabelFeatures From(StatisticsTable table, LabelAxis axis, string text, string? parentGroup, string key = "")
    {
        var cleaned = LabelText.Clean(text);
        var core = LabelText.Core(text);
        var context = LabelKeySpace.ContextName(table, axis);
        return new LabelFeatures
        {
            Text = core,
            FullText = LabelText.StripOrdinals(cleaned),
            ContextGrams = TaggedGrams(context, core),
            Context = LabelKeySpace.ContextName(table, axis),
            Parent = parentGroup ?? "",
            Numbering = NumberingStyle(cleaned),
            Label = key,
        };
    }

    private static string TaggedGrams(string context, string core)
    {
        var tag = string.Concat(context.Where(char.IsUpper));
        var padded = "^" + core + "$";
        var sb = new System.Text.StringBuilder();
        for (var n = 1; n <= 3; n++)
            for (var i = 0; i + n <= padded.Length; i++)
            {
                var gram = padded.Substring(i, n);
                if (gram is "^" or "$") continue;
                sb.Append(tag).Append('_').Append(gram.Replace(' ', '_')).Append(' ');
            }
        return sb.ToString();
    }

    /// <summary>Which kind of numbering starts a cleaned label; group headings and sub-items differ in it.</summary>
    public static string NumberingStyle(string cleaned)
    {
        if (cleaned.StartsWith("第", StringComparison.Ordinal) && cleaned.Contains('条')) return "caption";
        var ordinal = LabelText.LeadingOrdinal(cleaned);
        if (ordinal.Length == 0) return "";
        var digit = ordinal.Any(char.IsAsciiDigit);
        var paren = ordinal[0] is '(' or '（';
        return (digit, paren) switch
        {
            (true, true) => "digitParen",
            (true, false) => "digit",
            (false, true) => "cnParen",
            _ => "cn",
        };
    }
}

/// <summary>The classifier's output: one probability per class, in the order of the model's label slot names.</summary>
public sealed class LabelPrediction
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = Array.Empty<float>();
}
