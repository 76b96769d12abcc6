using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Disclosure.Extract.Readers.Html;

/// <summary>Visible-text measures of one element's subtree, used to tell the article from portal chrome.</summary>
/// <param name="Blocks">Paragraph-level elements (p, div, headings, list items…) at or below the element, table parts excluded.</param>
internal sealed record ElementStats(int Text, int LinkText, int Links, int StatisticsTables, int Blocks)
{
    public static readonly ElementStats Empty = new(0, 0, 0, 0, 0);

    /// <summary>Visible characters that are not link captions: what a reader actually reads there.</summary>
    public int ReadableText => Text - LinkText;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}

/// <summary>Where the report sits in a page: the article element, and a report title heading found just before it.</summary>
internal sealed record ArticleLocation(IElement Root, IElement? TitleBeforeRoot);

/// <summary>
/// Finds the article body of a portal page without site-specific rules: the smallest element holding the bulk of
/// the readable (non-link) text and every statistics-like table; a report-title heading just outside it is kept.
/// </summary>
internal sealed partial class ArticleLocator
{
    // Share of the page's readable text the article must hold; portal chrome is mostly link captions, so the
    // article's share of the non-link text is high even on busy pages.
    private const double BulkShare = 0.6;

    private readonly Dictionary<IElement, ElementStats> _stats = new();
    private readonly IDocument _document;

    public ArticleLocator(IDocument document)
    {
        _document = document;
        if (document.Body is { } body) Measure(body, insideLink: false);
    }

    public ElementStats StatsOf(IElement element) => _stats.GetValueOrDefault(element, ElementStats.Empty);

    public ArticleLocation Locate()
    {
        var body = _document.Body ?? _document.DocumentElement;
        var page = StatsOf(body);
        var root = body;
        while (true)
        {
            var next = root.Children.FirstOrDefault(child =>
                !ElementRoles.IsInvisible(child) && !ElementRoles.IsChromeElement(child)
                // A data table is content, not a container: the article is what holds it.
                && (!ElementRoles.IsTable(child) || IsLayoutTable(child))
                && StatsOf(child) is var s
                && s.ReadableText > 0
                // A single paragraph is content, not a container (its <br> lines are still the article).
                && s.Blocks >= 2
                && s.ReadableText >= BulkShare * page.ReadableText
                && s.StatisticsTables == StatsOf(root).StatisticsTables);
            if (next is null) break;
            root = next;
        }
        // A row or row group is not a container of its own: the article is then the table around it.
        while (root.LocalName is "tbody" or "thead" or "tfoot" or "tr" && root.ParentElement is { } parent) root = parent;
        return new ArticleLocation(root, FindTitleBefore(root));
    }

    /// <summary>
    /// The nearest report-title heading (政府信息公开 … 年度报告/年报) that precedes the article root outside it —
    /// portals often print the title above the content box. A title inside the root needs no help.
    /// </summary>
    private IElement? FindTitleBefore(IElement root)
    {
        IElement? best = null;
        foreach (var e in (_document.Body ?? _document.DocumentElement).Descendants<IElement>())
        {
            if (ReferenceEquals(e, root)) break;
            if (!IsTitleHeading(e)) continue;
            best = e;
        }
        if (best is null) return null;
        return root.Descendants<IElement>().Any(IsTitleHeading) ? null : best;
    }

    /// <summary>A short block whose text reads like the report's title and which is not a link or chrome.</summary>
    public bool IsTitleHeading(IElement e)
    {
        if (!ElementRoles.IsBlock(e) && !e.LocalName.Equals("strong", StringComparison.OrdinalIgnoreCase)
            && !e.LocalName.Equals("b", StringComparison.OrdinalIgnoreCase)) return false;
        var stats = StatsOf(e);
        if (stats.Text is 0 or > 80 || stats.LinkText > 0) return false;
        for (var a = e.ParentElement; a is not null; a = a.ParentElement)
            if (ElementRoles.IsLink(a)) return false;
        var text = e.TextContent;
        if (!ReportTitle().IsMatch(text)) return false;
        // The innermost element carrying the title, not every wrapper around it.
        return !e.Children.Any(c => StatsOf(c).Text == stats.Text);
    }

    private ElementStats Measure(IElement element, bool insideLink)
    {
        if (ElementRoles.IsInvisible(element)) return _stats[element] = ElementStats.Empty;
        var isLink = ElementRoles.IsLink(element);
        insideLink |= isLink;
        int text = 0, linkText = 0, links = isLink ? 1 : 0, tables = 0, blocks = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                var n = CountVisible(t.Data);
                text += n;
                if (insideLink) linkText += n;
            }
            else if (node is IElement child)
            {
                var s = Measure(child, insideLink);
                text += s.Text;
                linkText += s.LinkText;
                links += s.Links;
                tables += s.StatisticsTables;
                blocks += s.Blocks;
            }
        }
        // Table structure is not counted: Blocks tells paragraphs and sections apart from grid cells.
        if (ElementRoles.IsBlock(element) && !TableStructure.IsTablePart(element)) blocks++;
        var stats = new ElementStats(text, linkText, links, tables, blocks);
        if (ElementRoles.IsTable(element))
        {
            if (LooksLikeLayout(element, text)) _layoutTables.Add(element);
            else if (IsStatisticsTable(element, stats)) stats = stats with { StatisticsTables = tables + 1 };
        }
        return _stats[element] = stats;
    }

    private readonly HashSet<IElement> _layoutTables = new();

    /// <summary>
    /// A table used to lay out the page rather than hold data: one cell carries a long run of paragraphs, or one
    /// of a few cells carries most of the text together with another table.
    /// </summary>
    public bool IsLayoutTable(IElement table) => _layoutTables.Contains(table);

    private bool LooksLikeLayout(IElement table, int tableText)
    {
        if (tableText == 0) return false;
        var cells = TableStructure.Rows(table).SelectMany(TableStructure.Cells).ToList();
        foreach (var cell in cells)
        {
            var s = StatsOf(cell);
            // Data cells hold a number or a label, at most a few short lines; a page region holds paragraphs.
            if ((s.Blocks >= 4 && s.ReadableText >= 200) || s.ReadableText >= 500) return true;
            var share = (double)s.Text / tableText;
            // A data table has many cells sharing its text; a layout table has a few, one of them holding the page.
            if (share < 0.5 || (cells.Count > 6 && share < 0.8)) continue;
            if (cell.Descendants<IElement>().Any(ElementRoles.IsTable)) return true;
        }
        return false;
    }

    /// <summary>
    /// A table that looks like statistics: several rows and columns, few links, and at least four cells that are
    /// a bare number. Page-metadata tables (索引号, 文号, dates) have digits but hardly any bare numbers.
    /// </summary>
    private static bool IsStatisticsTable(IElement table, ElementStats stats)
    {
        if (stats.LinkDensity > 0.3) return false;
        var rows = TableStructure.Rows(table).ToList();
        if (rows.Count < 3) return false;
        if (rows.Max(r => TableStructure.Cells(r).Count()) < 2) return false;
        return rows.SelectMany(TableStructure.Cells).Count(c => BareNumber().IsMatch(c.TextContent)) >= 4;
    }

    [GeneratedRegex(@"^[\s\u00A0\u3000]*[-+]?\d+(\.\d+)?[\s\u00A0\u3000]*\S{0,2}[\s\u00A0\u3000]*$")]
    private static partial Regex BareNumber();

    private static int CountVisible(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    [GeneratedRegex(@"政府信息公开.*(年度报告|年报)|(年度报告|年报).*政府信息公开")]
    private static partial Regex ReportTitle();
}
