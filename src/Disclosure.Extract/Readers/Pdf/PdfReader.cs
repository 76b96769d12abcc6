using System.Collections.Immutable;
using Disclosure.Extract.Grid;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Disclosure.Extract.Readers.Pdf;

/// <summary>
/// Reads text-based PDFs with PdfPig: ruled tables rebuilt from the page graphics (cells, spans, tables joined
/// across page breaks), unruled tables from text alignment, the rest as paragraphs; page furniture dropped.
/// </summary>
public sealed class PdfReader(PdfLayoutSettings? settings = null) : IDocumentReader
{
    private readonly PdfLayoutSettings _settings = settings ?? PdfLayoutSettings.Default;

    public SourceFormat Format => SourceFormat.Pdf;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) =>
        head.IndexOf("%PDF-"u8) is >= 0 and < 1024 || fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    public TokenGrid Read(Stream content, string fileName)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0) throw new DocumentReadException(ReadErrorCodes.EmptyFile, $"{fileName}: the file is empty (0 bytes)");

        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw Classify(ex, fileName, "could not be opened");
        }

        using (document)
        {
            var pages = new List<PageLayout>();
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                try
                {
                    pages.Add(PageAnalyzer.Analyze(document.GetPage(n), _settings));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    throw Classify(ex, fileName, $"page {n} could not be read");
                }
            }
            var grid = new PdfLayoutAssembler(_settings).Assemble(pages);
            return grid with { Properties = ReadProperties(document) };
        }
    }

    private static DocumentReadException Classify(Exception ex, string fileName, string what) => ex switch
    {
        PdfDocumentEncryptedException => new DocumentReadException(ReadErrorCodes.EncryptedFile,
            $"{fileName}: the PDF is encrypted with a password; it cannot be read without it ({ex.Message})", ex),
        _ => new DocumentReadException(ReadErrorCodes.CorruptFile,
            $"{fileName}: the PDF is damaged or not a PDF and {what}: {ex.Message}", ex),
    };

    private static ImmutableDictionary<string, string> ReadProperties(PdfDocument document)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string>();
        var info = document.Information;
        if (!string.IsNullOrWhiteSpace(info.Title)) properties[GridProperties.Title] = info.Title.Trim();
        var producer = !string.IsNullOrWhiteSpace(info.Producer) ? info.Producer : info.Creator;
        if (!string.IsNullOrWhiteSpace(producer)) properties[GridProperties.Producer] = producer.Trim();
        return properties.ToImmutable();
    }
}
