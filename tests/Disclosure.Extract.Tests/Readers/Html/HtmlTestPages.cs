using System.Text;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers.Html;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>Reads synthetic pages written inline by the tests, and builds the small report parts they share.</summary>
internal static class HtmlTestPages
{
    public static TokenGrid Read(byte[] bytes, string fileName = "page.html") =>
        new HtmlReader().Read(new MemoryStream(bytes), fileName);

    public static TokenGrid Read(string html, string fileName = "page.html") =>
        Read(Encoding.UTF8.GetBytes(html), fileName);

    /// <summary>A small statistics-like table: a caption row, a header row and numeric rows.</summary>
    public static string NumberTable(string caption, int rows, int seed) =>
        $"<table border=\"1\"><tbody><tr><td colspan=\"3\">{caption}</td></tr><tr><td>项目</td><td>数量</td><td>金额</td></tr>"
        + string.Concat(Enumerable.Range(1, rows).Select(i => $"<tr><td>第{i}项</td><td>{seed + i}</td><td>{seed * i}</td></tr>"))
        + "</tbody></table>";

    public static string Paragraphs(string topic, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i =>
            $"<p>{topic}第{i}段：本机关认真贯彻落实条例要求，持续推进政务公开工作，不断完善工作机制，提高公开质量和实效，回应社会关切。</p>"));

    public static IEnumerable<string> AllCellTexts(this TokenGrid grid) =>
        grid.Tables.SelectMany(t => t.Cells).Select(c => c.Text);
}
