using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Turns analysed pages into one token grid: drops page furniture, finds unruled tables, builds paragraphs,
/// joins tables and paragraphs a page break cut, and numbers blocks in reading order (page by page, top down).
/// </summary>
internal sealed class PdfLayoutAssembler(PdfLayoutSettings settings)
{
    private const int MinGlyphsPerTextPage = 10;

    public TokenGrid Assemble(IReadOnlyList<PageLayout> pages)
    {
        var notes = ImmutableArray.CreateBuilder<ReaderNote>();
        // No text at all, or image pages carrying no more than a stamp or a page number: a scan.
        var glyphTotal = pages.Sum(p => p.GlyphCount);
        if (glyphTotal == 0 || (pages.All(p => p.ImageCount > 0) && glyphTotal < MinGlyphsPerTextPage * pages.Count))
        {
            var images = pages.Sum(p => p.ImageCount);
            throw new DocumentReadException(ReadErrorCodes.ScannedPdf,
                string.Create(CultureInfo.InvariantCulture,
                    $"the PDF has no extractable text ({glyphTotal} glyph(s) on {pages.Count} page(s), {images} image(s)): it looks scanned and needs OCR"));
        }
        foreach (var p in pages.Where(p => p.GlyphCount == 0 && p.ImageCount > 0))
            notes.Add(new ReaderNote("IMAGE_ONLY_PAGE",
                string.Create(CultureInfo.InvariantCulture, $"page {p.Number} has images but no text; its content (perhaps a scanned table) was not read")));

        var unmapped = pages.Sum(p => p.UnmappedGlyphCount);
        var glyphs = pages.Sum(p => p.GlyphCount);
        if (unmapped > glyphs * 0.2)
            notes.Add(new ReaderNote("UNMAPPED_TEXT", string.Create(CultureInfo.InvariantCulture,
                $"{unmapped} of {glyphs} glyphs have no Unicode mapping in their font; their text is unreliable")));

        var furniture = PageFurniture.Find(pages.Select(p => (p.Number, p.Height, p.Lines)).ToList(), settings);
        var bodyLines = new List<(PageLayout Page, List<TextLine> Lines, List<PdfTable> Tables)>();
        foreach (var page in pages)
        {
            var lines = page.Lines.Where(l => !furniture.Contains(l)).ToList();
            var tables = page.Tables.ToList();
            var numeric = NumericRowTableFinder.Find(page.Number, lines, settings);
            tables.AddRange(numeric.Tables);
            var stream = StreamTableFinder.Find(page.Number, numeric.RemainingLines, settings);
            tables.AddRange(stream.Tables);
            bodyLines.Add((page, stream.RemainingLines, tables));
        }
        var body = BodyMetrics.Measure(bodyLines.Select(b => (IReadOnlyList<TextLine>)b.Lines));

        var items = new List<object>();
        var pageOf = new List<int>();
        foreach (var (page, lines, tables) in bodyLines)
        {
            var firstOnPage = true;
            foreach (var item in PageItems(page.Number, lines, tables, body))
            {
                var last = items.Count - 1;
                // Only the first item of a page can continue the last item of the previous page.
                var continues = firstOnPage && last >= 0 && pageOf[last] == page.Number - 1;
                firstOnPage = false;
                if (continues && items[last] is PdfTable above && item is PdfTable below && TableContinuation.Continues(above, below, settings))
                {
                    items[last] = TableContinuation.Join(above, below, settings);
                    pageOf[last] = page.Number;
                    continue;
                }
                if (continues && items[last] is ParagraphDraft before && item is ParagraphDraft after && !before.EndsShort && !after.StartsIndented)
                {
                    items[last] = new ParagraphDraft(before.Page, before.Lines.Concat(after.Lines).ToList(), before.StartsIndented, after.EndsShort);
                    pageOf[last] = page.Number;
                    continue;
                }
                items.Add(item);
                pageOf.Add(page.Number);
            }
        }

        var blocks = ImmutableArray.CreateBuilder<Block>();
        var tableIndex = 0;
        foreach (var item in items)
        {
            switch (item)
            {
                case PdfTable table:
                    blocks.Add(new TableBlock(blocks.Count, table.ToGrid(tableIndex++)));
                    break;
                case ParagraphDraft paragraph:
                    blocks.Add(new ParagraphBlock(blocks.Count, paragraph.Text, ParagraphSource(paragraph)));
                    break;
            }
        }
        return new TokenGrid(SourceFormat.Pdf, pages.Count, blocks.ToImmutable(), notes.ToImmutable());
    }

    // A paragraph continued over a page break is located by its first page's part.
    private static SourceSpan ParagraphSource(ParagraphDraft paragraph)
    {
        var onFirstPage = paragraph.Lines.Where(l => l.Page == paragraph.Page).Select(l => l.Box).ToList();
        var box = onFirstPage.Count > 0 ? onFirstPage.Aggregate((a, b) => a.Union(b)) : paragraph.Box;
        return new SourceSpan(paragraph.Page, box);
    }

    private IEnumerable<object> PageItems(int page, List<TextLine> lines, List<PdfTable> tables, BodyMetrics body)
    {
        var ordered = lines.Select(l => (Top: l.Top, Item: (object)l))
            .Concat(tables.Select(t => (Top: t.FirstBox.Top, Item: (object)t)))
            .OrderByDescending(x => x.Top)
            .ToList();
        var run = new List<TextLine>();
        foreach (var (_, item) in ordered)
        {
            if (item is TextLine line)
            {
                run.Add(line);
                continue;
            }
            foreach (var p in ParagraphBuilder.Build(page, run, body, settings)) yield return p;
            run.Clear();
            yield return item;
        }
        foreach (var p in ParagraphBuilder.Build(page, run, body, settings)) yield return p;
    }
}
