using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Recognition;

public class LabelMatcherTests
{
    private static readonly RuleLabelMatcher Matcher = new();

    private static string? Best(StatisticsTable table, LabelAxis axis, string text, string? parent = null) =>
        Matcher.Rank(new LabelQuery(table, axis, text, parent)).FirstOrDefault()?.Key;

    [Theory]
    // canonical wordings
    [InlineData("一、本年新收政府信息公开申请数量", null, "newReceived")]
    [InlineData("（七）总计", null, "resultsTotal")]
    [InlineData("四、结转下年度继续办理", null, "carriedForward")]
    // line breaks and letter-spacing from PDFs and Word cells
    [InlineData("4.无正当理由大量反复 申请", "（五）不予处理", "notProcessed.excessive")]
    [InlineData("5.要求行政机关确认或重\n新出具\n已获取信息", "（五）不予处理", "notProcessed.confirmation")]
    [InlineData("（二）部分公开（区分处理的，只计这一情 形，不计其他情形）", null, "partiallyGranted")]
    // a typo that drops characters
    [InlineData("2.其他法律行政止公开", "（三）不予公开", "denied.prohibitedByLaw")]
    // numbering styles
    [InlineData("(一)予以公开", null, "granted")]
    [InlineData("1、属于国家秘密", "（三）不予公开", "denied.stateSecret")]
    [InlineData("属于国家秘密", null, "denied.stateSecret")]
    // ASCII quotes instead of curly ones
    [InlineData("3.危及\"三安全一稳定\"", "（三）不予公开", "denied.threeSecurities")]
    // synonyms and aliases
    [InlineData("结转下一年继续办理", null, "carriedForward")]
    [InlineData("（七）合计", null, "resultsTotal")]
    // 3.其他 only makes sense under （六）其他处理
    [InlineData("3.其他", "（六）其他处理", "other.other")]
    [InlineData("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理", "other.overdueCorrection")]
    [InlineData("2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请", "（六）其他处理", "other.overdueFee")]
    // traditional characters from zh-TW mirrors
    [InlineData("2.其他法律行政法規禁止公開", "（三）不予公開", "denied.prohibitedByLaw")]
    public void Maps_application_row_variants(string label, string? parent, string expected) =>
        Assert.Equal(expected, Best(StatisticsTable.Applications, LabelAxis.Row, label, parent));

    [Theory]
    [InlineData("（三）不予公开", "group:denied")]
    [InlineData("三、本年度办理结果", "group:results")]
    [InlineData("三 、本 年 度办 理 结果", "group:results")]
    public void Recognizes_group_headings(string label, string expected) =>
        Assert.Equal(expected, Best(StatisticsTable.Applications, LabelAxis.Row, label));

    [Theory]
    [InlineData("商业\n企业", "commercial")]
    [InlineData("社会\n公益\n组织", "publicInterest")]
    [InlineData("法律服务机构", "legalService")]
    [InlineData("其他", "otherOrg")]
    [InlineData("总 计", "total")]
    [InlineData("合计", "total")]
    [InlineData("法人或其他组织", "group:applicants")]
    [InlineData("法人和其他组织", "group:applicants")]
    public void Maps_applicant_columns(string label, string expected) =>
        Assert.Equal(expected, Best(StatisticsTable.Applications, LabelAxis.Column, label));

    [Theory]
    [InlineData("规章", "rules")]
    [InlineData("規章(設區的市、自治州人民政府應提供相關數據)", "rules")]
    [InlineData("行政规范性文件", "normativeDocuments")]
    [InlineData("規範性檔案(行政機關制定發布的決定)", "normativeDocuments")]
    [InlineData("其他对外管理服务事项", "otherServices")]
    [InlineData("行政事业性收费", "fees")]
    [InlineData("政府集中采购", "procurement")]
    [InlineData("第二十条第（五）项", "caption")]
    [InlineData("信息内容", "header")]
    public void Maps_active_rows(string label, string expected) =>
        Assert.Equal(expected, Best(StatisticsTable.Active, LabelAxis.Row, label));

    [Theory]
    [InlineData("本年新\n制作数量", "newlyMade")]
    [InlineData("本年新 公开数量", "newlyPublished")]
    [InlineData("对外公开总数量", "totalPublished")]
    [InlineData("上一年項目數量(指2019年事項數)", "previousCount")]
    [InlineData("本年增/减", "change")]
    [InlineData("處理決定數量(指2020年辦件量)", "decisions")]
    [InlineData("本年制發件數", "issued")]
    [InlineData("本年收费金额（单位：万元）", "amountWan")]
    [InlineData("采购总金额", "amount")]
    public void Maps_active_columns(string label, string expected) =>
        Assert.Equal(expected, Best(StatisticsTable.Active, LabelAxis.Column, label));

    [Theory]
    [InlineData("结果\n纠正", LabelAxis.Column, "corrected")]
    [InlineData("尚未审结", LabelAxis.Column, "pending")]
    [InlineData("未经复议直接起诉", LabelAxis.ColumnGroup, "litigationDirect")]
    [InlineData("复议后起诉", LabelAxis.ColumnGroup, "litigationAfterReview")]
    [InlineData("行政复议", LabelAxis.ColumnGroup, "administrativeReview")]
    public void Maps_review_headers(string label, LabelAxis axis, string expected) =>
        Assert.Equal(expected, Best(StatisticsTable.Review, axis, label));

    [Theory]
    [InlineData("2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：2")]
    [InlineData("其他主动公开文件")]
    [InlineData("备注")]
    public void Local_rows_match_no_template_row(string label)
    {
        Assert.Null(Best(StatisticsTable.Active, LabelAxis.Row, label));
    }
}

public class LabelMatcherContextTests
{
    private static readonly RuleLabelMatcher Matcher = new();

    [Theory]
    [InlineData("（三）不予公开 1.属于国家秘密", "denied.stateSecret")]
    [InlineData("三、本年度办理结果（一）予以公开", "granted")]
    [InlineData("（四）无法提供\n1.本机关不掌握相关政府信息", "unavailable.notHeld")]
    public void A_group_and_its_row_in_one_cell_name_the_row(string label, string expected) =>
        Assert.Equal(expected, Matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, label)).First().Key);

    [Theory]
    [InlineData("(3)其他", "（六）其他处理", "other.other")]
    [InlineData("（1）属于国家秘密", "（三）不予公开", "denied.stateSecret")]
    public void Bracketed_arabic_numbering_is_a_sub_item(string label, string parent, string expected) =>
        Assert.Equal(expected, Matcher.Rank(new LabelQuery(StatisticsTable.Applications, LabelAxis.Row, label, parent)).First().Key);
}
