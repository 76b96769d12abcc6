using System.Text;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Readers.Pdf;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>Files the PDF reader cannot read give a coded, explained error; detection by magic bytes or extension.</summary>
public sealed class PdfReaderErrorTests
{
    // A 1x1 PNG: a page carrying only this is what a scanner produces, minus the resolution.
    private static readonly byte[] Pixel = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static DocumentReadException ReadFails(byte[] bytes) =>
        Assert.Throws<DocumentReadException>(() => new PdfReader().Read(new MemoryStream(bytes), "x.pdf"));

    [Fact]
    public void Pages_with_images_and_no_text_are_reported_as_scanned()
    {
        var bytes = new GeneratedPdf().Page().Png(Pixel, 50, 50, 495, 740).Page().Png(Pixel, 50, 50, 495, 740).Bytes();
        var error = ReadFails(bytes);
        Assert.Equal(ReadErrorCodes.ScannedPdf, error.Code);
        Assert.Contains("no extractable text", error.Message);
        Assert.Contains("2 page", error.Message);

        // A page number stamped on each scanned page does not make it a text PDF.
        var stamped = new GeneratedPdf().Page().Png(Pixel, 50, 50, 495, 740).Text("- 1 -", 290, 30)
            .Page().Png(Pixel, 50, 50, 495, 740).Text("- 2 -", 290, 30).Bytes();
        Assert.Equal(ReadErrorCodes.ScannedPdf, ReadFails(stamped).Code);
    }

    [Fact]
    public void An_image_only_page_among_text_pages_is_noted_not_fatal()
    {
        var grid = new GeneratedPdf().Page().Text("Report", 50, 700).Page().Png(Pixel, 50, 50, 495, 740).Read();
        Assert.Equal("Report", Assert.Single(grid.Paragraphs).Text);
        Assert.Contains(grid.Notes, n => n.Message.Contains("page 2"));
    }

    [Fact]
    public void A_password_protected_pdf_is_reported_as_encrypted()
    {
        var error = ReadFails(EncryptedPdf());
        Assert.Equal(ReadErrorCodes.EncryptedFile, error.Code);
        Assert.Contains("encrypted", error.Message);
    }

    [Fact]
    public void Damaged_bytes_are_reported_as_corrupt()
    {
        var error = ReadFails(Encoding.ASCII.GetBytes("%PDF-1.7\nthis is not really a pdf\n"));
        Assert.Equal(ReadErrorCodes.CorruptFile, error.Code);
        Assert.Contains("damaged", error.Message);
    }

    [Fact]
    public void Recognized_by_magic_bytes_or_extension_and_registered_by_default()
    {
        var reader = new PdfReader();
        Assert.True(reader.CanRead("download.bin", "%PDF-1.7\n"u8));
        Assert.True(reader.CanRead("report.PDF", "garbage"u8));
        Assert.False(reader.CanRead("report.docx", "PK\u0003\u0004"u8));

        var path = Path.Combine(Path.GetTempPath(), $"pdf-reader-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, new GeneratedPdf().Page().Text("Hello", 50, 700).Bytes());
        try
        {
            var grid = ReaderRegistry.CreateDefault().ReadFile(path);
            Assert.Equal(SourceFormat.Pdf, grid.Format);
            Assert.Equal("Hello", Assert.Single(grid.Paragraphs).Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A minimal PDF whose standard security handler accepts neither the empty nor any other password we know.</summary>
    private static byte[] EncryptedPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{string.Concat(Enumerable.Repeat("11", 32))}> /U <{string.Concat(Enumerable.Repeat("22", 32))}> /P -4 >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        var id = string.Concat(Enumerable.Repeat("ab", 16));
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
