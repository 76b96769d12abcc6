using Disclosure.Extract.Readers.Docx;
using Disclosure.Extract.Readers.Pdf;
using Disclosure.Extract.Readers.Text;

namespace Disclosure.Extract.Readers;

/// <summary>The readers the library ships; a new format is one more line here.</summary>
internal static class DefaultReaders
{
    public static IEnumerable<IDocumentReader> All()
    {
        yield return new DocxReader();
        yield return new PdfReader();
        yield return new PlainTextReader();
    }
}
