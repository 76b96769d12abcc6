using System.Collections.Immutable;

namespace Disclosure.Extract.Values;

/// <summary>The four things a statistics cell can hold (output.md `kind`).</summary>
public enum ValueKind { Number, Blank, Placeholder, Text }

/// <summary>A cell's text interpreted under the value rules; the raw text is kept by the caller.</summary>
public sealed record ParsedValue(ValueKind Kind, decimal? Value, string? Unit, ImmutableArray<string> Flags)
{
    public static ParsedValue Blank { get; } = new(ValueKind.Blank, null, null, ImmutableArray<string>.Empty);
    public bool IsNumber => Kind == ValueKind.Number && Value is not null;
}

/// <summary>Flags a parsed value may carry (why it is not a plain number as printed).</summary>
public static class ValueFlags
{
    /// <summary>`00`-style value read as 0.</summary>
    public const string LeadingZero = "leading_zero";
    /// <summary>A decimal in a count cell.</summary>
    public const string NonInteger = "non_integer";
    /// <summary>Written with Chinese numerals.</summary>
    public const string ChineseNumeral = "cn_numeral";
    /// <summary>A unit inside the cell differs from the header's unit.</summary>
    public const string UnitOverride = "unit_override";
    /// <summary>Thousands separators or spaces were removed.</summary>
    public const string Separators = "separators_removed";
}
