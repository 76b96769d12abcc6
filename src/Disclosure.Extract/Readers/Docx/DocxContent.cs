namespace Disclosure.Extract.Readers.Docx;

// The body as read from the XML, before layout decisions (wrapper tables, nested-table order) are made.
// Kept apart from the token grid so that those decisions can look at whole tables.

/// <summary>One piece of Word body content: a paragraph or a table.</summary>
internal abstract record DocxItem(string Path);

/// <summary>A paragraph's visible text (line breaks as '\n', tabs as '\t').</summary>
internal sealed record DocxParagraph(string Text, string Path) : DocxItem(Path);

/// <summary>A Word table as written: rows of cells with their span markup, not yet resolved to a grid.</summary>
internal sealed record DocxTable(IReadOnlyList<DocxRow> Rows, string Path) : DocxItem(Path)
{
    public IEnumerable<DocxCell> Cells => Rows.SelectMany(r => r.Cells);
}

/// <summary>A table row: empty grid columns before its first cell (w:gridBefore) and its cells.</summary>
internal sealed record DocxRow(int GridBefore, IReadOnlyList<DocxCell> Cells);

/// <summary>How a cell takes part in a vertical merge (w:vMerge).</summary>
internal enum VerticalMerge { None, Restart, Continue }

/// <summary>A table cell: its grid span, vertical-merge role and content (paragraphs and nested tables).</summary>
internal sealed record DocxCell(int GridSpan, VerticalMerge Merge, IReadOnlyList<DocxItem> Content, string Path)
{
    /// <summary>The cell's paragraphs joined with '\n'; nested tables are not part of it.</summary>
    public string Text =>
        string.Join('\n', Content.OfType<DocxParagraph>().Select(p => p.Text)).TrimEnd('\n');

    public IEnumerable<DocxTable> NestedTables => Content.OfType<DocxTable>();
}
