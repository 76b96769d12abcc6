using System.Collections.Immutable;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Recognition;

/// <summary>
/// Table shapes real publishers produce by accident — wrong rowspans, labels wrapped onto a row of their own,
/// group and item in one cell, table 四 stacked in two blocks — still map every value to its key.
/// </summary>
public class TableShapeTests
{
    // The shipped recognizer: rules combined with the trained classifier, as extract runs it.
    private static readonly ReportRecognizer Recognizer = new();

    private static readonly string[] Header1 = { "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况" };

    internal static readonly (string? Group, string Label, string Key)[] Rows2021 =
    {
        (null, "一、本年新收政府信息公开申请数量", "newReceived"),
        (null, "二、上年结转政府信息公开申请数量", "carriedOver"),
        ("三、本年度办理结果", "（一）予以公开", "granted"),
        ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partiallyGranted"),
        ("（三）不予公开", "1.属于国家秘密", "denied.stateSecret"),
        ("（三）不予公开", "2.其他法律行政法规禁止公开", "denied.prohibitedByLaw"),
        ("（三）不予公开", "3.危及“三安全一稳定”", "denied.threeSecurities"),
        ("（三）不予公开", "4.保护第三方合法权益", "denied.thirdPartyRights"),
        ("（三）不予公开", "5.属于三类内部事务信息", "denied.internalAffairs"),
        ("（三）不予公开", "6.属于四类过程性信息", "denied.processInformation"),
        ("（三）不予公开", "7.属于行政执法案卷", "denied.enforcementFiles"),
        ("（三）不予公开", "8.属于行政查询事项", "denied.administrativeQuery"),
        ("（四）无法提供", "1.本机关不掌握相关政府信息", "unavailable.notHeld"),
        ("（四）无法提供", "2.没有现成信息需要另行制作", "unavailable.needsCreation"),
        ("（四）无法提供", "3.补正后申请内容仍不明确", "unavailable.unclearAfterCorrection"),
        ("（五）不予处理", "1.信访举报投诉类申请", "notProcessed.complaint"),
        ("（五）不予处理", "2.重复申请", "notProcessed.repeated"),
        ("（五）不予处理", "3.要求提供公开出版物", "notProcessed.publications"),
        ("（五）不予处理", "4.无正当理由大量反复申请", "notProcessed.excessive"),
        ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", "notProcessed.confirmation"),
        ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.overdueCorrection"),
        ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.overdueFee"),
        ("（六）其他处理", "3.其他", "other.other"),
        ("三、本年度办理结果", "（七）总计", "resultsTotal"),
        (null, "四、结转下年度继续办理", "carriedForward"),
    };

