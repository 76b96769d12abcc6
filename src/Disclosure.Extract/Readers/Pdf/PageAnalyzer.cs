using UglyToad.PdfPig.Content;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>What one page holds after layout analysis: its tables and the text lines outside them, top to bottom.</summary>
internal sealed record PageLayout(int Number, double Width, double Height, int GlyphCount, int ImageCount,
    IReadOnlyList<PdfTable> Tables, IReadOnlyList<TextLine> Lines)
{
    /// <summary>Glyphs whose font maps to no real character (no ToUnicode): text that only OCR could recover.</summary>
    public int UnmappedGlyphCount { get; init; }
}

/// <summary>Turns one PdfPig page into tables (lattice) and free text lines, assigning each letter to exactly one place.</summary>
internal static class PageAnalyzer
{
    private static bool IsUnmapped(char c) => char.IsControl(c) || c is '\uFFFD' || c is >= '\uE000' and <= '\uF8FF';

    public static PageLayout Analyze(Page page, PdfLayoutSettings settings)
    {
        // Text placed outside the visible page (overflowing tables, hidden leftovers) is not part of the document.
        var visible = page.CropBox.Bounds;
        var glyphs = page.Letters.Select(l => PdfGlyph.From(l, page.Number)).OfType<PdfGlyph>()
            .Where(g => g.CentreX >= visible.Left && g.CentreX <= visible.Right && g.CentreY >= visible.Bottom && g.CentreY <= visible.Top)
            .ToList();
        var rules = RulingLines.Extract(page, settings);
        var regions = LatticeTableFinder.Find(rules, settings);

        var perCell = regions.Select(r => Enumerable.Range(0, r.Cells.Count).Select(_ => new List<PdfGlyph>()).ToArray()).ToArray();
        var free = new List<PdfGlyph>();
        foreach (var g in glyphs)
        {
            var placed = false;
            for (var i = 0; i < regions.Count && !placed; i++)
            {
                var cell = regions[i].Locate(g.CentreX, g.CentreY);
                if (cell < 0) continue;
                perCell[i][cell].Add(g);
                placed = true;
            }
            if (!placed) free.Add(g);
        }

        var tables = new List<PdfTable>();
        for (var i = 0; i < regions.Count; i++)
        {
            var region = regions[i];
            // Rules that enclose no text at all are decoration (underlines, boxes), not a table.
            if (perCell[i].All(c => c.All(g => g.IsSpace))) continue;
            var cells = region.Cells.Select((c, k) => new PdfTableCell(c.Row, c.Col, c.RowSpan, c.ColSpan, page.Number,
                region.CellBox(k), TextAssembler.CellText(perCell[i][k], settings, region.CellBox(k)))).ToList();
            tables.Add(new PdfTable(page.Number, region.Box, page.Number, region.Box, region.Xs, region.Ys.Count - 1, cells));
        }

        var lines = TextAssembler.Lines(free, settings);
        return new PageLayout(page.Number, page.Width, page.Height, glyphs.Count(g => !g.IsSpace), page.NumberOfImages, tables, lines)
        {
            UnmappedGlyphCount = glyphs.Count(g => g.Text.Any(IsUnmapped)),
        };
    }
}
