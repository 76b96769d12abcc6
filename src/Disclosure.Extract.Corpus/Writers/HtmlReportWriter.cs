using System.Globalization;
using System.Net;
using System.Text;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;

namespace Disclosure.Extract.Corpus.Writers;

/// <summary>The kind of web page a report is published as.</summary>
public enum HtmlPageStyle
{
    /// <summary>A government portal page: header, navigation, breadcrumbs, share buttons, related articles, footer, scripts.</summary>
    Portal,
    /// <summary>A page saved from Word ("Web page, filtered"): MsoNormal paragraphs, o:p, mso- styles, conditional comments.</summary>
    WordExport,
    /// <summary>The article markup alone, without html/head/body.</summary>
    Fragment,
    /// <summary>A portal page encoded in GBK/GB18030 that declares &lt;meta charset="gb2312"&gt;.</summary>
    GbkDeclared,
    /// <summary>A GBK/GB18030-encoded page that declares no character set at all.</summary>
    GbkUndeclared,
    /// <summary>A single-file web archive (.mht): MIME multipart/related, the page quoted-printable.</summary>
    Mht,
}

/// <summary>How chapter headings are marked up.</summary>
public enum HtmlHeadingStyle
{
    /// <summary>&lt;p&gt;&lt;strong&gt;heading&lt;/strong&gt;&lt;/p&gt;.</summary>
    Strong,
    /// <summary>&lt;h3&gt;heading&lt;/h3&gt;.</summary>
    H3,
    /// <summary>Every paragraph between two tables is a text line of one &lt;div&gt;, separated by &lt;br&gt;.</summary>
    BrLines,
}

/// <summary>How one report is published as HTML; <see cref="PublishedOn"/> is the date the portal chrome shows.</summary>
public sealed record HtmlRendering(HtmlPageStyle Page, HtmlHeadingStyle Headings, DateOnly PublishedOn, bool TablesAsImages = false)
{
    public string Extension => Page == HtmlPageStyle.Mht ? ".mht" : ".html";
}

/// <summary>
/// Prints a laid-out report as a web page: the Word tables as HTML tables with colspan (gridSpan) and rowspan (a vMerge
/// restart and the continuation cells below it), line breaks in cells as &lt;br&gt;, cell text exactly as in the spec.
/// </summary>
public static class HtmlReportWriter
{
    public static byte[] Write(ReportDocument document, string title, HtmlRendering rendering)
    {
        var article = Article(document, rendering);
        return rendering.Page switch
        {
            HtmlPageStyle.Fragment => Utf8(article),
            HtmlPageStyle.WordExport => Utf8(WordPage(title, article)),
            HtmlPageStyle.GbkDeclared => Gbk(PortalPage(title, article, rendering.PublishedOn, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n<meta charset=\"gb2312\">")),
            HtmlPageStyle.GbkUndeclared => Gbk(PortalPage(title, article, rendering.PublishedOn, "")),
            HtmlPageStyle.Mht => Mht(PortalPage(title, article, rendering.PublishedOn, "<meta charset=\"utf-8\">"), rendering.PublishedOn),
            _ => Utf8(PortalPage(title, article, rendering.PublishedOn, "<meta charset=\"utf-8\">")),
        };
    }

    private static byte[] Utf8(string html) => new UTF8Encoding(false).GetBytes(html);

