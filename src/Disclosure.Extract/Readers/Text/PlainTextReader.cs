using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Readers.Text;

/// <summary>Reads the plain-text rendering of a report (template.md §5.1: a table cell per tab-led line).</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Text;

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public TokenGrid Read(Stream content, string fileName) => throw new NotImplementedException();
}
