using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Disclosure.Extract.Grid;
using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Wordprocessing.Drawing;
using Picture = DocumentFormat.OpenXml.Wordprocessing.Picture;

namespace Disclosure.Extract.Readers.Docx;

/// <summary>Reads Word 2007+ (.docx) files with DocumentFormat.OpenXml.</summary>
public sealed class DocxReader : IDocumentReader
{
    private static readonly string[] WordExtensions = [".docx", ".docm", ".dotx", ".dotm"];
    private static readonly string[] LegacyWordExtensions = [".doc", ".dot", ".wps"];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public SourceFormat Format => SourceFormat.Docx;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        var wordName = WordExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        if (head.StartsWith(ZipMagic))
            return wordName || head.IndexOf("word/"u8) >= 0;
        // Web pages, RTF and PDF saved under a Word name belong to the reader of what they are.
        if (ForeignFormat(head) is not null) return false;
        // Claim Word-named OLE files so the user hears why they are not read, instead of "unknown format".
        if (head.StartsWith(OleMagic))
            return wordName || LegacyWordExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
        return wordName;
    }

    public TokenGrid Read(Stream content, string fileName)
    {
        var bytes = ReadAllBytes(content);
        RejectNonPackage(bytes);
        RejectNonWordPackage(bytes);
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            return ReadDocument(document);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                $"the Word document is damaged and cannot be opened: {ex.Message}", ex);
        }
    }

    private static TokenGrid ReadDocument(WordprocessingDocument document)
    {
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new DocumentReadException(ReadErrorCodes.CorruptFile, "the Word document has no body (word/document.xml is empty)");
        var parser = new DocxBodyParser();
        var items = parser.Parse(body);
        var blocks = new DocxGridComposer().Compose(items);

        var notes = ImmutableArray.CreateBuilder<ReaderNote>();
        if (parser.SkippedAltChunks > 0)
            notes.Add(new ReaderNote("DOCX_ALTCHUNK_SKIPPED",
                $"{parser.SkippedAltChunks} embedded foreign document(s) (w:altChunk) were not read"));
        if (!blocks.OfType<TableBlock>().Any())
        {
            var images = body.Descendants<Drawing>().Count() + body.Descendants<Picture>().Count();
            if (images > 0)
                notes.Add(new ReaderNote(ReadErrorCodes.TableAsImage,
                    $"the document has no tables but {images} image(s): tables may have been pasted as pictures"));
        }

        return new TokenGrid(SourceFormat.Docx, null, blocks, notes.ToImmutable())
        {
            Properties = ReadProperties(document),
        };
    }

    private static ImmutableDictionary<string, string> ReadProperties(WordprocessingDocument document)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string>();
        var title = document.PackageProperties.Title;
        if (!string.IsNullOrWhiteSpace(title)) properties[GridProperties.Title] = title.Trim();
        var application = document.ExtendedFilePropertiesPart?.Properties?.Application?.Text;
        if (!string.IsNullOrWhiteSpace(application)) properties[GridProperties.Producer] = application.Trim();
        return properties.ToImmutable();
    }

    private static byte[] ReadAllBytes(Stream content)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length == 0)
            throw new DocumentReadException(ReadErrorCodes.EmptyFile, "the file is empty (0 bytes)");
        return buffer.ToArray();
    }

    private static void RejectNonPackage(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(OleMagic))
        {
            // Password-protected .docx files are OLE containers holding an EncryptedPackage stream.
            if (ContainsUtf16(bytes, "EncryptedPackage") || ContainsUtf16(bytes, "EncryptionInfo"))
                throw new DocumentReadException(ReadErrorCodes.EncryptedFile,
                    "the Word document is password-protected (encrypted); remove the password and save it again");
            var kind = ContainsUtf16(bytes, "WordDocument")
                ? "a legacy Word 97-2003 document (.doc)"
                : "a legacy Office (OLE compound) file";
            throw new DocumentReadException(ReadErrorCodes.UnsupportedFormat,
                $"{kind}: legacy .doc is not read yet; save it as .docx");
        }
        if (ForeignFormat(bytes) is { } foreign)
            throw new DocumentReadException(ReadErrorCodes.UnsupportedFormat,
                $"not a Word 2007+ document but {foreign} saved under a Word file name");
        if (!bytes.AsSpan().StartsWith(ZipMagic))
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                "not a valid .docx: the file does not start with a ZIP signature (damaged, truncated or renamed)");
    }

    /// <summary>Names the format of content that is plainly not a Word package (what web sites often serve as .doc).</summary>
    private static string? ForeignFormat(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Utf8Bom)) head = head[3..];
        head = head[..Math.Min(head.Length, 1024)];
        while (head.Length > 0 && head[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') head = head[1..];
        if (head.StartsWith("{\\rtf"u8)) return "an RTF document";
        if (head.StartsWith("%PDF"u8)) return "a PDF file";
        var text = Encoding.ASCII.GetString(head).ToLowerInvariant();
        if (text.StartsWith("mime-version") || text.Contains("multipart/related")) return "a web archive (MHT)";
        if (text.StartsWith('<') && (text.Contains("<html") || text.Contains("<!doctype html"))) return "a web page (HTML)";
        if (text.StartsWith("<?xml") && text.Contains("word")) return "a Word 2003 XML document";
        return null;
    }

    private static void RejectNonWordPackage(byte[] bytes)
    {
        string? contentTypes;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("[Content_Types].xml");
            if (entry is null)
                throw new DocumentReadException(ReadErrorCodes.UnsupportedFormat,
                    "a ZIP archive, but not a Word document (no [Content_Types].xml, so not an Office package)");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            contentTypes = reader.ReadToEnd();
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                $"not a valid .docx: the ZIP container is damaged or truncated ({ex.Message})", ex);
        }
        if (!contentTypes.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase)
            && !contentTypes.Contains("ms-word", StringComparison.OrdinalIgnoreCase))
            throw new DocumentReadException(ReadErrorCodes.UnsupportedFormat,
                "an Office package, but not a Word document (no word/document.xml main part; a spreadsheet or presentation?)");
    }

    private static bool ContainsUtf16(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
