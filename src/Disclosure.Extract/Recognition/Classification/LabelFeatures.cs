using Microsoft.ML.Data;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>The classifier's input row: the normalized label and its context, all as text columns.</summary>
public sealed class LabelFeatures
{
    /// <summary>The label reduced by <see cref="LabelText.Core"/> (no numbering, glosses, spaces; simplified).</summary>
    public string Text { get; set; } = "";
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
        return new LabelFeatures
        {
            Text = LabelText.Core(text),
            Context = LabelKeySpace.ContextName(table, axis),
            Parent = parentGroup ?? "",
            Numbering = NumberingStyle(cleaned),
            Label = key,
        };
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
