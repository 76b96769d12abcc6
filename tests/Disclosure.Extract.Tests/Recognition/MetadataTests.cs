using System.Collections.Immutable;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Recognition;

public class MetadataTests
{
    [Theory]
    [InlineData("洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府", 2023)]
    [InlineData("2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2019)]
    [InlineData("白杨沟镇政府信息公开工作2020年度报告", "白杨沟镇", 2020)]
    [InlineData("霍山县衡山镇2020年度政府信息公开工作年度报告", "霍山县衡山镇", 2020)]
    [InlineData("宿迁市2017年政府信息公开年度报告", "宿迁市", 2017)]
    [InlineData("2022年清溪县人民政府办公室政府信息公开工作年度报告", "清溪县人民政府办公室", 2022)]
    [InlineData("政府信息公开工作年度报告格式模板", null, null)]
    [InlineData("青山县人民政府二〇二二年政府信息公开工作年度报告", "青山县人民政府", 2022)]
    public void Parses_title_patterns(string title, string? org, int? year)
    {
        var (o, y) = MetadataExtractor.ParseTitle(title);
        Assert.Equal(org, o);
        Assert.Equal(year, y);
    }
}

public class TitleLinesTests
{
    private static ReportMetadata FromParagraphs(params string[] lines)
    {
        var blocks = lines.Select((l, i) => (Disclosure.Extract.Grid.Block)new Disclosure.Extract.Grid.ParagraphBlock(i, l, Disclosure.Extract.Grid.SourceSpan.None))
            .ToImmutableArray();
        var grid = new Disclosure.Extract.Grid.TokenGrid(Disclosure.Extract.Grid.SourceFormat.Docx, null, blocks,
            ImmutableArray<Disclosure.Extract.Grid.ReaderNote>.Empty);
        return MetadataExtractor.Extract(grid, SectionFinder.Find(grid));
    }

    [Theory]
    [InlineData("青山县人民政府", "2022年政府信息公开工作", "年度报告")]
    [InlineData("青山县人民政府", "2022年政府信息公开工作年度报告", "")]
    [InlineData("青山县人民政府2022年", "政府信息公开工作年度报告", "")]
    public void A_title_over_several_lines_is_joined(string a, string b, string c)
    {
        var meta = FromParagraphs(new[] { a, b, c, "一、总体情况", "2022年，本府持续推进政务公开。" }.Where(l => l.Length > 0).ToArray());
        Assert.Equal("青山县人民政府2022年政府信息公开工作年度报告", meta.Title);
        Assert.Equal("青山县人民政府", meta.Organization);
        Assert.Equal(2022, meta.Year);
    }
}

public class UntitledReportTests
{
    [Fact]
    public void Without_a_title_the_overview_names_the_organization_and_year()
    {
        var lines = new[] { "本报告根据《中华人民共和国政府信息公开条例》编制。", "一、总体情况", "2024年，东湖综合实验区坚持以公开促落实，持续深化政务公开。", "二、主动公开政府信息情况" };
        var blocks = lines.Select((l, i) => (Disclosure.Extract.Grid.Block)new Disclosure.Extract.Grid.ParagraphBlock(i, l, Disclosure.Extract.Grid.SourceSpan.None)).ToImmutableArray();
        var grid = new Disclosure.Extract.Grid.TokenGrid(Disclosure.Extract.Grid.SourceFormat.Html, null, blocks, ImmutableArray<Disclosure.Extract.Grid.ReaderNote>.Empty);

        var report = new ReportRecognizer(new RuleLabelMatcher()).Recognize(grid);

        Assert.Null(report.Metadata.Title);
        Assert.Equal("东湖综合实验区", report.Metadata.Organization);
        Assert.Equal(2024, report.Metadata.Year);
    }
}
