using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Extract.Corpus.Writers;

/// <summary>Package properties of a generated Word file; fixed so that generation is byte-for-byte repeatable.</summary>
public sealed record DocxProperties(string Title, string Creator, DateTime Created);

/// <summary>
/// Print options a report author sometimes uses: the 三、本年度办理结果 column written top to bottom (w:textDirection
/// tbRlV), and value cells in a larger font (half-points, null keeps 五号 = 21).
/// </summary>
public sealed record DocxPrintOptions(bool VerticalGroupLabels = false, string? ValueFontHalfPoints = null);

/// <summary>
/// Writes a laid-out report as a Word document made the way a Word user makes one: direct formatting, bordered tables
/// with gridSpan / vMerge merges, line breaks (w:br) inside header cells, a signature block at the end.
/// </summary>
public static class DocxReportWriter
{
    private const int TextWidth = 8845;

    public static byte[] Write(ReportDocument document, DocxProperties properties, DocxPrintOptions? options = null)
    {
        options ??= new DocxPrintOptions();
        var body = new Body();
        var bookmarkId = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportParagraph p:
                    body.Append(Paragraph(p.Spec, ref bookmarkId));
                    break;
                case ReportTable t:
                    body.Append(Table(t, options));
                    break;
            }
        }
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1587U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
        return Package(body, properties);
    }

    /// <summary>Writes a document made of given body elements (used for the negative corpus files).</summary>
    public static byte[] WriteBody(IEnumerable<OpenXmlElement> elements, DocxProperties properties) => Package(new Body(elements), properties);

    /// <summary>
    /// Builds the package with fixed relationship ids and a Word-style docProps/core.xml: the SDK's own package
    /// properties and generated ids are random and would make every run differ.
    /// </summary>
    private static byte[] Package(Body body, DocxProperties properties)
    {
        using var package = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DefaultStyles();
            main.Document = new Document(body);
            var core = doc.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
            using var coreStream = new MemoryStream(Encoding.UTF8.GetBytes(CoreXml(properties)));
            core.FeedData(coreStream);
        }
        return DeterministicZip.Normalize(package.ToArray(), properties.Created);
    }

    private static string CoreXml(DocxProperties p)
    {
        var when = p.Created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{SecurityElement.Escape(p.Title)}</dc:title><dc:creator>{SecurityElement.Escape(p.Creator)}</dc:creator>"
            + $"<cp:lastModifiedBy>{SecurityElement.Escape(p.Creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>"
            + "</cp:coreProperties>";
    }

    private static Styles DefaultStyles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "仿宋_GB2312", ComplexScript = "Times New Roman" },
                new Kern { Val = 2U },
                new FontSize { Val = "32" },
                new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(), new StyleParagraphProperties(new WidowControl { Val = false }, new Justification { Val = JustificationValues.Both }))
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        new Style(new StyleName { Val = "Table Grid" }, new UIPriority { Val = 59 },
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "auto" })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    private static Paragraph Paragraph(ParagraphSpec spec, ref int bookmarkId)
    {
        var (font, size, bold, align, indent) = spec.Role switch
        {
            ParagraphRole.Title => ("方正小标宋简体", "44", false, JustificationValues.Center, false),
            ParagraphRole.Heading => ("黑体", "32", false, JustificationValues.Left, true),
            ParagraphRole.SubHeading => ("楷体_GB2312", "32", false, JustificationValues.Left, true),
            ParagraphRole.Signature => ("仿宋_GB2312", "32", false, JustificationValues.Right, false),
            _ => ("仿宋_GB2312", "32", false, JustificationValues.Both, true),
        };
        if (spec.Align is { } a)
            align = a switch
            {
                ParagraphAlignment.Center => JustificationValues.Center,
                ParagraphAlignment.Right => JustificationValues.Right,
                ParagraphAlignment.Left => JustificationValues.Left,
                _ => JustificationValues.Both,
            };
        var pPr = new ParagraphProperties();
        if (spec.Role == ParagraphRole.Title) pPr.Append(new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact });
        if (indent && spec.Text.Length > 0 && !char.IsWhiteSpace(spec.Text[0]))
            pPr.Append(new Indentation { FirstLineChars = 200, FirstLine = "640" });
        pPr.Append(new Justification { Val = align });
        var paragraph = new Paragraph(pPr);
        if (spec.GoBackBookmark)
        {
            paragraph.Append(new BookmarkStart { Name = "_GoBack", Id = bookmarkId.ToString() });
            paragraph.Append(new BookmarkEnd { Id = bookmarkId.ToString() });
            bookmarkId++;
        }
        if (spec.Text.Length > 0)
            paragraph.Append(Run(spec.Text, font, size, bold));
        return paragraph;
    }

    private static Run Run(string text, string font, string size, bool bold)
    {
        var rPr = new RunProperties(new RunFonts { EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold) rPr.Append(new Bold());
        rPr.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        var run = new Run(rPr);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            if (lines[i].Length > 0) run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    private static Table Table(ReportTable table, DocxPrintOptions options)
    {
        var width = table.ColumnWidths.Sum();
        var result = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(table.ColumnWidths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var row in table.Rows)
        {
            var tr = new TableRow();
            var trPr = new TableRowProperties(new TableRowHeight { Val = 454U });
            if (row.IsHeader) trPr.Append(new TableHeader());
            tr.Append(trPr);
            var column = 0;
            foreach (var cell in row.Cells)
            {
                var cellWidth = table.ColumnWidths.Skip(column).Take(cell.GridSpan).Sum();
                column += cell.GridSpan;
                var tcPr = new TableCellProperties(new TableCellWidth { Width = cellWidth.ToString(), Type = TableWidthUnitValues.Dxa });
                if (cell.GridSpan > 1) tcPr.Append(new GridSpan { Val = cell.GridSpan });
                if (cell.Merge == MergeState.Restart) tcPr.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                else if (cell.Merge == MergeState.Continue) tcPr.Append(new VerticalMerge());
                var vertical = options.VerticalGroupLabels && cell.Key == LabelIds.ApplicationsGroup("results");
                if (vertical) tcPr.Append(new TextDirection { Val = TextDirectionValues.TopToBottomRightToLeftRotated });
                tcPr.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var left = cell.IsLabel && cell.Text.Length > 12;
                var p = new Paragraph(new ParagraphProperties(
                    new SpacingBetweenLines { Line = "280", LineRule = LineSpacingRuleValues.Exact },
                    new Justification { Val = left ? JustificationValues.Left : JustificationValues.Center }));
                var size = !cell.IsLabel && options.ValueFontHalfPoints is { } large ? large : "21";
                if (cell.Text.Length > 0) p.Append(Run(cell.Text, "宋体", size, false));
                tr.Append(new TableCell(tcPr, p));
            }
            if (column != table.GridColumns)
                throw new InvalidOperationException($"A row of a {table.Kind} table covers {column} of {table.GridColumns} grid columns.");
            result.Append(tr);
        }
        return result;
    }
}

/// <summary>
/// Rewrites an OPC zip with fixed entry timestamps and a fixed entry order, so the same document gives the same bytes
/// (System.IO.Packaging stamps entries with the current time).
/// </summary>
public static class DeterministicZip
{
    public static byte[] Normalize(byte[] zip, DateTime timestamp)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Word writes it.
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var target = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                target.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(timestamp, DateTimeKind.Unspecified), TimeSpan.Zero);
                using var from = entry.Open();
                using var to = target.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
