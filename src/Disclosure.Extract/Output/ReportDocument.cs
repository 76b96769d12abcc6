using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Output;

/// <summary>The output document of output.md (schema version 1): one per source file.</summary>
public sealed record ReportDocument(
    string SchemaVersion,
    SourceInfo Source,
    ReportInfo Report,
    ImmutableArray<SectionOutput> Sections,
    IReadOnlyDictionary<string, FieldOutput> Fields,
    ImmutableSortedDictionary<string, decimal> Derived,
    ImmutableArray<ExtraOutput> Extras,
    ImmutableArray<CheckOutput> Checks,
    ImmutableArray<WarningOutput> Warnings)
{
    /// <summary>The <c>schemaVersion</c> this model writes.</summary>
    public const string CurrentSchemaVersion = "1.0";
}

/// <summary>The file a report was read from: name, SHA-256 of its bytes, format and page count (paged formats).</summary>
public sealed record SourceInfo(string File, string Sha256, string Format, int? Pages)
{
    /// <summary>Describes <paramref name="bytes"/> read as <paramref name="format"/>.</summary>
    public static SourceInfo FromBytes(string fileName, ReadOnlySpan<byte> bytes, SourceFormat format, int? pages) =>
        new(Path.GetFileName(fileName), Convert.ToHexStringLower(SHA256.HashData(bytes)), FormatName(format), pages);

    /// <summary>The output.md spelling of a format: docx, pdf, html, text, doc, scan.</summary>
    public static string FormatName(SourceFormat format) => format.ToString().ToLowerInvariant();
}

/// <summary>Title, organization, year, layout and publication date of the report.</summary>
public sealed record ReportInfo(string? Title, string? Organization, int? Year, string Template, string? PublishedOn)
{
    /// <summary>The output.md spelling of a layout: "2019", "2021" or "unknown".</summary>
    public static string TemplateName(TemplateLayout layout) => layout switch
    {
        TemplateLayout.Gov2019 => "2019",
        TemplateLayout.Gov2021 => "2021",
        _ => "unknown",
    };
}

/// <summary>A narrative chapter 一…六.</summary>
public sealed record SectionOutput(int Number, string Heading, string Text);

/// <summary>One canonical field: the value as the document states it, how it was read and where.</summary>
public sealed record FieldOutput(
    decimal? Value,
    ValueKind Kind,
    string Raw,
    double Confidence,
    SourceRef? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<string>? Flags = null);

/// <summary>Where a value was read: 1-based page (null unless paged), 0-based table, row, col; PDF bbox; markup path.</summary>
public sealed record SourceRef(
    int? Page,
    int Table,
    int Row,
    int Col,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<double>? Bbox = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Path = null)
{
    /// <summary>The output form of a recognition cell reference.</summary>
    public static SourceRef? From(CellRef? cell) => cell is null
        ? null
        : new(cell.Page, cell.Table, cell.Row, cell.Col,
            cell.Box is { } b ? ImmutableArray.Create(Math.Round(b.Left, 2), Math.Round(b.Bottom, 2), Math.Round(b.Right, 2), Math.Round(b.Top, 2)) : null,
            cell.Path);
}

/// <summary>A local row or item matching no canonical key.</summary>
public sealed record ExtraOutput(int Section, string Label, string Raw, SourceRef? Source);

/// <summary>One check of fields.md with its status, a message giving both sides, the keys involved and the blanks counted as 0.</summary>
public sealed record CheckOutput(
    string Rule, CheckStatus Status, string Message, ImmutableArray<string> Fields, ImmutableArray<string> AssumedZero)
{
    public static CheckOutput From(CheckResult r) => new(r.Rule, r.Status, r.Message, r.Fields, r.AssumedZero);
}

/// <summary>Something the reader of the output should know, with a stable code.</summary>
public sealed record WarningOutput(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null);
