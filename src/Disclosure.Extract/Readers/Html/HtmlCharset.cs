using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Disclosure.Extract.Readers.Html;

/// <summary>
/// Turns the bytes of a web page into text: byte-order mark, then a charset the transport declared (MIME part),
/// then the page's own &lt;meta&gt; declaration, then detection from the bytes (valid UTF-8, else GB18030).
/// </summary>
internal static partial class HtmlCharset
{
    static HtmlCharset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030 is a superset of GB2312 and GBK; pages that declare the older sets often use characters
    /// only the superset has, so they are always decoded as GB18030.</summary>
    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    /// <summary>Decodes page bytes; <paramref name="transportCharset"/> is a charset named outside the page.</summary>
    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes, string? transportCharset = null)
    {
        var encoding = FromByteOrderMark(bytes, out var bomLength)
            ?? Resolve(transportCharset, bytes)
            ?? Resolve(FindMetaCharset(bytes), bytes)
            ?? Detect(bytes);
        return (encoding.GetString(bytes[bomLength..]), encoding);
    }

    /// <summary>The charset a &lt;meta charset&gt; or http-equiv Content-Type declaration names, if any.</summary>
    public static string? FindMetaCharset(ReadOnlySpan<byte> bytes)
    {
        // Declarations must sit in the first 1024 bytes by the HTML spec; real pages are sloppier.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 8192)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = CharsetParameter().Match(meta.Value);
            if (charset.Success) return charset.Groups[1].Value;
        }
        return null;
    }

    private static Encoding? FromByteOrderMark(ReadOnlySpan<byte> bytes, out int length)
    {
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { length = 3; return new UTF8Encoding(false); }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { length = 2; return Encoding.Unicode; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { length = 2; return Encoding.BigEndianUnicode; }
        return null;
    }

    /// <summary>Maps a declared name to an encoding; a UTF-8 declaration the bytes contradict is not trusted.</summary>
    private static Encoding? Resolve(string? name, ReadOnlySpan<byte> bytes)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var normalized = name.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (normalized)
        {
            case "gb2312" or "gbk" or "x-gbk" or "gb_2312-80" or "gb18030" or "cp936" or "windows-936" or "csgb2312"
                or "euc-cn" or "x-euc-cn" or "iso-ir-58" or "chinese":
                // Chinese text in GBK is practically never valid UTF-8, so valid UTF-8 with non-ASCII bytes means
                // the declaration outlived a move to UTF-8 (common after CMS migrations).
                return HasNonAscii(bytes) && Utf8.IsValid(bytes) ? new UTF8Encoding(false) : Gb18030;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Utf8.IsValid(bytes) ? new UTF8Encoding(false) : null;
            // A page cannot really be UTF-16 without a BOM and still carry an ASCII meta tag; and a Chinese report
            // declared Latin-1/ASCII is an editor default, not the truth — detect instead.
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "iso-8859-1" or "latin1" or "windows-1252"
                or "us-ascii" or "ascii":
                return null;
        }
        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    private static Encoding Detect(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) ? new UTF8Encoding(false) : Gb18030;

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();
}
