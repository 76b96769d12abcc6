using System.Collections.Immutable;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>Where a value was read: 1-based page (paged formats), 0-based table/row/col in the grid, bbox, markup path.</summary>
public sealed record CellRef(int? Page, int Table, int Row, int Col, BoundingBox? Box = null, string? Path = null)
{
    public static CellRef From(GridTable table, GridCell cell) =>
        new(cell.Source.Page, table.TableIndex, cell.Row, cell.Col, cell.Source.Box, cell.Source.Path);
}

/// <summary>A table cell mapped to a canonical key, before its text is interpreted as a value.</summary>
public sealed record FieldReading(
    string Key,
    string Raw,
    CellRef Source,
    double LabelConfidence,
    FieldValueType ValueType,
    string? HeaderUnit = null);

/// <summary>A row or item found in a statistics table that matches no canonical key (a local addition).</summary>
public sealed record ExtraRow(int Section, string Label, string Raw, CellRef? Source);

/// <summary>Something a reader of the output should know; codes are stable strings.</summary>
public sealed record ReportWarning(string Code, string Message, string? Field = null);

/// <summary>A narrative chapter 一…六 with its heading as printed and its body text.</summary>
public sealed record SectionText(int Number, string Heading, string Text);

/// <summary>Title, organization, year and publication date as the report states them.</summary>
public sealed record ReportMetadata(string? Title, string? Organization, int? Year, string? PublishedOn);

/// <summary>
/// A label decision recognition made, kept so eval can show the least certain ones. <paramref name="Key"/> null: the
/// row went to extras, and <paramref name="Confidence"/> is how sure recognition is that it matches no key.
/// <paramref name="Method"/> says how the key was chosen (matcher method, template order, position).
/// </summary>
public sealed record LabelDecision(StatisticsTable Table, string Label, string? Key, double Confidence, string? Method = null);

/// <summary>What recognition found in a token grid: layout, metadata, sections and every mapped cell.</summary>
public sealed record RecognizedReport(
    TemplateLayout Layout,
    bool SingleOtherRow,
    ReportMetadata Metadata,
    ImmutableArray<SectionText> Sections,
    ImmutableArray<FieldReading> Fields,
    ImmutableArray<ExtraRow> Extras,
    ImmutableArray<ReportWarning> Warnings,
    ImmutableArray<LabelDecision> Decisions)
{
    /// <summary>True when at least one statistics table was found.</summary>
    public bool HasStatistics => !Fields.IsEmpty;
}
