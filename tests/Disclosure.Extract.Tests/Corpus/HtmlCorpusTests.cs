using System.Text;
using AngleSharp.Html.Parser;
using Disclosure.Extract.Corpus;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Variants;
using Disclosure.Extract.Corpus.Writers;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Tests.Corpus;

/// <summary>The HTML part of the generated corpus: every report as a web page in the styles real portals use.</summary>
[Collection(CorpusCollection.Name)]
public sealed class HtmlCorpusTests(CorpusFixture fixture)
{
    private static readonly Encoding Gb18030 = GetGb18030();

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    private static IReadOnlyList<HtmlPublication> Publications => CorpusGenerator.HtmlPages();

    private byte[] Bytes(HtmlPublication p) => File.ReadAllBytes(Path.Combine(fixture.Directory, "html", p.FileName));

    [Fact]
    public void Every_report_has_a_page_and_a_truth_file_with_format_html()
    {
        foreach (var spec in fixture.Specs)
        {
            var page = fixture.Written.Single(f => f.StartsWith($"html/{spec.Id}.", StringComparison.Ordinal) && !f.EndsWith(".truth.json", StringComparison.Ordinal));
            Assert.True(page.EndsWith(".html", StringComparison.Ordinal) || page.EndsWith(".mht", StringComparison.Ordinal), page);
            var truth = File.ReadAllText(Path.Combine(fixture.Directory, "html", spec.Id + ".truth.json"));
            Assert.Contains("\"format\": \"html\"", truth);
        }
    }

    [Fact]
    public void Every_page_style_occurs_and_each_page_has_the_markup_of_its_style()
    {
        var publications = Publications;
        Assert.Single(publications, p => p.Rendering.Page == HtmlPageStyle.Mht);
        Assert.Single(publications, p => p.Rendering.Page == HtmlPageStyle.GbkUndeclared);
        foreach (var style in Enum.GetValues<HtmlPageStyle>())
            Assert.Contains(publications, p => p.Rendering.Page == style);
        foreach (var heading in Enum.GetValues<HtmlHeadingStyle>())
            Assert.Contains(publications, p => p.Rendering.Headings == heading);
        foreach (var p in publications)
        {
            var bytes = Bytes(p);
            var title = string.Concat(p.Spec.Title.Select(t => t.Text.Trim()));
            switch (p.Rendering.Page)
            {
                case HtmlPageStyle.Portal:
                    var portal = Encoding.UTF8.GetString(bytes);
                    Assert.Contains("<meta charset=\"utf-8\">", portal);
                    Assert.Contains($"发布日期：{p.Rendering.PublishedOn:yyyy-MM-dd}", portal);
                    Assert.Contains("相关文章", portal);
                    Assert.Contains("<script", portal);
                    break;
                case HtmlPageStyle.WordExport:
                    var word = Encoding.UTF8.GetString(bytes);
                    foreach (var marker in new[] { "class=MsoNormal", "<o:p></o:p>", "mso-", "<!--[if gte mso 9]>", "<![endif]-->", "&nbsp;" })
                        Assert.Contains(marker, word);
                    break;
                case HtmlPageStyle.Fragment:
                    var fragment = Encoding.UTF8.GetString(bytes);
                    Assert.DoesNotContain("<html", fragment);
                    Assert.DoesNotContain("<head", fragment);
                    Assert.Contains("<table", fragment);
                    break;
                case HtmlPageStyle.GbkDeclared or HtmlPageStyle.GbkUndeclared:
                    // Not UTF-8: the Chinese title is only found when the bytes are decoded as GB18030.
                    Assert.DoesNotContain(title, Encoding.UTF8.GetString(bytes));
                    var gbk = Gb18030.GetString(bytes);
                    Assert.Contains(title, gbk);
                    if (p.Rendering.Page == HtmlPageStyle.GbkDeclared) Assert.Contains("charset=\"gb2312\"", gbk);
                    else Assert.DoesNotContain("charset", gbk, StringComparison.OrdinalIgnoreCase);
                    break;
                case HtmlPageStyle.Mht:
                    var mht = Encoding.ASCII.GetString(bytes);
                    Assert.Contains("Content-Type: multipart/related;", mht);
                    Assert.Contains("Content-Transfer-Encoding: quoted-printable", mht);
                    Assert.All(mht.Split("\r\n"), line => Assert.True(line.Length <= 76, line));
                    Assert.True(bytes.All(b => b < 128), "an .mht archive is 7-bit");
                    break;
            }
        }
    }

