namespace Disclosure.Extract.Validation;

/// <summary>Stable warning codes the values, validation and output stages give (recognition has its own as well).</summary>
public static class WarningCodes
{
    /// <summary>A `00`-style cell read as 0.</summary>
    public const string LeadingZero = "LEADING_ZERO";
    /// <summary>A decimal in a count cell; the value is kept as printed.</summary>
    public const string NonInteger = "NON_INTEGER";
    /// <summary>A 2019 procurement amount printed without 元 or 万元 (template.md W9).</summary>
    public const string UnitUnknown = "UNIT_UNKNOWN";
    /// <summary>A cell's own money unit differs from its header's and was converted to it.</summary>
    public const string UnitOverride = "UNIT_OVERRIDE";
    /// <summary>A statistics cell holding text that is neither a number nor a placeholder.</summary>
    public const string TextInCell = "TEXT_IN_CELL";
    /// <summary>Year ≤ 2020 with the 2021 layout, or ≥ 2021 with the 2019 layout (template.md W8).</summary>
    public const string LayoutYearMismatch = "LAYOUT_YEAR_MISMATCH";
    /// <summary>规章 counts above 0 at a body that cannot make 规章 (template.md W1).</summary>
    public const string RulesAtLocalLevel = "RULES_AT_LOCAL_LEVEL";
    /// <summary>A 2021-layout table 三 that keeps （六）其他处理 as one row.</summary>
    public const string OtherSingleRow = "OTHER_SINGLE_ROW";
    /// <summary>A number in the narrative disagrees with the table (template.md W7).</summary>
    public const string NarrativeMismatch = "NARRATIVE_MISMATCH";
    /// <summary>A template row of the detected layout was not found; its fields are output blank.</summary>
    public const string RowMissing = "ROW_MISSING";
    /// <summary>A single cell of a row that was otherwise found is missing.</summary>
    public const string FieldMissing = "FIELD_MISSING";
    /// <summary>No statistics table was recognised at all.</summary>
    public const string NoStatistics = "NO_STATISTICS";
    /// <summary>Recognition mapped two cells to one key; the first is kept.</summary>
    public const string DuplicateField = "DUPLICATE_FIELD";
    /// <summary>Recognition gave a key the detected layout does not have; it is left out of <c>fields</c>.</summary>
    public const string FieldOutsideLayout = "FIELD_OUTSIDE_LAYOUT";
}
