using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Disclosure.Extract.Readers.Html;

/// <summary>How the reader treats an element: invisible, block-level (starts a new line) or inline.</summary>
internal static partial class ElementRoles
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article",
        "main", "header", "footer", "aside", "nav", "blockquote", "center", "pre", "address", "figure", "figcaption",
        "form", "fieldset", "legend", "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
        "details", "summary", "body", "html", "menu", "dir", "listing", "xmp", "plaintext",
    };

    // Never rendered as text: code, styling, embedded objects, form controls, and Word's XML islands.
    private static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "head",
        "title", "meta", "link", "xml", "select", "option", "optgroup", "button", "input", "textarea", "audio",
        "video", "map", "area", "noframes", "frameset", "frame", "datalist", "dialog",
    };

    public static bool IsBlock(IElement element) => BlockElements.Contains(element.LocalName);

    public static bool IsTable(IElement element) => element.LocalName.Equals("table", StringComparison.OrdinalIgnoreCase);

    public static bool IsLineBreak(IElement element) => element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase);

    public static bool IsImage(IElement element) => element.LocalName.Equals("img", StringComparison.OrdinalIgnoreCase);

    public static bool IsLink(IElement element) => element.LocalName.Equals("a", StringComparison.OrdinalIgnoreCase)
        && element.HasAttribute("href");

    /// <summary>True for elements whose content a reader of the page never sees.</summary>
    public static bool IsInvisible(IElement element)
    {
        var name = element.LocalName;
        if (InvisibleElements.Contains(name)) return true;
        // Word's VML and Office namespaces (v:shape, w:data, o:p with only padding) carry no report text;
        // o:p is Word's paragraph-end marker, usually empty or a lone &nbsp;.
        if (name.StartsWith("v:", StringComparison.OrdinalIgnoreCase) || name.StartsWith("w:", StringComparison.OrdinalIgnoreCase))
            return true;
        if (name.StartsWith("o:", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(element.TextContent))
            return true;
        if (element.HasAttribute("hidden")) return true;
        if (element.GetAttribute("aria-hidden") is "true" && string.IsNullOrWhiteSpace(element.TextContent)) return true;
        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    /// <summary>Class or id words portals use for chrome (navigation, sharing, printing, related links).</summary>
    public static bool HasChromeName(IElement element)
    {
        var names = (element.GetAttribute("class") ?? "") + " " + (element.Id ?? "");
        return names.Length > 1 && ChromeName().IsMatch(names);
    }

    [GeneratedRegex(@"nav|menu|breadcrumb|crumb|share|bdshare|jiathis|social|footer|copyright|sidebar|related|relate|xgwz|xglj|print|dayin|guanbi|comment|pinglun|pager|pagination|toolbar|fontsize|zihao|qrcode|erweima|position|weizhi|location|banner|login|search",
        RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();

    /// <summary>Semantic chrome elements that never belong to an article body.</summary>
    public static bool IsChromeElement(IElement element) =>
        element.LocalName is "nav" or "aside" or "footer"
        || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search";
}
