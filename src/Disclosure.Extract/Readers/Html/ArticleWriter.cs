using System.Collections.Immutable;
using AngleSharp.Dom;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Html;

/// <summary>An image in the article and the paragraph just before it (null after a table or at the start).</summary>
internal sealed record PlacedImage(IElement Element, ParagraphBlock? After);

/// <summary>
/// Turns the article element into blocks in document order: every rendered line of running text is a paragraph
/// (block elements and &lt;br&gt; end lines), every data table a resolved grid, nested tables after their parent,
/// layout tables unwrapped.
/// </summary>
internal sealed class ArticleWriter
{
    // A chrome-named box inside the article (share bar, print links) is dropped only when it is this small
    // compared with the article; a large one is more likely a misnamed content wrapper.
    private const double ChromeMaxShare = 0.2;

    private readonly ArticleLocator _locator;
    private readonly ElementPath _paths;
    private readonly List<Block> _blocks = new();
    private readonly List<PlacedImage> _images = new();
    private readonly RenderedLine _line = new();
    private readonly Stack<IElement> _openBlocks = new();
    private IElement? _lineOwner;
    private int _tableCount;
    private int _articleText;

    public ArticleWriter(ArticleLocator locator, ElementPath paths)
    {
        _locator = locator;
        _paths = paths;
    }

    /// <summary>Images met in the article (paragraph flow and table cells), in document order.</summary>
    public IReadOnlyList<PlacedImage> Images => _images;

    public ImmutableArray<Block> Write(ArticleLocation article)
    {
        _articleText = _locator.StatsOf(article.Root).ReadableText;
        if (article.TitleBeforeRoot is { } title) WriteFlowOf(title);
        if (ElementRoles.IsTable(article.Root)) WriteTable(article.Root);
        else WriteFlowOf(article.Root);
        return _blocks.ToImmutableArray();
    }

    private void WriteFlowOf(IElement container)
    {
        _openBlocks.Push(container);
        WalkFlow(container);
        EndLine();
        _openBlocks.Pop();
    }

    private void WalkFlow(INode parent)
    {
        foreach (var node in parent.ChildNodes)
        {
            switch (node)
            {
                case IText text:
                    var wasEmpty = _line.IsEmpty;
                    _line.Append(text.Data);
                    if (wasEmpty && !_line.IsEmpty) _lineOwner = _openBlocks.Peek();
                    break;
                case IElement e when ElementRoles.IsInvisible(e) || IsChromeInsideArticle(e):
                    break;
                case IElement e when ElementRoles.IsLineBreak(e):
                    EndLine();
                    break;
                case IElement e when ElementRoles.IsImage(e):
                    _images.Add(new PlacedImage(e, LastParagraph()));
                    break;
                case IElement e when ElementRoles.IsTable(e):
                    EndLine();
                    WriteTable(e);
                    break;
                case IElement e when ElementRoles.IsBlock(e):
                    EndLine();
                    WriteFlowOf(e);
                    break;
                case IElement e:
                    WalkFlow(e);
                    break;
            }
        }
    }

    private ParagraphBlock? LastParagraph() => _blocks.Count > 0 ? _blocks[^1] as ParagraphBlock : null;

    private void EndLine()
    {
        var text = _line.Take();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var owner = _lineOwner ?? _openBlocks.Peek();
            _blocks.Add(new ParagraphBlock(_blocks.Count, text, new SourceSpan(Path: _paths.Of(owner))));
        }
        _lineOwner = null;
    }

    /// <summary>
    /// Portal chrome that sits inside the article box: semantic nav/aside, small chrome-named boxes
    /// (share, print, related links) and link lists — never anything holding a data table.
    /// </summary>
    private bool IsChromeInsideArticle(IElement e)
    {
        var stats = _locator.StatsOf(e);
        if (stats.StatisticsTables > 0 || TableStructure.IsCell(e) || _locator.IsTitleHeading(e)) return false;
        // An article's own <footer> may carry the signature and date, so it goes through the size rules below.
        if (ElementRoles.IsChromeElement(e) && e.LocalName != "footer") return true;
        var small = stats.ReadableText <= ChromeMaxShare * _articleText;
        if (small && ElementRoles.HasChromeName(e)) return true;
        return small && ElementRoles.IsBlock(e) && stats.Links >= 2 && stats.LinkDensity >= 0.6;
    }

    private void WriteTable(IElement table)
    {
        if (_locator.IsLayoutTable(table))
        {
            foreach (var row in TableStructure.Rows(table))
            foreach (var cell in TableStructure.Cells(row))
                if (!ElementRoles.IsInvisible(cell)) WriteFlowOf(cell);
            return;
        }
        if (TableStructure.Caption(table) is { } caption) WriteFlowOf(caption);

        var builder = new GridTableBuilder();
        var nested = new List<IElement>();
        foreach (var row in TableStructure.Rows(table))
        {
            if (ElementRoles.IsInvisible(row)) continue;
            builder.StartRow();
            foreach (var cell in TableStructure.Cells(row))
            {
                if (ElementRoles.IsInvisible(cell)) continue;
                var rowSpan = TableStructure.Span(cell, "rowspan", 65534);
                // rowspan="0" spans the rest of the cell's row group (thead, tbody or tfoot), not of the table.
                if (rowSpan == 0) rowSpan = TableStructure.RowsLeftInGroup(row);
                builder.AddCell(CellText(cell, nested),
                    colSpan: Math.Max(1, TableStructure.Span(cell, "colspan", 1000)),
                    rowSpan: rowSpan,
                    source: new SourceSpan(Path: _paths.Of(cell)));
            }
        }
        var grid = builder.Build(_tableCount);
        if (grid.Cells.Length > 0)
        {
            _blocks.Add(new TableBlock(_blocks.Count, grid));
            _tableCount++;
        }
        foreach (var inner in nested) WriteTable(inner);
    }

    /// <summary>
    /// A cell's rendered text: its block children and &lt;br&gt; lines joined with '\n', inline fragments run
    /// together. Tables inside the cell are not part of its text; they become blocks of their own.
    /// </summary>
    private string CellText(IElement cell, List<IElement> nestedTables)
    {
        var lines = new List<string>();
        var line = new RenderedLine();
        void End()
        {
            if (!line.IsEmpty) lines.Add(line.Take());
        }
        void Walk(INode parent)
        {
            foreach (var node in parent.ChildNodes)
            {
                switch (node)
                {
                    case IText text: line.Append(text.Data); break;
                    case IElement e when ElementRoles.IsInvisible(e): break;
                    case IElement e when ElementRoles.IsLineBreak(e): End(); break;
                    case IElement e when ElementRoles.IsImage(e): _images.Add(new PlacedImage(e, LastParagraph())); break;
                    case IElement e when ElementRoles.IsTable(e): End(); nestedTables.Add(e); break;
                    case IElement e when ElementRoles.IsBlock(e): End(); Walk(e); End(); break;
                    case IElement e: Walk(e); break;
                }
            }
        }
        Walk(cell);
        End();
        var visible = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        // A cell holding only &nbsp; keeps it: "blank as printed" is for the value layer to judge.
        return visible.Count > 0 ? string.Join('\n', visible) : lines.FirstOrDefault() ?? "";
    }
}
