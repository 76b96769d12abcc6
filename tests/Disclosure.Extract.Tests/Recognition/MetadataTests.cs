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
    public void Parses_title_patterns(string title, string? org, int? year)
    {
        var (o, y) = MetadataExtractor.ParseTitle(title);
        Assert.Equal(org, o);
        Assert.Equal(year, y);
    }
}
