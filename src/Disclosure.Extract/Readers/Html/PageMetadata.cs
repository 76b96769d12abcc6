using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Disclosure.Extract.Readers.Html;

/// <summary>What the page says about itself outside the report: its &lt;title&gt; and its publication date.</summary>
internal static partial class PageMetadata
{
    // Meta names CMSs use for the publication date (the Chinese government-site metadata standard uses PubDate).
    private static readonly HashSet<string> DateMetaNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time", "firstpublishedtime",
        "article:published_time", "og:published_time", "datepublished", "dc.date", "dc.date.issued", "dcterms.issued",
        "dcterms.date", "date", "releasedate", "created",
    };

    public static string? Title(IDocument document)
    {
        var title = document.Head?.QuerySelector("title")?.TextContent ?? document.QuerySelector("title")?.TextContent;
        if (title is null) return null;
        var text = RenderedLine.Collapse(title);
        return text.Length == 0 ? null : text;
    }

    /// <summary>The publication date as yyyy-MM-dd: a date meta tag first, else a labelled date in the page text.</summary>
    public static string? PublishedDate(IDocument document)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop");
            if (name is null || !DateMetaNames.Contains(name.Trim())) continue;
            if (ParseDate(meta.GetAttribute("content")) is { } date) return date;
        }
        if (document.Body is null) return null;
        var match = LabelledDate().Match(VisibleText(document.Body));
        return match.Success ? ParseDate(match.Groups["date"].Value) : null;
    }

    private static string? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = DatePattern().Match(text);
        if (!m.Success) return null;
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (y < 1990 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return new DateOnly(y, mo, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string VisibleText(IElement root)
    {
        var text = new StringBuilder();
        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) text.Append(t.Data);
                else if (child is IElement e && !ElementRoles.IsInvisible(e))
                {
                    if (ElementRoles.IsBlock(e) || ElementRoles.IsLineBreak(e)) text.Append('\n');
                    Walk(e);
                }
            }
        }
        Walk(root);
        return text.ToString();
    }

    [GeneratedRegex(@"(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(发布日期|发布时间|发文日期|公开日期|发表日期|发表时间|发布于)\s*[:：]?[\s\u00A0\u3000]*(?<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})")]
    private static partial Regex LabelledDate();
}
