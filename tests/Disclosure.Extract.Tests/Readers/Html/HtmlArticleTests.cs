using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>Finding the report inside a portal page, page metadata, and tables pasted as images.</summary>
public class HtmlArticleTests
{
    private const string ReportTitle = "某某市生态环境局2021年政府信息公开工作年度报告";

    // Chrome a portal wraps around every article: none of these strings may reach the grid.
    private static readonly string[] ChromeTexts =
    [
        "首页", "政民互动", "办事服务", "网站地图", "无障碍浏览", "当前位置", "来源：本站", "字号", "打印本页", "关闭窗口", "分享到",
        "相关文章", "2020年度报告回顾", "主办单位", "网站标识码", "备案号", "联系我们", "扫一扫",
    ];

    private static string PortalPage(string article, string extraHead = "") => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8">
        <title>{{ReportTitle}}_某某市人民政府门户网站</title>{{extraHead}}
        <script>var _hmt = _hmt || []; document.write("首页统计");</script>
        <style>.nav li { float: left; } /* 备案号 */</style>
        </head><body>
        <div class="top-bar"><a href="/">首页</a> | <a href="/map">网站地图</a> | <a href="/wza">无障碍浏览</a></div>
        <div class="header"><img src="/logo.png" width="400" height="90"><ul class="nav">
          <li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hd">政民互动</a></li>
          <li><a href="/fw">办事服务</a></li><li><a href="/zl">走进某某</a></li></ul></div>
        <div class="main">
          <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/nb">年度报告</a></div>
          <div class="detail">
            <h1 class="detail-title">{{ReportTitle}}</h1>
            <div class="detail-info"><span>发布时间：2022-01-28 09:30</span> <span>来源：本站</span>
              <span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
            <div class="detail-content" id="zoom">
        {{article}}
            </div>
            <div class="share-bar">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
            <div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
          </div>
          <div class="related"><h3>相关文章</h3><ul><li><a href="/a1">某某市生态环境局2020年度报告回顾</a></li>
            <li><a href="/a2">关于做好政务公开工作的通知</a></li><li><a href="/a3">某某市2021年政务公开要点</a></li></ul></div>
        </div>
        <div class="footer"><p>主办单位：某某市人民政府办公室　承办单位：某某市大数据中心</p>
          <p>网站标识码：1234000001　备案号：某ICP备12345678号</p><p><a href="/lx">联系我们</a></p>
          <div class="ewm"><img src="/qr.png" width="100" height="100"><p>扫一扫在手机打开当前页</p></div></div>
        </body></html>
        """;

    private static string Article =>
        "<p>一、总体情况</p>" + HtmlTestPages.Paragraphs("总体情况", 3) +
        "<p><strong>二、主动公开政府信息情况</strong></p>" + HtmlTestPages.NumberTable("第二十条第（一）项", 6, 2) +
        "<p>三、收到和处理政府信息公开申请情况</p>" + HtmlTestPages.NumberTable("申请人情况", 20, 5) +
        "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + HtmlTestPages.NumberTable("行政复议", 3, 1) +
        "<p>五、存在的主要问题及改进情况</p>" + HtmlTestPages.Paragraphs("改进", 2) +
        "<p>六、其他需要报告的事项</p><p>无。</p>";

    [Fact]
    public void Portal_chrome_is_dropped_and_the_title_above_the_article_is_kept()
    {
        var grid = HtmlTestPages.Read(PortalPage(Article));
        var texts = grid.Paragraphs.Select(p => p.Text).Concat(grid.AllCellTexts()).ToList();
        foreach (var chrome in ChromeTexts)
            Assert.False(texts.Any(t => t.Contains(chrome)),
                $"chrome text '{chrome}' leaked: {texts.FirstOrDefault(t => t.Contains(chrome))}");
        Assert.Equal(ReportTitle, grid.Paragraphs.First().Text);
        Assert.Equal("一、总体情况", grid.Paragraphs.ElementAt(1).Text);
        Assert.Equal("六、其他需要报告的事项", grid.Paragraphs.ElementAt(grid.Paragraphs.Count() - 2).Text);
        Assert.Equal(3, grid.Tables.Count(t => t.RowCount > 3));
        Assert.Empty(grid.Notes);
    }

    [Fact]
    public void Page_title_and_stated_publication_date_become_properties()
    {
        var grid = HtmlTestPages.Read(PortalPage(Article));
        Assert.Equal(ReportTitle + "_某某市人民政府门户网站", grid.Properties[GridProperties.Title]);
        Assert.Equal("2022-01-28", grid.Properties[GridProperties.PublishedDate]);
    }

    [Theory]
    [InlineData("<meta name=\"PubDate\" content=\"2022-01-27 16:02\">", "2022-01-27")]
    [InlineData("<meta property=\"article:published_time\" content=\"2022-01-26T08:00:00+08:00\">", "2022-01-26")]
    [InlineData("<meta name=\"publishdate\" content=\"2022年1月25日\">", "2022-01-25")]
    public void Date_meta_tags_are_read(string meta, string expected) =>
        Assert.Equal(expected, HtmlTestPages.Read(PortalPage(Article, meta)).Properties[GridProperties.PublishedDate]);

    [Fact]
    public void A_page_without_a_stated_date_gets_no_date_property()
    {
        var grid = HtmlTestPages.Read($"<html><body><p>{ReportTitle}</p>{Article}<p>2022年1月20日</p></body></html>");
        Assert.False(grid.Properties.ContainsKey(GridProperties.PublishedDate));
        Assert.False(grid.Properties.ContainsKey(GridProperties.Title));
    }

    [Fact]
    public void Br_separated_lines_become_separate_paragraphs()
    {
        var grid = HtmlTestPages.Read(
            "<html><body><p>一、总体情况<br>本年度工作平稳推进。<br/><br/>（一）主动公开<br>\n  公开信息100条。</p>" +
            "<div>二、主动公开政府信息情况<br><span>详见下表</span></div></body></html>");
        Assert.Equal(["一、总体情况", "本年度工作平稳推进。", "（一）主动公开", "公开信息100条。", "二、主动公开政府信息情况", "详见下表"],
            grid.Paragraphs.Select(p => p.Text));
        Assert.All(grid.Paragraphs.Take(4), p => Assert.Equal("body > p", p.Source.Path));
    }

    [Fact]
    public void Whitespace_only_paragraphs_are_dropped_but_nbsp_inside_text_stays()
    {
        var grid = HtmlTestPages.Read(
            "<html><body><p>&nbsp;</p><p>　</p><p>一、总体情况&nbsp;</p><p>\n  本机关\n  全年公开&nbsp;&nbsp;12条</p></body></html>");
        Assert.Equal(["一、总体情况\u00A0", "本机关 全年公开\u00A0\u00A012条"], grid.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Tables_pasted_as_images_are_reported()
    {
        var article =
            "<p>一、总体情况</p>" + HtmlTestPages.Paragraphs("总体情况", 3) +
            "<p>二、主动公开政府信息情况</p><p style=\"text-align:center\"><img src=\"/upload/2022/t1.png\" width=\"600\"></p>" +
            "<p>三、收到和处理政府信息公开申请情况</p><p><img src=\"/upload/2022/t2.jpg\" style=\"width:100%\"></p>" +
            "<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src=\"/upload/2022/t3.jpg\"></p>" +
            "<p>五、存在的主要问题及改进情况</p>" + HtmlTestPages.Paragraphs("改进", 2);
        var grid = HtmlTestPages.Read(PortalPage(article));
        var note = Assert.Single(grid.Notes);
        Assert.Equal(ReadErrorCodes.TableAsImage, note.Code);
        Assert.Contains("3 image(s)", note.Message);
        Assert.Contains("t1.png", note.Message);
        Assert.Contains("二、主动公开政府信息情况", note.Message);
        // The reader stays format-level: the text around the images is still read, the chrome still dropped.
        Assert.Equal(ReportTitle, grid.Paragraphs.First().Text);
        Assert.DoesNotContain(grid.Paragraphs, p => p.Text.Contains("备案号"));
    }

    [Fact]
    public void Icons_and_photos_beside_real_tables_are_not_reported()
    {
        var article = Article.Replace("<p>一、总体情况</p>", "<p>一、总体情况<img src=\"/icon.gif\" width=\"12\" height=\"12\"><img src=\"/dot.png\" style=\"width: 8px;height:8px\"></p>")
                      + "<p><img src=\"/photo.jpg\" width=\"500\"></p>";
        Assert.Empty(HtmlTestPages.Read(PortalPage(article)).Notes);
        // Without any table, icons alone are still no reason for a note.
        var textOnly = "<p>一、总体情况<img src=\"/icon.gif\" width=\"12\" height=\"12\"><img src=\"/dot.png\" style=\"width: 8px;height:8px\"></p>"
                       + HtmlTestPages.Paragraphs("总体情况", 4);
        Assert.Empty(HtmlTestPages.Read(PortalPage(textOnly)).Notes);
    }

    [Fact]
    public void Article_in_a_layout_table_cell_is_found()
    {
        var page =
            "<html><head><title>年报</title></head><body><table width=\"980\"><tr>" +
            string.Concat(new[] { "首页", "政务公开", "政民互动", "办事服务", "走进某某", "专题专栏" }.Select(n => $"<td><a href=\"/{n.Length}\">{n}</a></td>")) +
            "</tr><tr><td colspan=\"6\"><table>" +
            "<tr><td width=\"200\"><ul><li><a href=\"/1\">机构概况</a></li><li><a href=\"/2\">政策文件</a></li><li><a href=\"/3\">规划计划</a></li></ul></td>" +
            $"<td><p>{ReportTitle}</p>{Article}</td></tr>" +
            "</table></td></tr><tr><td colspan=\"6\">主办单位：某某市人民政府办公室 网站标识码：1234000001</td></tr></table></body></html>";
        var grid = HtmlTestPages.Read(page);
        Assert.Equal(ReportTitle, grid.Paragraphs.First().Text);
        Assert.DoesNotContain(grid.Paragraphs, p => p.Text.Contains("主办单位") || p.Text.Contains("机构概况") || p.Text.Contains("专题专栏"));
        Assert.Equal(3, grid.Tables.Count(t => t.RowCount > 3));
    }

    [Fact]
    public void Disclosure_metadata_table_above_the_article_is_chrome_but_gives_the_date()
    {
        const string metadata =
            "<table class=\"xxgk-info\"><tr><td>索引号：</td><td>11350100MB1234567X/2022-00015</td><td>分类：</td><td>年度报告</td></tr>" +
            "<tr><td>发布机构：</td><td>某某市生态环境局</td><td>发文日期：</td><td>2022-01-21</td></tr>" +
            "<tr><td>名称：</td><td>某某市生态环境局2021年度报告</td><td>文号：</td><td>无</td></tr></table>";
        var page = PortalPage(Article).Replace("<h1 class=\"detail-title\">", metadata + "<h1 class=\"detail-title\">")
            .Replace("<span>发布时间：2022-01-28 09:30</span>", "");
        var grid = HtmlTestPages.Read(page);
        Assert.DoesNotContain(grid.AllCellTexts(), t => t.Contains("索引号"));
        Assert.Equal(ReportTitle, grid.Paragraphs.First().Text);
        Assert.Equal(3, grid.Tables.Count());
        Assert.Equal("2022-01-21", grid.Properties[GridProperties.PublishedDate]);
    }
}
