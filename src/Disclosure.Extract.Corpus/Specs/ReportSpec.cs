using System.Text.Json.Serialization;

namespace Disclosure.Extract.Corpus.Specs;

/// <summary>How a paragraph is aligned on the page.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphAlignment>))]
public enum ParagraphAlignment { Left, Center, Right, Justify }

/// <summary>What a paragraph is for, which decides how a Word user would have formatted it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphRole>))]
public enum ParagraphRole { Body, Title, Heading, SubHeading, Signature }

/// <summary>One paragraph of a report as printed (an empty text is an empty paragraph).</summary>
public sealed record ParagraphSpec
{
    public string Text { get; init; } = "";
    public ParagraphRole Role { get; init; } = ParagraphRole.Body;
    public ParagraphAlignment? Align { get; init; }
    /// <summary>Word's hidden "_GoBack" bookmark at the start of the paragraph (the seeds' text rendering shows it).</summary>
    public bool GoBackBookmark { get; init; }

    public static ParagraphSpec Body(string text) => new() { Text = text };
    public static ParagraphSpec Empty => new();
}

/// <summary>
/// One chapter (一 … 六). <see cref="Heading"/> is the heading as printed, null when the report leaves it out.
/// The statistics table of sections 2, 3 and 4 is printed between <see cref="Paragraphs"/> and <see cref="AfterTable"/>.
/// </summary>
public sealed record SectionSpec
{
    public int Number { get; init; }
    public string? Heading { get; init; }
    public IReadOnlyList<ParagraphSpec> Paragraphs { get; init; } = [];
    public IReadOnlyList<ParagraphSpec> AfterTable { get; init; } = [];
}

/// <summary>A local row that is not part of the national template (e.g. a one-cell row "…：2", a row with 3 values).</summary>
public sealed record ExtraRowSpec
{
    /// <summary>"active" or "applications".</summary>
    public string Table { get; init; } = "active";
    /// <summary>The template row key after which it is printed (e.g. "procurement", "carriedForward").</summary>
    public string After { get; init; } = "";
    /// <summary>Cell texts; one cell spans the whole table, otherwise the last cell spans what is left.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];
}

/// <summary>Where a statistics table is cut into separate Word tables (as users do when a table runs over a page).</summary>
public sealed record TableSplitSpec
{
    /// <summary>Table 二 printed as one Word table per 第二十条 item.</summary>
    public bool ActivePerArticle { get; init; }
    /// <summary>Table 三 cut after this row key (e.g. "unavailable.unclearAfterCorrection"); null keeps one table.</summary>
    public string? ApplicationsAfter { get; init; }
    /// <summary>Table 四's header rows and data row printed as two Word tables.</summary>
    public bool ReviewHeaderSeparate { get; init; }
}

/// <summary>
/// Everything needed to print one report: the generator's input and the source of its ground truth.
/// Cell texts are given per canonical key (TemplateCatalog.Fields) exactly as printed ("00", "127.082万元", "", "-").
/// </summary>
public sealed record ReportSpec
{
    public string Id { get; init; } = "";
    public string Organization { get; init; } = "";
    public int Year { get; init; }
    /// <summary>"2019" (国办公开办函〔2019〕60号) or "2021" (〔2021〕30号): the table layout, not the report year.</summary>
    public string Layout { get; init; } = "2019";
    /// <summary>2021 layout with （六）其他处理 kept as one row.</summary>
    public bool SingleOtherRow { get; init; }
    public IReadOnlyList<ParagraphSpec> Title { get; init; } = [];
    /// <summary>Paragraphs between the title and the first chapter.</summary>
    public IReadOnlyList<ParagraphSpec> Intro { get; init; } = [];
    public IReadOnlyList<SectionSpec> Sections { get; init; } = [];
    /// <summary>Cell text per canonical key; a key not listed prints <see cref="DefaultCell"/>.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
    public string DefaultCell { get; init; } = "0";
    /// <summary>Label overrides by label id (see LabelIds), "\n" for a line break inside the cell.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<ExtraRowSpec> ExtraRows { get; init; } = [];
    public TableSplitSpec Split { get; init; } = new();
    /// <summary>Signature block and date line at the end.</summary>
    public IReadOnlyList<ParagraphSpec> Closing { get; init; } = [];
    /// <summary>What a reader of the truth file should know (violated identities, odd cells …).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    [JsonIgnore] public bool Is2021 => Layout == "2021";
}
