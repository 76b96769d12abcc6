using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Corpus.Writers;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Variants;

/// <summary>One report published as a web page: the spec as the page prints it (possibly with split tables) and the page style.</summary>
public sealed record HtmlPublication(ReportSpec Spec, HtmlRendering Rendering)
{
    public string FileName => Spec.Id + Rendering.Extension;
}

/// <summary>
/// Chooses, with a fixed seed, how each corpus report is published as HTML: one .mht archive, one GBK page without a
/// charset declaration, three GBK pages declaring gb2312, the others portal pages, Word exports and bare fragments;
/// heading markup at random; three reports whose tables the page splits although the Word file does not.
/// </summary>
public static class HtmlPublications
{
    public const ulong Seed = 0x5EED_2024_1104UL;

    private static readonly HtmlPageStyle[] Rotation = [HtmlPageStyle.Portal, HtmlPageStyle.WordExport, HtmlPageStyle.Fragment];

    public static IReadOnlyList<HtmlPublication> For(IReadOnlyList<ReportSpec> specs)
    {
        var rng = new SplitMix64(Seed);
        // A seeded shuffle decides which report gets which style; the fixed head of the list guarantees every style once.
        var order = Enumerable.Range(0, specs.Count).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = rng.Next(0, i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var styles = new HtmlPageStyle[specs.Count];
        for (var k = 0; k < order.Length; k++)
            styles[order[k]] = k switch
            {
                0 => HtmlPageStyle.Mht,
                1 => HtmlPageStyle.GbkUndeclared,
                <= 4 => HtmlPageStyle.GbkDeclared,
                _ => Rotation[k % Rotation.Length],
            };
        var splitsLeft = 3;
        var result = new List<HtmlPublication>();
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            var headings = styles[i] == HtmlPageStyle.WordExport ? HtmlHeadingStyle.Strong : rng.Pick([HtmlHeadingStyle.Strong, HtmlHeadingStyle.H3, HtmlHeadingStyle.BrLines]);
            var published = new DateOnly(spec.Year + 1, 1, rng.Next(8, 28));
            var notes = new List<string> { Describe(styles[i], headings) };
            if (styles[i] is HtmlPageStyle.Portal or HtmlPageStyle.GbkDeclared or HtmlPageStyle.GbkUndeclared or HtmlPageStyle.Mht)
                notes.Add($"Portal chrome shows 发布日期：{published:yyyy-MM-dd}.");
            var unsplit = spec.Split is { ActivePerArticle: false, ApplicationsAfter: null, ReviewHeaderSeparate: false };
            if (unsplit && splitsLeft > 0 && rng.Chance(0.2))
            {
                splitsLeft--;
                var rows = TemplateCatalog.ApplicationRows(ReportLayout.LayoutOf(spec), spec.SingleOtherRow);
                var after = rows.Where(r => r.Group is not null).ElementAt(rng.Next(2, 10)).Key;
                spec = spec with { Split = new TableSplitSpec { ActivePerArticle = true, ApplicationsAfter = after } };
                notes.Add($"The page splits tables the Word file keeps whole: table 二 as one <table> per 第二十条 item, table 三 as two <table>s cut after {after}.");
            }
            spec = spec with { Notes = [.. spec.Notes, .. notes] };
            result.Add(new HtmlPublication(spec, new HtmlRendering(styles[i], headings, published)));
        }
        return result;
    }

    /// <summary>
    /// Pages for a set of reports added after the main selection (so adding them re-deals no existing page): portal
    /// page, Word export and fragment in turn, heading markup at random with <paramref name="seed"/>, tables as in Word.
    /// </summary>
    public static IReadOnlyList<HtmlPublication> Plain(IReadOnlyList<ReportSpec> specs, ulong seed)
    {
        var rng = new SplitMix64(seed);
        return specs.Select((spec, i) =>
        {
            var page = Rotation[i % Rotation.Length];
            var headings = page == HtmlPageStyle.WordExport ? HtmlHeadingStyle.Strong : rng.Pick([HtmlHeadingStyle.Strong, HtmlHeadingStyle.H3, HtmlHeadingStyle.BrLines]);
            var published = new DateOnly(spec.Year + 1, 1, rng.Next(8, 28));
            var notes = new List<string> { Describe(page, headings) };
            if (page == HtmlPageStyle.Portal) notes.Add($"Portal chrome shows 发布日期：{published:yyyy-MM-dd}.");
            return new HtmlPublication(spec with { Notes = [.. spec.Notes, .. notes] }, new HtmlRendering(page, headings, published));
        }).ToList();
    }

    private static string Describe(HtmlPageStyle page, HtmlHeadingStyle headings)
    {
        var pageText = page switch
        {
            HtmlPageStyle.Portal => "HTML: portal page (header, navigation, breadcrumbs, share buttons, related articles, footer, scripts), UTF-8",
            HtmlPageStyle.WordExport => "HTML: page saved from Word (MsoNormal, <o:p>, mso- styles, conditional comments, runs split into <span>s), UTF-8",
            HtmlPageStyle.Fragment => "HTML: bare article fragment (no html/head/body), UTF-8",
            HtmlPageStyle.GbkDeclared => "HTML: portal page encoded GB18030 declaring <meta charset=\"gb2312\">",
            HtmlPageStyle.GbkUndeclared => "HTML: portal page encoded GB18030 with no charset declaration (detect from the bytes)",
            _ => "HTML: single-file web archive (.mht, multipart/related, quoted-printable UTF-8)",
        };
        var headingText = headings switch
        {
            HtmlHeadingStyle.H3 => "headings as <h3>",
            HtmlHeadingStyle.BrLines => "paragraphs as text lines separated by <br>",
            _ => "headings as <p><strong>",
        };
        return $"{pageText}; {headingText}.";
    }
}
