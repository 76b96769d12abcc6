using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Docx;

/// <summary>Reads Word 2007+ (.docx) files with DocumentFormat.OpenXml.</summary>
public sealed class DocxReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    public TokenGrid Read(Stream content, string fileName) => throw new NotImplementedException();
}