    private static byte[] Gbk(string html)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(html);
    }

    private static string Escape(string text)
    {
        var sb = new StringBuilder();
        foreach (var line in text.Split('\n').Select((l, i) => (l, i)))
        {
            if (line.i > 0) sb.Append("<br>");
            // NBSP as an entity: a GB2312 page cannot hold U+00A0 as a byte.
            sb.Append(WebUtility.HtmlEncode(line.l).Replace("\u00A0", "&nbsp;").Replace("&#160;", "&nbsp;"));
        }
        return sb.ToString();
    }

    // ---- the article --------------------------------------------------------------------------------------------
    private static string Article(ReportDocument document, HtmlRendering r)
    {
        var word = r.Page == HtmlPageStyle.WordExport;
        var sb = new StringBuilder();
        sb.Append(word ? "<div class=WordSection1 style='layout-grid:15.6pt'>\n" : "<div class=\"article-content\" id=\"zoom\">\n");
        var lines = new List<string>();
        void FlushLines()
        {
            if (lines.Count == 0) return;
            sb.Append("<div class=\"TRS_Editor\">").Append(string.Join("<br>\n", lines)).Append("</div>\n");
            lines.Clear();
        }
        var tableIndex = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportParagraph p when r.Headings == HtmlHeadingStyle.BrLines && !word:
                    lines.Add(p.Spec.Text.Length == 0 ? "" : (p.Spec.Role == ParagraphRole.Body ? "&nbsp;&nbsp;&nbsp;&nbsp;" : "") + Escape(p.Spec.Text));
                    break;
                case ReportParagraph p:
                    sb.Append(word ? WordParagraph(p.Spec) : HtmlParagraph(p.Spec, r.Headings)).Append('\n');
                    break;
                case ReportTable t:
                    FlushLines();
                    tableIndex++;
                    if (r.TablesAsImages)
                        sb.Append($"<p style=\"text-align:center\"><img src=\"/uploads/2021/01/report_table{tableIndex}.png\" width=\"600\" alt=\"\"></p>\n");
                    else
                        sb.Append(word ? WordTable(t) : HtmlTable(t)).Append('\n');
                    break;
            }
        }
        FlushLines();
        sb.Append("</div>\n");
        return sb.ToString();
    }

    private static string HtmlParagraph(ParagraphSpec p, HtmlHeadingStyle headings)
    {
        if (p.Text.Length == 0) return "<p>&nbsp;</p>";
        var text = Escape(p.Text);
        return p.Role switch
        {
            ParagraphRole.Title => $"<p style=\"text-align:center\"><strong><span style=\"font-size:22px\">{text}</span></strong></p>",
            ParagraphRole.Heading when headings == HtmlHeadingStyle.H3 => $"<h3>{text}</h3>",
            ParagraphRole.Heading => $"<p><strong>{text}</strong></p>",
            ParagraphRole.SubHeading => $"<p style=\"text-indent:2em\"><strong>{text}</strong></p>",
            ParagraphRole.Signature => $"<p style=\"text-align:right\">{text}</p>",
            _ => p.Align == ParagraphAlignment.Center ? $"<p style=\"text-align:center\">{text}</p>" : $"<p style=\"text-indent:2em\">{text}</p>",
        };
    }

    private static string WordParagraph(ParagraphSpec p)
    {
        if (p.Text.Length == 0) return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>";
        var text = Escape(p.Text);
        return p.Role switch
        {
            ParagraphRole.Title => $"<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly;line-height:35.0pt'><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"'>{text}<span lang=EN-US><o:p></o:p></span></span></p>",
            ParagraphRole.Heading => $"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-size:16.0pt;font-family:黑体;mso-ascii-font-family:\"Times New Roman\"'>{text}<span lang=EN-US><o:p></o:p></span></span></p>",
            ParagraphRole.Signature => $"<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{text}<span lang=EN-US><o:p></o:p></span></span></p>",
            _ => $"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span lang=EN-US style='font-size:16.0pt'>&nbsp;&nbsp;</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{text}<span lang=EN-US><o:p></o:p></span></span></p>",
        };
    }

    /// <summary>
    /// A Word table as (cell, rowspan) per row: a restart cell spans itself and the continuation cells below it in the
    /// same grid column; continuation cells are not written.
    /// </summary>
    private static List<List<(ReportCell Cell, int RowSpan)>> SpannedRows(ReportTable table)
    {
        var starts = table.Rows.Select(row =>
        {
            var map = new Dictionary<int, ReportCell>();
            var column = 0;
            foreach (var cell in row.Cells) { map[column] = cell; column += cell.GridSpan; }
            return map;
        }).ToList();
        var result = new List<List<(ReportCell, int)>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = new List<(ReportCell, int)>();
            foreach (var (column, cell) in starts[r])
            {
                if (cell.Merge == MergeState.Continue) continue;
                var span = 1;
                if (cell.Merge == MergeState.Restart)
                    while (r + span < table.Rows.Count && starts[r + span].TryGetValue(column, out var below) && below.Merge == MergeState.Continue)
                        span++;
                cells.Add((cell, span));
            }
            result.Add(cells);
        }
        return result;
    }

    private static string Spans(ReportCell cell, int rowSpan) =>
        (cell.GridSpan > 1 ? $" colspan=\"{cell.GridSpan}\"" : "") + (rowSpan > 1 ? $" rowspan=\"{rowSpan}\"" : "");

    private static string HtmlTable(ReportTable table)
    {
        var sb = new StringBuilder("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;width:100%\">\n<tbody>\n");
        foreach (var row in SpannedRows(table))
        {
            sb.Append("<tr>");
            foreach (var (cell, rowSpan) in row)
                sb.Append("<td").Append(Spans(cell, rowSpan)).Append(cell.IsLabel ? "" : " style=\"text-align:center\"").Append('>')
                  .Append(cell.Text.Length == 0 ? "" : Escape(cell.Text)).Append("</td>");
            sb.Append("</tr>\n");
        }
        return sb.Append("</tbody>\n</table>").ToString();
    }

    private static string WordTable(ReportTable table)
    {
        var sb = new StringBuilder("<div align=center>\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 2.85pt 0cm 2.85pt'>\n");
        var rows = SpannedRows(table);
        for (var r = 0; r < rows.Count; r++)
        {
            sb.Append($" <tr style='mso-yfti-irow:{r};height:22.7pt'>\n");
            foreach (var (cell, rowSpan) in rows[r])
            {
                var width = cell.GridSpan * 40;
                sb.Append($"  <td width={width}").Append(Spans(cell, rowSpan).Replace("\"", ""))
                  .Append(" valign=middle style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 2.85pt 0cm 2.85pt;height:22.7pt'>\n")
                  .Append("  <p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly;line-height:14.0pt'>")
                  .Append(WordCellText(cell.Text))
                  .Append("<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>\n  </td>\n");
            }
            sb.Append(" </tr>\n");
        }
        return sb.Append("</table>\n</div>").ToString();
    }

    /// <summary>Word splits a cell's text into several runs (language and proofing changes): two spans per line here.</summary>
    private static string WordCellText(string text)
    {
        if (text.Length == 0) return "<span lang=EN-US style='font-size:10.5pt'>&nbsp;</span>";
        var sb = new StringBuilder();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append("<span lang=EN-US style='font-size:10.5pt'><br></span>");
            var line = lines[i];
            var cut = line.Length / 2;
            if (cut > 0 && char.IsHighSurrogate(line[cut - 1])) cut++;
            if (cut > 0 && cut < line.Length)
                sb.Append("<span style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>").Append(Escape(line[..cut])).Append("</span>")
                  .Append("<span style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>").Append(Escape(line[cut..])).Append("</span>");
            else
                sb.Append("<span lang=EN-US style='font-size:10.5pt;font-family:宋体'>").Append(Escape(line)).Append("</span>");
        }
        return sb.ToString();
    }

    // ---- pages -----------------------------------------------------------------------------------------------
    private static string PortalPage(string title, string article, DateOnly published, string charsetMeta)
    {
        var t = Escape(title);
        var date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            {{charsetMeta}}
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="ArticleTitle" content="{{t}}">
            <title>{{t}}_政府信息公开年报_政务公开</title>
            <link rel="stylesheet" href="/static/css/common.css">
            <script src="/static/js/jquery.min.js"></script>
            <script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.example.gov.cn/hm.js"; })();</script>
            </head>
            <body>
            <div class="top-bar"><div class="w1200"><span>欢迎访问本网站</span><a href="/wza/">无障碍</a> | <a href="/yjfk/">长者模式</a> | <a href="/en/">English</a></div></div>
            <div class="header"><div class="logo"><img src="/static/images/logo.png" alt="人民政府门户网站"></div>
            <div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxx/">走进本地</a></li></ul></div>
            <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
            <div class="main w1200">
            <div class="article">
            <h1 class="article-title">{{t}}</h1>
            <div class="article-info"><span>发布日期：{{date}}</span><span>来源：本网</span><span>浏览次数：<em id="hits">1024</em></span><span>字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
            {{article}}<div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
            <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
            </div>
            <div class="related"><h4>相关文章</h4><ul>
            <li><a href="/zwgk/ndbg/1.html">关于印发本年度政务公开工作要点的通知</a><span>2020-04-10</span></li>
            <li><a href="/zwgk/ndbg/2.html">政府信息公开指南</a><span>2019-12-02</span></li>
            <li><a href="/zwgk/ndbg/3.html">政府信息公开制度汇编</a><span>2019-06-18</span></li>
            </ul></div>
            </div>
            <div class="footer"><p>主办单位：人民政府办公室　承办单位：大数据中心</p><p>网站标识码：0000000000　ICP备案号：京ICP备00000000号　公安机关备案号：00000000000000</p><p>联系电话：0000-00000000　建议使用1280×768分辨率浏览</p></div>
            <script src="/static/js/share.js"></script>
            <script>function doZoom(size){ document.getElementById("zoom").style.fontSize = size + "px"; }</script>
            </body>
            </html>

            """.Replace("\r\n", "\n");
    }

    private static string WordPage(string title, string article) => $$"""
        <html xmlns:v="urn:schemas-microsoft-com:vml"
        xmlns:o="urn:schemas-microsoft-com:office:office"
        xmlns:w="urn:schemas-microsoft-com:office:word"
        xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
        xmlns="http://www.w3.org/TR/REC-html40">

        <head>
        <meta http-equiv=Content-Type content="text/html; charset=utf-8">
        <meta name=ProgId content=Word.Document>
        <meta name=Generator content="Microsoft Word 15">
        <meta name=Originator content="Microsoft Word 15">
        <title>{{Escape(title)}}</title>
        <!--[if gte mso 9]><xml>
         <o:DocumentProperties>
          <o:Author>Administrator</o:Author>
          <o:Revision>2</o:Revision>
         </o:DocumentProperties>
        </xml><![endif]-->
        <!--[if gte mso 9]><xml>
         <w:WordDocument>
          <w:View>Print</w:View>
          <w:SpellingState>Clean</w:SpellingState>
          <w:DocumentKind>DocumentNotSpecified</w:DocumentKind>
          <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
         </w:WordDocument>
        </xml><![endif]-->
        <style>
        <!--
         /* Style Definitions */
         p.MsoNormal, li.MsoNormal, div.MsoNormal
        	{mso-style-unhide:no;
        	mso-style-qformat:yes;
        	margin:0cm;
        	text-align:justify;
        	text-justify:inter-ideograph;
        	mso-pagination:none;
        	font-size:10.5pt;
        	font-family:"Times New Roman",serif;
        	mso-fareast-font-family:宋体;}
        @page WordSection1
        	{size:595.3pt 841.9pt;
        	margin:104.9pt 73.7pt 99.2pt 79.35pt;
        	mso-header-margin:42.55pt;
        	mso-footer-margin:49.6pt;
        	mso-paper-source:0;
        	layout-grid:15.6pt;}
        div.WordSection1
        	{page:WordSection1;}
        -->
        </style>
        <!--[if gte mso 10]>
        <style>
         table.MsoNormalTable
        	{mso-style-name:普通表格;
        	mso-tstyle-rowband-size:0;
        	mso-tstyle-colband-size:0;}
        </style>
        <![endif]-->
        </head>

        <body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

        {{article}}
        </body>

        </html>

        """.Replace("\r\n", "\n");

    /// <summary>A browser's "save as single file": one text/html part, quoted-printable, under multipart/related.</summary>
    private static byte[] Mht(string html, DateOnly published)
    {
        const string boundary = "----=_NextPart_000_0000_01D6EF00.5A3B2C10";
        var sb = new StringBuilder();
        sb.Append("From: <Saved by Blink>\r\n")
          .Append("Snapshot-Content-Location: http://www.example.gov.cn/zwgk/ndbg/report.html\r\n")
          .Append("Subject: =?utf-8?Q?=E6=94=BF=E5=BA=9C=E4=BF=A1=E6=81=AF=E5=85=AC=E5=BC=80?=\r\n")
          .Append("Date: ").Append(published.ToString("ddd, d MMM yyyy", CultureInfo.InvariantCulture)).Append(" 10:00:00 +0800\r\n")
          .Append("MIME-Version: 1.0\r\n")
          .Append($"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n")
          .Append("This is a multi-part message in MIME format.\r\n\r\n")
          .Append($"--{boundary}\r\n")
          .Append("Content-Type: text/html; charset=\"utf-8\"\r\n")
          .Append("Content-Transfer-Encoding: quoted-printable\r\n")
          .Append("Content-Location: http://www.example.gov.cn/zwgk/ndbg/report.html\r\n\r\n")
          .Append(QuotedPrintable(Encoding.UTF8.GetBytes(html)))
          .Append("\r\n\r\n")
          .Append($"--{boundary}\r\n")
          .Append("Content-Type: text/css\r\n")
          .Append("Content-Transfer-Encoding: quoted-printable\r\n")
          .Append("Content-Location: http://www.example.gov.cn/static/css/common.css\r\n\r\n")
          .Append(QuotedPrintable(Encoding.UTF8.GetBytes("body { font-family: \"Microsoft YaHei\"; }\n.article-content td { border: 1px solid #000; }\n")))
          .Append("\r\n\r\n")
          .Append($"--{boundary}--\r\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>RFC 2045 quoted-printable with CRLF line ends and soft breaks before column 76.</summary>
    private static string QuotedPrintable(byte[] bytes)
    {
        var sb = new StringBuilder();
        var lineLength = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                sb.Append("\r\n");
                lineLength = 0;
                continue;
            }
            var nextIsLineEnd = i + 1 >= bytes.Length || bytes[i + 1] == (byte)'\n';
            var literal = (b >= 33 && b <= 126 && b != (byte)'=') || (b == (byte)' ' && !nextIsLineEnd);
            var token = literal ? ((char)b).ToString() : $"={b:X2}";
            if (lineLength + token.Length > 75)
            {
                sb.Append("=\r\n");
                lineLength = 0;
            }
            sb.Append(token);
            lineLength += token.Length;
        }
        return sb.ToString();
    }
}
