using Disclosure.Extract.Corpus.Specs;

namespace Disclosure.Extract.Corpus.Rendering;

/// <summary>A report laid out as Word would hold it: paragraphs and tables in reading order. Both writers print this.</summary>
public sealed record ReportDocument(string Id, IReadOnlyList<ReportBlock> Blocks)
{
    public IEnumerable<ReportTable> Tables => Blocks.OfType<ReportTable>();
}

/// <summary>One body element of a laid-out report.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of a laid-out report.</summary>
public sealed record ReportParagraph(ParagraphSpec Spec) : ReportBlock;

/// <summary>Which statistics table a Word table belongs to (a split table gives several Word tables of one kind).</summary>
public enum ReportTableKind { Active, Applications, Review }

/// <summary>A Word table: a column grid (widths in twips) and rows of cells.</summary>
public sealed record ReportTable(ReportTableKind Kind, IReadOnlyList<int> ColumnWidths, IReadOnlyList<ReportRow> Rows) : ReportBlock
{
    public int GridColumns => ColumnWidths.Count;
}

/// <summary>A table row; header rows repeat on a new page.</summary>
public sealed record ReportRow(IReadOnlyList<ReportCell> Cells, bool IsHeader = false);

/// <summary>How a cell takes part in a vertical merge (w:vMerge).</summary>
public enum MergeState { None, Restart, Continue }

/// <summary>
/// A table cell as Word stores it: text ("\n" = line break), horizontal span (w:gridSpan) and vertical merge state.
/// A continuation cell of a vertical merge is a real, empty cell in its row. <see cref="Key"/> names what the cell
/// prints: the canonical field key of a value cell, the label id (LabelIds) of a label cell, null otherwise.
/// </summary>
public sealed record ReportCell(string Text, int GridSpan = 1, MergeState Merge = MergeState.None, bool IsLabel = true, string? Key = null);
