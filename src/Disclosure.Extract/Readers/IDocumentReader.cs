using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers;

/// <summary>Turns one file format into a <see cref="TokenGrid"/>; knows nothing of what the tables mean.</summary>
public interface IDocumentReader
{
    SourceFormat Format { get; }

    /// <summary>True when the bytes look like this reader's format (magic bytes first, extension second).</summary>
    bool CanRead(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Reads the document; throws <see cref="DocumentReadException"/> with a code when it cannot.</summary>
    TokenGrid Read(Stream content, string fileName);
}

/// <summary>A file that cannot be read as a report, with a stable code for batch summaries.</summary>
public sealed class DocumentReadException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
}

/// <summary>Stable error codes readers and the pipeline use.</summary>
public static class ReadErrorCodes
{
    public const string EmptyFile = "EMPTY_FILE";
    public const string UnsupportedFormat = "UNSUPPORTED_FORMAT";
    public const string CorruptFile = "CORRUPT_FILE";
    public const string EncryptedFile = "ENCRYPTED_FILE";
    public const string ScannedPdf = "SCANNED_PDF";
    public const string NotAReport = "NOT_A_REPORT";
    public const string TableAsImage = "TABLE_AS_IMAGE";
}
