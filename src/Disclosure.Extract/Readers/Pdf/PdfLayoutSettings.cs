namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Every tolerance the PDF layout analysis uses, in PDF points or as a ratio of the font size ("em"), so a
/// document that needs other values can be read without code changes.
/// </summary>
public sealed record PdfLayoutSettings
{
    public static readonly PdfLayoutSettings Default = new();

    /// <summary>A filled rectangle thinner than this is a ruling line, not a shaded cell.</summary>
    public double MaxRuleThickness { get; init; } = 2.5;
    /// <summary>Rules shorter than this (after dashes are merged) are glyph debris or tick marks, not borders.</summary>
    public double MinRuleLength { get; init; } = 3.0;
    /// <summary>Parallel rules whose positions differ by less than this are one rule (double borders, pixel snapping).</summary>
    public double SnapTolerance { get; init; } = 2.0;
    /// <summary>Collinear pieces with a gap up to this are one rule (borders drawn per cell).</summary>
    public double JoinTolerance { get; init; } = 3.0;
    /// <summary>How far a rule may stop short of another and still be taken to meet it.</summary>
    public double IntersectionTolerance { get; init; } = 3.0;
    /// <summary>Grid lines closer than this collapse into one, so no sliver rows or columns appear.</summary>
    public double MinCellSize { get; init; } = 4.0;
    /// <summary>Share of a cell edge a rule must cover to count as a border there; less means a merged cell.</summary>
    public double BorderCoverage { get; init; } = 0.5;

    /// <summary>Glyphs whose baselines differ by less than this share of their size sit on one line.</summary>
    public double BaselineTolerance { get; init; } = 0.35;
    /// <summary>A gap between Latin or digit glyphs wider than this share of the font size is a word space.</summary>
    public double WordSpaceRatio { get; init; } = 0.3;
    /// <summary>Space (share of the font size) a cell keeps free at its right edge; a word that would not fit within it wraps.</summary>
    public double CellPaddingRatio { get; init; } = 0.5;
    /// <summary>A gap wider than this share of the font size separates two text segments of a line, whatever the script.</summary>
    public double SegmentGapRatio { get; init; } = 2.5;

    /// <summary>Top and bottom page bands (share of page height) where running headers, footers and page numbers live.</summary>
    public double FurnitureBand { get; init; } = 0.12;
    /// <summary>Tables on consecutive pages join when their outer vertical rules agree within this.</summary>
    public double ContinuationTolerance { get; init; } = 3.0;

    /// <summary>A line indented by more than this share of its font size starts a paragraph.</summary>
    public double IndentRatio { get; init; } = 1.0;
    /// <summary>A line ending further than this share of the font size before the right margin ends its paragraph.</summary>
    public double ShortLineRatio { get; init; } = 2.0;
    /// <summary>Line pitch larger than this multiple of the usual pitch separates paragraphs.</summary>
    public double ParagraphGapRatio { get; init; } = 1.45;
    /// <summary>Lines further apart than this share of the font size never belong to one paragraph (short documents have no usual pitch).</summary>
    public double MaxLinePitchRatio { get; init; } = 2.6;

    /// <summary>Stream tables (no rules): a column gap is at least this share of the font size.</summary>
    public double StreamColumnGapRatio { get; init; } = 2.0;
    /// <summary>Stream tables need at least this many consecutive aligned rows.</summary>
    public int StreamMinRows { get; init; } = 3;
}
