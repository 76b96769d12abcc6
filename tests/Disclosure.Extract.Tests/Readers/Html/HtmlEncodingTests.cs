using System.Text;
using System.Text.Unicode;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Readers.Html;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>Pages in the character sets Chinese portals use, declared and undeclared.</summary>
public class HtmlEncodingTests
{
    // U+20000 is outside GB2312 and GBK: only GB18030's four-byte form carries it.
    private const string Title = "2023年某某县人民政府政府信息公开工作年度报告";
    private const string RareCharacter = "\U00020000";

    static HtmlEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Gbk => Encoding.GetEncoding("GBK");
    private static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    private static string Page(string head) =>
        $"<html><head>{head}<title>{Title}</title></head><body><h1>{Title}</h1>" +
        "<p>一、总体情况</p><p>本年度主动公开政府信息1234条，办理依申请公开56件。</p>" +
        HtmlTestPages.NumberTable("第二十条第（一）项", 3, 7) + "</body></html>";

    [Fact]
    public void Gbk_page_without_declaration_is_detected_from_the_bytes()
    {
        var bytes = Gbk.GetBytes(Page(""));
        Assert.False(Utf8.IsValid(bytes)); // the premise: these bytes are not UTF-8
        var grid = HtmlTestPages.Read(bytes);
        Assert.Equal(Title, grid.Paragraphs.First().Text);
        Assert.Contains(grid.Paragraphs, p => p.Text == "本年度主动公开政府信息1234条，办理依申请公开56件。");
        Assert.Contains("第二十条第（一）项", grid.AllCellTexts());
        Assert.Equal(Title, grid.Properties[GridProperties.Title]);
    }

    [Theory]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")]
    [InlineData("<meta charset=\"GB2312\">")]
    [InlineData("<meta charset=gbk />")]
    public void Gb2312_or_gbk_declared_page_is_decoded_as_gb18030(string meta)
    {
        // Sites declare gb2312 but their editors write characters only GB18030 has.
        var html = Page(meta).Replace("<p>一、总体情况</p>", $"<p>一、总体情况{RareCharacter}</p>");
        var grid = HtmlTestPages.Read(Gb18030.GetBytes(html));
        Assert.Contains(grid.Paragraphs, p => p.Text == "一、总体情况" + RareCharacter);
        Assert.Equal(Title, grid.Paragraphs.First().Text);
    }

    [Fact]
    public void Utf8_page_with_byte_order_mark_and_no_declaration()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page(""))).ToArray();
        var grid = HtmlTestPages.Read(bytes);
        Assert.Equal(Title, grid.Paragraphs.First().Text);
    }

    [Fact]
    public void A_wrong_utf8_declaration_does_not_garble_a_gbk_page()
    {
        var grid = HtmlTestPages.Read(Gbk.GetBytes(Page("<meta charset=\"utf-8\">")));
        Assert.Equal(Title, grid.Paragraphs.First().Text);
    }

    [Fact]
    public void A_latin1_editor_default_on_a_gbk_page_is_ignored()
    {
        var grid = HtmlTestPages.Read(Gbk.GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")));
        Assert.Equal(Title, grid.Paragraphs.First().Text);
    }

    [Fact]
    public void A_stale_gb2312_declaration_does_not_garble_a_utf8_page()
    {
        var grid = HtmlTestPages.Read(Encoding.UTF8.GetBytes(Page("<meta charset=\"gb2312\">")));
        Assert.Equal(Title, grid.Paragraphs.First().Text);
    }

    [Theory]
    [InlineData("report.html", "<p>x</p>", true)]
    [InlineData("report.shtml", "<p>x</p>", true)]
    [InlineData("report.MHT", "x", true)]
    [InlineData("download", "<!DOCTYPE html><html><body>x</body></html>", true)]
    [InlineData("download", "\r\n  <html><body>x</body></html>", true)]
    [InlineData("download", "<!-- saved from url=(0041)https://www.example.gov.cn/nb/1.html -->\r\n<html>", true)]
    [InlineData("download", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n", true)]
    [InlineData("report.txt", "一、总体情况\n本年度……", false)]
    [InlineData("report.docx", "PK\u0003\u0004", false)]
    public void CanRead_by_extension_or_content(string fileName, string head, bool expected) =>
        Assert.Equal(expected, new HtmlReader().CanRead(fileName, Encoding.UTF8.GetBytes(head)));

    [Fact]
    public void Registry_picks_the_html_reader_for_a_page()
    {
        var reader = ReaderRegistry.CreateDefault().Find("report.htm", "<html>"u8);
        Assert.IsType<HtmlReader>(reader);
    }

    [Fact]
    public void Binary_bytes_named_html_are_a_clear_error()
    {
        var ex = Assert.Throws<DocumentReadException>(() =>
            HtmlTestPages.Read(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }));
        Assert.Equal(ReadErrorCodes.CorruptFile, ex.Code);
        Assert.Contains("binary", ex.Message);
    }

    [Fact]
    public void Empty_and_blank_pages_are_clear_errors()
    {
        Assert.Equal(ReadErrorCodes.EmptyFile,
            Assert.Throws<DocumentReadException>(() => HtmlTestPages.Read(Array.Empty<byte>())).Code);
        Assert.Equal(ReadErrorCodes.NotAReport,
            Assert.Throws<DocumentReadException>(() => HtmlTestPages.Read("<html><body> <script>var a=1;</script></body></html>")).Code);
    }
}
