using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Extract.Tests.Corpus;

[Collection(CorpusCollection.Name)]
public sealed class NegativeFilesTests(CorpusFixture fixture)
{
    private string Bad(string name) => Path.Combine(fixture.Directory, "bad", name);

    [Fact]
    public void Damaged_files_do_not_open_as_word_documents()
    {
        Assert.Equal(0, new FileInfo(Bad("empty.docx")).Length);
        foreach (var name in new[] { "empty.docx", "truncated.docx", "not-a-zip.docx" })
            Assert.ThrowsAny<Exception>(() => { using var _ = WordprocessingDocument.Open(Bad(name), false); });
        Assert.ThrowsAny<InvalidDataException>(() => { using var _ = new ZipArchive(File.OpenRead(Bad("truncated.docx"))); });
    }

    [Fact]
    public void The_letter_is_a_valid_word_file_with_a_table_that_is_not_a_report_table()
    {
        using var doc = WordprocessingDocument.Open(Bad("letter-with-table.docx"), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var table = Assert.Single(body.Elements<Table>());
        Assert.Equal(4, table.Elements<TableRow>().Count());
        Assert.DoesNotContain("第二十条", body.InnerText);
        Assert.DoesNotContain("申请", body.InnerText);
        Assert.DoesNotContain("政府信息公开", body.InnerText);
    }
}
