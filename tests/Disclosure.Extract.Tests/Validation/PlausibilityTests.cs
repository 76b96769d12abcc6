using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;

namespace Disclosure.Extract.Tests.Validation;

public class PlausibilityTests
{
    [Theory]
    [InlineData("白杨沟镇人民政府", true)]
    [InlineData("上河湾街道办事处", true)]
    [InlineData("霍山县衡山镇", true)]
    [InlineData("吉尔格勒特郭楞蒙古民族乡人民政府", true)]
    [InlineData("淮安市洪泽区人民政府", true)]
    [InlineData("某某县人民政府", true)]
    [InlineData("上海市人民政府办公厅", false)] // the general office publishes the government's 规章
    [InlineData("某某县人民政府办公室", true)]
    [InlineData("淮安市洪泽区人民政府办公室", true)]
    [InlineData("武汉市生态环境局", true)]
    [InlineData("某市发展和改革委员会", true)]
    [InlineData("上海市人民政府", false)]
    [InlineData("湖北省人民政府", false)]
    [InlineData("恩施土家族苗族自治州人民政府", false)]
    [InlineData("生态环境部", false)]
    [InlineData("国家市场监督管理总局", false)]
    [InlineData("", false)]
    public void Bodies_without_the_power_to_make_rules(string organization, bool lacksPower) =>
        Assert.Equal(lacksPower, Plausibility.LacksRulePower(organization));

    [Fact]
    public void Rules_counted_at_a_township_are_flagged()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        var fields = SampleReport.Parse(cells, TemplateLayout.Gov2019);
        Assert.Null(Plausibility.RulesAtLocalLevel("白杨沟镇人民政府", fields));

        cells["active.rules.newlyMade"] = "2";
        fields = SampleReport.Parse(cells, TemplateLayout.Gov2019);

        var warning = Plausibility.RulesAtLocalLevel("白杨沟镇人民政府", fields);
        Assert.NotNull(warning);
        Assert.Equal(WarningCodes.RulesAtLocalLevel, warning.Code);
        Assert.Equal("active.rules.newlyMade", warning.Field);
        Assert.Null(Plausibility.RulesAtLocalLevel("上海市人民政府", fields));
        Assert.Null(Plausibility.RulesAtLocalLevel(null, fields));
    }

    [Theory]
    [InlineData(2020, TemplateLayout.Gov2021, true)]
    [InlineData(2019, TemplateLayout.Gov2021, true)]
    [InlineData(2021, TemplateLayout.Gov2021, false)]
    [InlineData(2021, TemplateLayout.Gov2019, true)]
    [InlineData(2020, TemplateLayout.Gov2019, false)]
    [InlineData(2020, TemplateLayout.Unknown, false)]
    [InlineData(null, TemplateLayout.Gov2021, false)]
    public void Layout_against_year(int? year, TemplateLayout layout, bool warns)
    {
        var warning = Plausibility.LayoutYearMismatch(year, layout);
        Assert.Equal(warns, warning is not null);
        if (warning is not null) Assert.Equal(WarningCodes.LayoutYearMismatch, warning.Code);
    }
}
