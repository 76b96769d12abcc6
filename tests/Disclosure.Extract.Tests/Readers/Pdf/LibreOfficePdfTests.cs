using System.Diagnostics;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers.Pdf;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>
/// A second PDF producer: the blank 2021 template (../shared/realworld) printed to PDF by LibreOffice, whose
/// borders and fonts differ from WPS. Returns early when LibreOffice or ../shared is absent.
/// </summary>
public sealed class LibreOfficePdfTests
{
    [Fact]
    public void Blank_template_printed_by_libreoffice_keeps_every_table_and_leaves_value_cells_empty()
    {
        var docx = RealWorldPdf.Path("template2021-blank.docx");
        if (docx is null || ConvertToPdf(docx) is not { } pdf) return;

        using var stream = new MemoryStream(pdf);
        var grid = new PdfReader().Read(stream, "template2021-blank.pdf");
        var tables = grid.Tables.ToList();
        Assert.Equal(3, tables.Count);
        var applications = tables[1];
        Assert.Equal(10, applications.ColumnCount);
        Assert.Contains(applications.Cells, c => c.Text == "三、本年度办理结果" && c.Col == 0 && c.RowSpan > 10);
        Assert.Contains(applications.Cells, c => c.Text == "四、结转下年度继续办理");
        // Every value cell (right of the label columns, below the three header rows) is blank in a blank template.
        for (var r = 3; r < applications.RowCount; r++)
        for (var c = 3; c < 10; c++)
            Assert.Equal("", applications.CellAt(r, c)?.Text);
        Assert.Equal(15, tables[2].ColumnCount);
        Assert.Contains(grid.Paragraphs, p => p.Text == "三、收到和处理政府信息公开申请情况");
    }

    private static byte[]? ConvertToPdf(string docx)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null) return null;
        var work = Directory.CreateTempSubdirectory("pdf-reader-lo-");
        try
        {
            var input = Path.Combine(work.FullName, "template.docx");
            File.Copy(docx, input);
            var start = new ProcessStartInfo(soffice,
                ["-env:UserInstallation=file://" + Path.Combine(work.FullName, "profile"), "--headless", "--convert-to", "pdf", "--outdir", work.FullName, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            var output = Path.Combine(work.FullName, "template.pdf");
            return File.Exists(output) ? File.ReadAllBytes(output) : null;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