    // Distinct values per row and column, so a value read from the wrong cell is always noticed.
    private static string Value(int row, int col) => (row * 10 + col + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Table 三 as HTML would give it; <paramref name="resultsRowSpan"/> lets the 三、 cell be wrong.</summary>
    private static GridTable Applications(int resultsRowSpan = 22, bool groupInItemCell = false, int wrapAfterRow = -1, bool titleRow = false)
    {
        var b = new GridTableBuilder();
        // Some pages put the chapter heading into the table as a first row wider than the table.
        if (titleRow) b.StartRow().AddCell("三、收到和处理政府信息公开申请情况", 15);
        b.StartRow().AddCell(Header1[0], 3, 3).AddCell(Header1[1], 7);
        b.StartRow().AddCell("自然人", 1, 2).AddCell("法人或其他组织", 5).AddCell("总计", 1, 2);
        b.StartRow();
        foreach (var h in new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" }) b.AddCell(h);
        string? openGroup = null;
        for (var i = 0; i < Rows2021.Length; i++)
        {
            var (group, label, _) = Rows2021[i];
            b.StartRow();
            if (group is null) b.AddCell(label, 3);
            else if (group == "三、本年度办理结果")
            {
                if (i == 2) b.AddCell(group, 1, resultsRowSpan);
                b.AddCell(label, 2);
            }
            else
            {
                var first = group != openGroup;
                if (groupInItemCell) b.AddCell(group + " " + label, 2);
                else
                {
                    if (first) b.AddCell(group, 1, Rows2021.Count(r => r.Group == group));
                    b.AddCell(label);
                }
            }
            openGroup = group;
            for (var c = 0; c < 7; c++) b.AddCell(Value(i, c));
            if (i == wrapAfterRow)
            {
                // The label's tail on a row of its own, value cells empty (a PDF page break inside the row).
                b.StartRow().AddCell("（续）行", 3);
                for (var c = 0; c < 7; c++) b.AddCell("");
            }
        }
        return b.Build(0);
    }

    private static RecognizedReport Recognize(params GridTable[] tables)
    {
        var blocks = tables.Select((t, i) => (Block)new TableBlock(i, t.WithIndex(i))).ToImmutableArray();
        return Recognizer.Recognize(new TokenGrid(SourceFormat.Html, null, blocks, ImmutableArray<ReaderNote>.Empty));
    }

    private static void AssertApplicationValues(RecognizedReport report)
    {
        var fields = report.Fields.ToDictionary(f => f.Key, f => f.Raw);
        string[] cols = { "naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total" };
        var wrong = new List<string>();
        for (var i = 0; i < Rows2021.Length; i++)
        for (var c = 0; c < 7; c++)
        {
            var key = $"applications.{Rows2021[i].Key}.{cols[c]}";
            if (!fields.TryGetValue(key, out var raw) || raw != Value(i, c)) wrong.Add($"{key}: expected {Value(i, c)}, got {raw ?? "nothing"}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_well_formed_table_maps_every_cell() => AssertApplicationValues(Recognize(Applications()));

    [Theory]
    [InlineData(20)] // a 2019 rowspan left in a 2021 table
    [InlineData(23)] // one row too many
    [InlineData(1)]  // the rowspan forgotten
    public void A_wrong_rowspan_does_not_shift_values(int rowSpan) =>
        AssertApplicationValues(Recognize(Applications(resultsRowSpan: rowSpan)));

    [Fact]
    public void A_title_row_wider_than_the_table_is_not_a_data_row() =>
        AssertApplicationValues(Recognize(Applications(titleRow: true)));

    [Fact]
    public void Group_and_item_in_one_cell_name_the_item() =>
        AssertApplicationValues(Recognize(Applications(groupInItemCell: true)));

    [Fact]
    public void A_label_wrapped_onto_its_own_row_completes_the_row_above()
    {
        var report = Recognize(Applications(wrapAfterRow: 20));
        AssertApplicationValues(report);
        Assert.Empty(report.Extras);
    }

    [Fact]
    public void Review_table_stacked_in_two_blocks_maps_all_fifteen()
    {
        var b = new GridTableBuilder();
        string[] outcomes = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
        b.StartRow().AddCell("行政复议", 5);
        b.StartRow(); foreach (var o in outcomes) b.AddCell(o);
        b.StartRow(); for (var c = 0; c < 5; c++) b.AddCell(Value(0, c));
        b.StartRow().AddCell("未经复议直接起诉", 5);
        b.StartRow(); foreach (var o in outcomes) b.AddCell(o);
        b.StartRow(); for (var c = 0; c < 5; c++) b.AddCell(Value(1, c));
        b.StartRow().AddCell("复议后起诉", 5);
        b.StartRow(); foreach (var o in outcomes) b.AddCell(o);
        b.StartRow(); for (var c = 0; c < 5; c++) b.AddCell(Value(2, c));
        var report = Recognize(b.Build(0));
        var fields = report.Fields.ToDictionary(f => f.Key, f => f.Raw);
        string[] groups = { "administrativeReview", "litigationDirect", "litigationAfterReview" };
        string[] keys = { "upheld", "corrected", "other", "pending", "total" };
        for (var g = 0; g < 3; g++)
        for (var c = 0; c < 5; c++)
            Assert.Equal(Value(g, c), fields.GetValueOrDefault($"review.{groups[g]}.{keys[c]}"));
    }
}
