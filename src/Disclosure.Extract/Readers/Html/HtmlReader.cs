using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Html;

/// <summary>
/// Reads a report published as a web page (.html/.htm, browser-saved pages, .mht/.mhtml archives) with AngleSharp:
/// finds the article inside the portal page and turns it into paragraphs and resolved table grids.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly string[] Extensions = [".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml"];

    // Images narrower or lower than this (by their attributes) are icons, bullets or spacers, never a table.
    private const int IconSize = 80;

    public SourceFormat Format => SourceFormat.Html;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head)
    {
        if (Extensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
        if (MhtmlArchive.LooksLikeArchive(head)) return true;
        var text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<')) return false;
        return text.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    public TokenGrid Read(Stream content, string fileName)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length == 0)
            throw new DocumentReadException(ReadErrorCodes.EmptyFile, "the file is empty (0 bytes)");

        string? transportCharset = null;
        if (MhtmlArchive.LooksLikeArchive(bytes))
        {
            var page = MhtmlArchive.ExtractHtml(bytes);
            bytes = page.Html;
            transportCharset = page.Charset;
        }
        RejectBinary(bytes);
        var (html, _) = HtmlCharset.Decode(bytes, transportCharset);
        return ReadMarkup(html);
    }

    /// <summary>Reads already-decoded markup (the part after charset handling).</summary>
    internal static TokenGrid ReadMarkup(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var locator = new ArticleLocator(document);
        var article = locator.Locate();
        var writer = new ArticleWriter(locator, new ElementPath(document));
        var blocks = writer.Write(article);

        var notes = ImmutableArray.CreateBuilder<ReaderNote>();
        if (TablesAsImagesNote(blocks, writer.Images) is { } note) notes.Add(note);
        if (blocks.IsEmpty && notes.Count == 0)
            throw new DocumentReadException(ReadErrorCodes.NotAReport, "the web page has no visible text, table or image");

        var properties = ImmutableDictionary.CreateBuilder<string, string>();
        if (PageMetadata.Title(document) is { } title) properties[GridProperties.Title] = title;
        if (PageMetadata.PublishedDate(document) is { } date) properties[GridProperties.PublishedDate] = date;

        return new TokenGrid(SourceFormat.Html, null, blocks, notes.ToImmutable())
        {
            Properties = properties.ToImmutable(),
        };
    }

    /// <summary>
    /// Statistics tables pasted as pictures: content-sized images in the article while it holds fewer than the
    /// report's three data tables. Only reported; what the images say is recognition's business.
    /// </summary>
    private static ReaderNote? TablesAsImagesNote(ImmutableArray<Block> blocks, IReadOnlyList<PlacedImage> images)
    {
        var pictures = images.Where(i => !IsIcon(i.Element)).ToList();
        if (pictures.Count == 0) return null;
        var dataTables = blocks.OfType<TableBlock>().Count(t => t.Table.RowCount > 3);
        if (dataTables >= 3) return null;
        var first = pictures[0];
        var after = first.After is { } p ? $" after the paragraph '{Shorten(p.Text)}'" : "";
        return new ReaderNote(ReadErrorCodes.TableAsImage,
            $"{pictures.Count} image(s) in the article where tables would be ({dataTables} table(s) with more than 3 rows); " +
            $"first at {ElementSource(first.Element)}{after}, src '{Shorten(first.Element.GetAttribute("src") ?? "")}'");
    }

    private static string ElementSource(IElement img) =>
        img.ParentElement is { } parent ? new ElementPath(img.Owner!).Of(parent) + " > img" : "img";

    private static bool IsIcon(IElement img)
    {
        static int? Size(string? raw) =>
            raw is not null && int.TryParse(new string(raw.Trim().TakeWhile(char.IsAsciiDigit).ToArray()),
                NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        var style = img.GetAttribute("style") ?? "";
        var width = Size(img.GetAttribute("width")) ?? Size(StyleLength(style, "width"));
        var height = Size(img.GetAttribute("height")) ?? Size(StyleLength(style, "height"));
        return width < IconSize || height < IconSize;
    }

    /// <summary>A pixel length from an inline style (e.g. "width:16px"); percentages and other units are ignored.</summary>
    private static string? StyleLength(string style, string property)
    {
        var m = Regex.Match(style, $@"(?<![\w-]){property}\s*:\s*(\d+)\s*px", RegexOptions.IgnoreCase);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>Bytes with NULs and no UTF-16 byte-order mark are not a web page (an image or archive renamed).</summary>
    private static void RejectBinary(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) return;
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (probe.Count((byte)0) > 0)
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                "the file holds binary data (NUL bytes), not the text of a web page");
    }
}
