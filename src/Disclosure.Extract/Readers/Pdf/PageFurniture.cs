using System.Text.RegularExpressions;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Recognizes page furniture among the lines outside tables: page numbers (`- 3 -`, `第3页`, `3/5`) and running
/// headers or footers (the same text at the same height on several pages), both only in the top or bottom band.
/// </summary>
internal static partial class PageFurniture
{
    [GeneratedRegex(@"^[\s\-–—_·.•]*(第\s*)?\d{1,3}(\s*页)?(\s*[/／]\s*\d{1,3}|\s*共\s*\d{1,3}\s*页)?[\s\-–—_·.•]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <summary>The lines of each page that are furniture, keyed by page number.</summary>
    public static HashSet<TextLine> Find(IReadOnlyList<(int Page, double Height, IReadOnlyList<TextLine> Lines)> pages, PdfLayoutSettings settings)
    {
        var furniture = new HashSet<TextLine>(ReferenceEqualityComparer.Instance);
        var candidates = new List<(int Page, TextLine Line, string Key)>();
        foreach (var (page, height, lines) in pages)
        {
            var band = height * settings.FurnitureBand;
            foreach (var line in lines)
            {
                if (line.Bottom > band && line.Top < height - band) continue;
                if (PageNumber().IsMatch(line.Text)) furniture.Add(line);
                else candidates.Add((page, line, Digits().Replace(line.Text.Replace(" ", ""), "#")));
            }
        }
        // Running headers/footers: same text (page numbers masked) at about the same height on two or more pages.
        foreach (var group in candidates.GroupBy(c => c.Key))
        {
            var items = group.ToList();
            foreach (var item in items)
            {
                var pagesAtSameHeight = items
                    .Where(o => Math.Abs(o.Line.V - item.Line.V) <= settings.SnapTolerance * 2 && o.Page != item.Page)
                    .Select(o => o.Page).Distinct().Count();
                if (pagesAtSameHeight >= 1) furniture.Add(item.Line);
            }
        }
        return furniture;
    }
}
