using System.Collections.Immutable;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Docx;

/// <summary>
/// Turns parsed Word content into token-grid blocks: unwraps tables used only for page layout, resolves spans
/// through <see cref="GridTableBuilder"/> and places nested tables right after the table that holds them.
/// </summary>
internal sealed class DocxGridComposer
{
    // A paragraph this long is running text, not a table label (the longest template labels are ~40 characters).
    private const int NarrativeLength = 100;

    private readonly List<Block> _blocks = new();
    private int _tableCount;

    public ImmutableArray<Block> Compose(IEnumerable<DocxItem> items)
    {
        Emit(items);
        return _blocks.ToImmutableArray();
    }

    private void Emit(IEnumerable<DocxItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case DocxParagraph p when !IsBlank(p.Text):
                    _blocks.Add(new ParagraphBlock(_blocks.Count, p.Text, new SourceSpan(Path: p.Path)));
                    break;
                case DocxTable t:
                    EmitTable(t);
                    break;
            }
        }
    }

    private void EmitTable(DocxTable table)
    {
        if (!table.Cells.Any()) return;
        if (IsLayoutWrapper(table))
        {
            foreach (var cell in table.Cells) Emit(cell.Content);
            return;
        }
        _blocks.Add(new TableBlock(_blocks.Count, BuildGrid(table, _tableCount++)));
        foreach (var nested in table.Cells.SelectMany(c => c.NestedTables)) EmitTable(nested);
    }

    private static GridTable BuildGrid(DocxTable table, int index)
    {
        var builder = new GridTableBuilder();
        foreach (var row in table.Rows)
        {
            builder.StartRow();
            if (row.GridBefore > 0) builder.Skip(row.GridBefore);
            foreach (var cell in row.Cells)
            {
                var source = new SourceSpan(Path: cell.Path);
                if (cell.Merge == VerticalMerge.Continue)
                    builder.ContinueAbove(cell.GridSpan, cell.Text, source);
                else
                    builder.AddCell(cell.Text, cell.GridSpan, 1, source);
            }
        }
        return builder.Build(index);
    }

    /// <summary>
    /// A table that only lays out the page: a single cell, or cells holding whole tables beside running text
    /// or alone in a one-column frame. Its content is the document; the frame is not a table of data.
    /// </summary>
    internal static bool IsLayoutWrapper(DocxTable table)
    {
        var cells = table.Cells.ToList();
        if (cells.Count == 1) return true;
        var singleColumn = table.Rows.All(r => r.Cells.Count <= 1);
        var hasNarrative = cells.Any(c => c.Content.OfType<DocxParagraph>().Any(p => VisibleLength(p.Text) >= NarrativeLength));
        var hasNested = cells.Any(c => c.NestedTables.Any());
        if (!hasNested) return singleColumn && hasNarrative;
        var onlyTablesInside = cells.All(c => c.NestedTables.Any() || IsBlank(c.Text));
        return singleColumn || hasNarrative || onlyTablesInside;
    }

    private static int VisibleLength(string text) => text.Count(ch => !char.IsWhiteSpace(ch));

    private static bool IsBlank(string text) =>
        text.All(ch => char.IsWhiteSpace(ch) || ch is '\u200B' or '\uFEFF');
}
