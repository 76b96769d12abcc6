using System.Security;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Extract.Tests.Readers;

/// <summary>Builds small Word documents in memory from body markup, the way Word itself writes it.</summary>
internal static class DocxFixture
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";

    /// <summary>A .docx package whose body is <paramref name="bodyXml"/> (w: markup).</summary>
    public static MemoryStream Create(string bodyXml, string? title = null)
    {
        var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            if (title is not null) doc.PackageProperties.Title = title;
        }
        stream.Position = 0;
        return stream;
    }

    public static TokenGrid Read(string bodyXml, string? title = null) =>
        new DocxReader().Read(Create(bodyXml, title), "test.docx");

    // Markup shorthands, so each test shows the structure it is about and little else.

    public static string T(string text) => $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t>";

    public static string R(string text) => $"<w:r>{T(text)}</w:r>";

    public static string P(params string[] runs) =>
        "<w:p>" + string.Concat(runs.Select(r => r.StartsWith('<') ? r : R(r))) + "</w:p>";

    public static string Tc(string content, int gridSpan = 1, string? vMerge = null)
    {
        var props = "";
        if (gridSpan > 1) props += $"<w:gridSpan w:val=\"{gridSpan}\"/>";
        if (vMerge is not null) props += vMerge.Length == 0 ? "<w:vMerge/>" : $"<w:vMerge w:val=\"{vMerge}\"/>";
        if (!content.StartsWith('<')) content = P(content);
        return $"<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>{props}</w:tcPr>{content}</w:tc>";
    }

    public static string Tr(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    public static string TrBefore(int gridBefore, params string[] cells) =>
        $"<w:tr><w:trPr><w:gridBefore w:val=\"{gridBefore}\"/></w:trPr>" + string.Concat(cells) + "</w:tr>";

    public static string Tbl(params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>A 2x2 table with plain cells, for places where any small data table will do.</summary>
    public static string SmallTable(string a, string b, string c, string d) =>
        Tbl(Tr(Tc(a), Tc(b)), Tr(Tc(c), Tc(d)));
}
