using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>Builds small PDFs with PdfPig's writer (standard 14 fonts, so ASCII text) and reads them back.</summary>
internal sealed class GeneratedPdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;

    public GeneratedPdf() => _font = _builder.AddStandard14Font(Standard14Font.Helvetica);

    public GeneratedPdf Page()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    private PdfPageBuilder Current => _page ?? throw new InvalidOperationException("call Page() first");

    public GeneratedPdf Text(string text, double x, double y, double size = 10)
    {
        Current.AddText(text, size, new PdfPoint(x, y), _font);
        return this;
    }

    public GeneratedPdf Line(double x1, double y1, double x2, double y2, double width = 0.5)
    {
        Current.DrawLine(new PdfPoint(x1, y1), new PdfPoint(x2, y2), width);
        return this;
    }

    /// <summary>A border drawn as a thin filled rectangle, as some exporters do.</summary>
    public GeneratedPdf Bar(double left, double bottom, double width, double height)
    {
        Current.DrawRectangle(new PdfPoint(left, bottom), width, height, 0, fill: true);
        return this;
    }

    public GeneratedPdf Png(byte[] png, double left, double bottom, double width, double height)
    {
        Current.AddPng(png, new PdfRectangle(left, bottom, left + width, bottom + height));
        return this;
    }

    public byte[] Bytes() => _builder.Build();

    public TokenGrid Read(PdfLayoutSettings? settings = null)
    {
        using var stream = new MemoryStream(Bytes());
        return new PdfReader(settings).Read(stream, "generated.pdf");
    }

    /// <summary>Text vertically inside a row whose top and bottom rules are given.</summary>
    public static double Baseline(double top, double bottom) => (top + bottom) / 2 - 3.5;
}
