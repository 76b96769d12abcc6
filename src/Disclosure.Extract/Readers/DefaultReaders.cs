using Disclosure.Extract.Readers.Docx;
using Disclosure.Extract.Readers.Html;
using Disclosure.Extract.Readers.Pdf;
using Disclosure.Extract.Readers.Text;

namespace Disclosure.Extract.Readers;

/// <summary>The readers the library ships; a new format is one more line here.</summary>
internal static class DefaultReaders
{
    public static IEnumerable<IDocumentReader> All()
    {
        // Magic-byte readers first: a PDF or a Word file named .txt is still read as what it is.
        yield return new DocxReader();
        yield return new PdfReader();
        yield return new HtmlReader();
        yield return new PlainTextReader();
    }
}