    /// <summary>
    /// The HTML tables, resolved with colspan/rowspan by the project's span builder, give the same grids as the Word
    /// tables of the same report (template.md §2), for every page whose tables are not split differently from Word.
    /// </summary>
    [Fact]
    public void Html_tables_resolve_to_the_same_grids_as_the_word_tables()
    {
        var parser = new HtmlParser();
        var compared = 0;
        foreach (var p in Publications.Where(p => p.Rendering.Page is HtmlPageStyle.Portal or HtmlPageStyle.WordExport or HtmlPageStyle.Fragment))
        {
            var original = fixture.Specs.Single(s => s.Id == p.Spec.Id);
            if (original.Split != p.Spec.Split) continue;
            var document = parser.ParseDocument(Encoding.UTF8.GetString(Bytes(p)));
            var htmlTables = document.QuerySelectorAll("table").Select((table, index) =>
            {
                var builder = new GridTableBuilder();
                foreach (var row in table.QuerySelectorAll("tr"))
                {
                    builder.StartRow();
                    foreach (var cell in row.Children.Where(c => c.LocalName == "td"))
                    {
                        var text = CellText(cell).Replace('\u00A0', ' ').Trim();
                        builder.AddCell(text, int.Parse(cell.GetAttribute("colspan") ?? "1"), int.Parse(cell.GetAttribute("rowspan") ?? "1"));
                    }
                }
                return builder.Build(index);
            }).ToList();
            var wordTables = fixture.WordTables(p.Spec.Id).Select((rows, index) =>
            {
                var builder = new GridTableBuilder();
                foreach (var row in rows)
                {
                    builder.StartRow();
                    foreach (var cell in row)
                    {
                        if (cell.Merge == "continue") builder.ContinueAbove(cell.Span);
                        else builder.AddCell(cell.Text.Replace('\u00A0', ' ').Trim(), cell.Span);
                    }
                }
                return builder.Build(index);
            }).ToList();
            Assert.Equal(wordTables.Count, htmlTables.Count);
            for (var t = 0; t < wordTables.Count; t++)
            {
                Assert.Equal(wordTables[t].RowCount, htmlTables[t].RowCount);
                Assert.Equal(wordTables[t].ColumnCount, htmlTables[t].ColumnCount);
                for (var r = 0; r < wordTables[t].RowCount; r++)
                    for (var c = 0; c < wordTables[t].ColumnCount; c++)
                    {
                        var w = wordTables[t].CellAt(r, c);
                        var h = htmlTables[t].CellAt(r, c);
                        Assert.True((w?.Text, w?.RowSpan, w?.ColSpan) == (h?.Text, h?.RowSpan, h?.ColSpan),
                            $"{p.FileName} table {t} cell ({r},{c}): Word {w?.Text}/{w?.RowSpan}x{w?.ColSpan}, HTML {h?.Text}/{h?.RowSpan}x{h?.ColSpan}");
                    }
            }
            compared++;
        }
        Assert.True(compared >= 15, $"only {compared} pages compared");
    }

    /// <summary>A cell's text with &lt;br&gt; as a line break, as a browser shows it.</summary>
    private static string CellText(AngleSharp.Dom.INode node) => node switch
    {
        AngleSharp.Dom.IElement { LocalName: "br" } => "\n",
        AngleSharp.Dom.IText text => text.Data,
        _ => string.Concat(node.ChildNodes.Select(CellText)),
    };

    [Fact]
    public void Some_pages_split_tables_that_the_word_file_keeps_whole()
    {
        var split = Publications.Where(p => p.Spec.Split != fixture.Specs.Single(s => s.Id == p.Spec.Id).Split).ToList();
        Assert.NotEmpty(split);
        foreach (var p in split)
        {
            var tables = ReportLayout.Build(p.Spec).Tables.ToList();
            Assert.True(tables.Count(t => t.Kind == ReportTableKind.Active) >= 3);
            Assert.Equal(2, tables.Count(t => t.Kind == ReportTableKind.Applications));
        }
    }

    [Fact]
    public void The_tables_as_images_page_has_images_where_the_tables_would_be_and_no_table()
    {
        var page = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(fixture.Directory, "bad", "tables-as-images.html")));
        Assert.DoesNotContain("<table", page);
        Assert.Equal(3, page.Split("<img src=\"/uploads/").Length - 1);
        Assert.Contains("政府信息公开工作", page);
        Assert.DoesNotContain("bad/tables-as-images.truth.json", fixture.Written);
    }

    /// <summary>What the pipeline does with it (why it has no truth file): reads it, warns TABLE_AS_IMAGE, outputs no number.</summary>
    [Fact]
    public void The_pipeline_reports_the_image_tables_and_extracts_no_value_from_them()
    {
        var outcome = new Disclosure.Extract.Pipeline.ExtractionPipeline().Extract(Path.Combine(fixture.Directory, "bad", "tables-as-images.html"));
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Contains(outcome.Document!.Warnings, w => w.Code == "TABLE_AS_IMAGE");
        Assert.All(outcome.Document.Fields.Values, f => Assert.Null(f.Value));
    }
}
