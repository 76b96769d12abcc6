using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;

namespace Disclosure.Extract.Tests.Classification;

public class LabelResidueTests
{
    [Theory]
    // a subtotal adds a suffix and lacks nothing
    [InlineData("本年度办理结果小计", "本年度办理结果", "小计", "")]
    // a typo: one character for another
    [InlineData("行攻许可", "行政许可", "攻", "政")]
    // a qualifier in front, a dropped character inside
    [InlineData("政府规范性文", "规范性文件", "政府", "件")]
    [InlineData("行政许可", "行政许可", "", "")]
    public void Residue_is_what_the_label_adds_and_lacks(string label, string wording, string added, string lacking)
    {
        var (a, l) = LabelFeatures.Residue(label, wording);
        Assert.Equal(added, string.Concat(a));
        Assert.Equal(lacking, string.Concat(l));
    }

    [Fact]
    public void A_subtotal_and_a_typo_differ_in_their_residue_features()
    {
        // The residue family (r) names what was added, whatever the key: 小计 after two different headings gives the
        // same r features, so what the model learns of one subtotal applies to the other.
        var subtotalA = LabelFeatures.Encode(StatisticsTable.Applications, LabelAxis.Row, "本年度办理结果小计", null).Hashes;
        var subtotalB = LabelFeatures.Encode(StatisticsTable.Applications, LabelAxis.Row, "不予公开小计", null).Hashes;
        var typo = LabelFeatures.Encode(StatisticsTable.Applications, LabelAxis.Row, "不予公幵", null).Hashes;
        var addedSubtotal = LabelFeatures.Hash("r", "+", "小计");
        Assert.Contains(addedSubtotal, subtotalA);
        Assert.Contains(addedSubtotal, subtotalB);
        Assert.DoesNotContain(addedSubtotal, typo);
    }

    [Theory]
    [InlineData("注：规章一栏由设区的市人民政府填写", true)]
    [InlineData("备注:本表数据截至12月31日", true)]
    [InlineData("说明：区分处理的申请只计入部分公开", true)]
    [InlineData("（二）部分公开中：区分处理件数", true)]
    [InlineData("本年新收申请中：网上申请", true)]
    // a heading that announces its sub-items, and template rows, are labels
    [InlineData("（三）不予公开，其中：", false)]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", false)]
    [InlineData("注销登记事项", false)]
    public void Notes_and_breakdowns_are_told_from_labels(string text, bool expected) =>
        Assert.Equal(expected, LabelText.IsNoteOrBreakdown(text));

    [Theory]
    [InlineData(StatisticsTable.Active, LabelAxis.Row, "注：规章一栏由设区的市人民政府填写")]
    [InlineData(StatisticsTable.Applications, LabelAxis.Row, "（二）部分公开中：区分处理件数")]
    public void Neither_rules_nor_combined_matcher_give_a_note_or_breakdown_a_key(StatisticsTable table, LabelAxis axis, string text)
    {
        var query = new LabelQuery(table, axis, text);
        Assert.Empty(new RuleLabelMatcher().Rank(query));
        Assert.Empty(LabelData.Combined.Rank(query));
    }
}
