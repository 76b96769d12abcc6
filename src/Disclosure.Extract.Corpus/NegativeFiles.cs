using System.Text;
using Disclosure.Extract.Corpus.Writers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Extract.Corpus;

/// <summary>
/// Files a reader must refuse or an extractor must not mistake for a report (no truth files): a damaged Word file,
/// an empty file, a file named .docx that is not a zip, and a real Word letter whose table holds unrelated data.
/// </summary>
public static class NegativeFiles
{
    private static readonly DocxProperties LetterProperties = new("关于召开季度工作例会的通知", "综合办公室", new DateTime(2024, 3, 4, 9, 0, 0, DateTimeKind.Utc));

    public static IEnumerable<(string Name, byte[] Bytes)> All()
    {
        var letter = Letter();
        yield return ("letter-with-table.docx", letter);
        // The zip's central directory is cut off, as after an interrupted download.
        yield return ("truncated.docx", letter[..(letter.Length / 2)]);
        yield return ("empty.docx", []);
        yield return ("not-a-zip.docx", Encoding.UTF8.GetBytes("这不是一个Word文件。This file only has a .docx name.\n"));
    }

    private static byte[] Letter()
    {
        static Paragraph P(string text, JustificationValues? align = null)
        {
            var p = new Paragraph();
            if (align is { } a) p.Append(new ParagraphProperties(new Justification { Val = a }));
            p.Append(new Run(new Text(text)));
            return p;
        }
        static TableCell Cell(string text) => new(new TableCellProperties(new TableCellWidth { Width = "2200", Type = TableWidthUnitValues.Dxa }), P(text));
        var table = new Table(
            new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = "8800", Type = TableWidthUnitValues.Dxa }),
            new TableGrid(Enumerable.Range(0, 4).Select(_ => new GridColumn { Width = "2200" })));
        string[][] rows =
        [
            ["时间", "议题", "汇报单位", "参会人数"],
            ["9:00", "一季度工作总结", "综合科", "12"],
            ["9:40", "二季度工作安排", "业务科", "15"],
            ["10:20", "安全生产检查", "安全办", "8"],
        ];
        foreach (var row in rows) table.Append(new TableRow(row.Select(Cell)));
        OpenXmlElement[] body =
        [
            P("关于召开季度工作例会的通知", JustificationValues.Center),
            P("各科室："),
            P("经研究，定于下周一上午召开季度工作例会，请各科室负责人准时参加。会议安排如下："),
            table,
            P("请各科室提前准备汇报材料，会后报送综合办公室。"),
            P("综合办公室", JustificationValues.Right),
            P("2024年3月4日", JustificationValues.Right),
        ];
        return DocxReportWriter.WriteBody(body, LetterProperties);
    }
}
