using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Extract.Readers.Html;

/// <summary>The page a single-file web archive (.mht/.mhtml, MIME multipart/related) carries, still as bytes.</summary>
internal sealed record MhtmlPage(byte[] Html, string? Charset, string? Location);

/// <summary>
/// Reads the first text/html part of a MIME web archive (RFC 2557), undoing its transfer encoding
/// (quoted-printable or base64). Only what browsers write is supported: no nested multiparts beyond one level.
/// </summary>
internal static partial class MhtmlArchive
{
    /// <summary>True when the bytes start like a MIME message (headers with MIME-Version and a multipart type).</summary>
    public static bool LooksLikeArchive(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 4096)]);
        var headerEnd = text.IndexOf("\n\n", StringComparison.Ordinal) is var lf and >= 0 ? lf : text.Length;
        var crlf = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (crlf >= 0) headerEnd = Math.Min(headerEnd, crlf);
        var headers = text[..headerEnd];
        return headers.Contains("MIME-Version:", StringComparison.OrdinalIgnoreCase)
            && headers.Contains("multipart/related", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Extracts the first text/html part; throws <see cref="DocumentReadException"/> when there is none.</summary>
    public static MhtmlPage ExtractHtml(byte[] bytes)
    {
        // MIME headers and boundaries are ASCII; Latin-1 maps every byte to one char, so offsets stay byte offsets.
        var text = Encoding.Latin1.GetString(bytes);
        var (headers, bodyStart) = ReadHeaders(text, 0);
        var contentType = Header(headers, "Content-Type") ?? "";
        if (!contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            if (contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                return DecodePart(headers, text[bodyStart..]);
            throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                $"the web archive's top-level content type is '{contentType}', not multipart/related or text/html");
        }
        return FindHtml(text[bodyStart..], contentType)
            ?? throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                "the web archive holds no text/html part");
    }

    private static MhtmlPage? FindHtml(string body, string contentType)
    {
        var boundary = Parameter(contentType, "boundary")
            ?? throw new DocumentReadException(ReadErrorCodes.CorruptFile,
                "the web archive's multipart Content-Type names no boundary");
        var delimiter = "--" + boundary;
        var parts = body.Split(delimiter);
        // parts[0] is the preamble; a part starting with "--" is the closing delimiter's epilogue.
        foreach (var raw in parts.Skip(1))
        {
            if (raw.StartsWith("--", StringComparison.Ordinal)) break;
            var part = raw.TrimStart('\r', '\n', ' ', '\t');
            var (headers, start) = ReadHeaders(part, 0);
            var type = Header(headers, "Content-Type") ?? "text/plain";
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
                return DecodePart(headers, part[start..]);
            if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && FindHtml(part[start..], type) is { } inner)
                return inner;
        }
        return null;
    }

    private static MhtmlPage DecodePart(List<(string Name, string Value)> headers, string body)
    {
        var type = Header(headers, "Content-Type") ?? "";
        var transfer = (Header(headers, "Content-Transfer-Encoding") ?? "").Trim().ToLowerInvariant();
        // The CRLF before the next boundary belongs to the delimiter, not to the part.
        if (body.EndsWith("\r\n", StringComparison.Ordinal)) body = body[..^2];
        else if (body.EndsWith('\n')) body = body[..^1];
        var bytes = transfer switch
        {
            "quoted-printable" => DecodeQuotedPrintable(body),
            "base64" => DecodeBase64(body),
            _ => Encoding.Latin1.GetBytes(body),
        };
        return new MhtmlPage(bytes, Parameter(type, "charset"), Header(headers, "Content-Location"));
    }

    private static byte[] DecodeBase64(string body)
    {
        var compact = new StringBuilder(body.Length);
        foreach (var c in body)
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '=') compact.Append(c);
        try
        {
            return Convert.FromBase64String(compact.ToString());
        }
        catch (FormatException ex)
        {
            throw new DocumentReadException(ReadErrorCodes.CorruptFile, "the web archive's base64 page part is damaged", ex);
        }
    }

    /// <summary>RFC 2045 quoted-printable: '=XX' is a byte, '=' at a line end is a soft break.</summary>
    internal static byte[] DecodeQuotedPrintable(string body)
    {
        var output = new List<byte>(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '=')
            {
                output.Add((byte)c);
                continue;
            }
            if (i + 1 < body.Length && body[i + 1] == '\n') { i += 1; continue; }
            if (i + 2 < body.Length && body[i + 1] == '\r' && body[i + 2] == '\n') { i += 2; continue; }
            if (i + 2 < body.Length && IsHex(body[i + 1]) && IsHex(body[i + 2]))
            {
                output.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            output.Add((byte)c); // a stray '=' is kept as is, the way mail readers do
        }
        return output.ToArray();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static (List<(string Name, string Value)> Headers, int BodyStart) ReadHeaders(string text, int start)
    {
        var headers = new List<(string, string)>();
        var pos = start;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            var line = text[pos..end].TrimEnd('\r');
            pos = Math.Min(text.Length, end + 1);
            if (line.Length == 0) break;
            if ((line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var (name, value) = headers[^1];
                headers[^1] = (name, value + " " + line.Trim());
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon > 0) headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return (headers, pos);
    }

    private static string? Header(List<(string Name, string Value)> headers, string name) =>
        headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Parameter(string headerValue, string name)
    {
        foreach (Match m in HeaderParameter().Matches(headerValue))
            if (m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                return m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Groups["plain"].Value;
        return null;
    }

    [GeneratedRegex(@";\s*(?<name>[A-Za-z0-9_\-]+)\s*=\s*(?:""(?<quoted>[^""]*)""|(?<plain>[^;\s]+))")]
    private static partial Regex HeaderParameter();
}
