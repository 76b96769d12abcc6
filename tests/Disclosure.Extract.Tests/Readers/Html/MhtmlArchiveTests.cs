using System.Text;
using Disclosure.Extract.Readers;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>Single-file web archives (.mht/.mhtml) as browsers save them.</summary>
public class MhtmlArchiveTests
{
    static MhtmlArchiveTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Body =
        "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"></head><body>" +
        "<p>2022年某某街道办事处政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p>" +
        "<table><tr><td>信息内容</td><td>本年新<br>制作数量</td></tr><tr><td>规章</td><td>0</td></tr>" +
        "<tr><td>行政规范性文件</td><td>12</td></tr></table><img src=\"image001.png\" width=\"16\" height=\"16\"></body></html>";

    /// <summary>Quoted-printable as Word and IE write it: =XX for every non-ASCII byte, '=' soft breaks at 76.</summary>
    private static string QuotedPrintable(byte[] bytes)
    {
        var output = new StringBuilder();
        var lineLength = 0;
        foreach (var b in bytes)
        {
            var piece = b is >= 33 and <= 126 and not (byte)'=' ? ((char)b).ToString() : $"={b:X2}";
            if (lineLength + piece.Length > 75)
            {
                output.Append("=\r\n");
                lineLength = 0;
            }
            output.Append(piece);
            lineLength += piece.Length;
        }
        return output.ToString();
    }

    private static byte[] Archive(string htmlPart) => Encoding.ASCII.GetBytes(
        "From: <Saved by Blink>\r\nSubject: report\r\nMIME-Version: 1.0\r\n" +
        "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----=_NextPart_000_0000_01D9\"\r\n\r\n" +
        "This is a multi-part message in MIME format.\r\n\r\n" +
        "------=_NextPart_000_0000_01D9\r\n" + htmlPart + "\r\n" +
        "------=_NextPart_000_0000_01D9\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n" +
        "Content-Location: file:///C:/report_files/image001.png\r\n\r\niVBORw0KGgo=\r\n" +
        "------=_NextPart_000_0000_01D9--\r\n");

    [Fact]
    public void Quoted_printable_html_part_is_read()
    {
        var part = "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n" +
                   "Content-Location: file:///C:/report.htm\r\n\r\n" + QuotedPrintable(Encoding.UTF8.GetBytes(Body));
        var grid = HtmlTestPages.Read(Archive(part), "report.mht");
        Assert.Equal("2022年某某街道办事处政府信息公开工作年度报告", grid.Paragraphs.First().Text);
        var table = Assert.Single(grid.Tables);
        Assert.Equal("本年新\n制作数量", table.CellAt(0, 1)!.Text);
        Assert.Equal("12", table.CellAt(2, 1)!.Text);
        Assert.Empty(grid.Notes); // the 16px image is an icon, not a table
    }

    [Fact]
    public void Base64_gb2312_html_part_is_read_by_content_sniffing()
    {
        var html = Body.Replace("charset=utf-8", "charset=gb2312");
        var part = "Content-Type: text/html; charset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                   Convert.ToBase64String(Encoding.GetEncoding("GB18030").GetBytes(html), Base64FormattingOptions.InsertLineBreaks);
        var grid = ReaderRegistryRead(Archive(part), "saved-page");
        Assert.Equal("2022年某某街道办事处政府信息公开工作年度报告", grid.Paragraphs.First().Text);
        Assert.Equal("行政规范性文件", Assert.Single(grid.Tables).CellAt(2, 0)!.Text);
    }

    [Fact]
    public void Archive_without_an_html_part_is_a_clear_error()
    {
        var part = "Content-Type: text/plain\r\n\r\nhello";
        var ex = Assert.Throws<DocumentReadException>(() => HtmlTestPages.Read(Archive(part), "report.mhtml"));
        Assert.Equal(ReadErrorCodes.CorruptFile, ex.Code);
        Assert.Contains("text/html", ex.Message);
    }

    private static Disclosure.Extract.Grid.TokenGrid ReaderRegistryRead(byte[] bytes, string fileName)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mhtml-{Guid.NewGuid():N}-{fileName}");
        File.WriteAllBytes(path, bytes);
        try
        {
            return ReaderRegistry.CreateDefault().ReadFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
