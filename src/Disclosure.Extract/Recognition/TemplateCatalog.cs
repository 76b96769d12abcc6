using System.Collections.Immutable;

namespace Disclosure.Extract.Recognition;

/// <summary>The national report layouts: 国办公开办函〔2019〕60号 and 〔2021〕30号.</summary>
public enum TemplateLayout { Unknown, Gov2019, Gov2021 }

/// <summary>The three statistics tables of the template, named after their report sections.</summary>
public enum StatisticsTable
{
    /// <summary>二、主动公开政府信息情况</summary>
    Active,
    /// <summary>三、收到和处理政府信息公开申请情况</summary>
    Applications,
    /// <summary>四、政府信息公开行政复议、行政诉讼情况</summary>
    Review,
}

/// <summary>What a cell is allowed to hold, which drives value rules and checks.</summary>
public enum FieldValueType
{
    /// <summary>A non-negative integer count.</summary>
    Count,
    /// <summary>本年增/减: a count that may be negative or carry '+'.</summary>
    SignedCount,
    /// <summary>A money amount: decimals allowed, never negative.</summary>
    Amount,
}

/// <summary>One canonical output field.</summary>
public sealed record FieldDefinition(string Key, StatisticsTable Table, FieldValueType ValueType);

/// <summary>A column label of a statistics table with the wordings that identify it.</summary>
public sealed record ColumnDefinition(string Key, string Label, ImmutableArray<string> Fragments);

/// <summary>A row of table 二 with the columns it has in one layout.</summary>
public sealed record ActiveRowDefinition(
    string Key, string Label, string Article, ImmutableArray<string> Fragments, ImmutableArray<ColumnDefinition> Columns);

/// <summary>A row of table 三. <see cref="Group"/> is the parent heading key (e.g. "denied") or null.</summary>
public sealed record ApplicationRowDefinition(
    string Key, string? Group, string Label, ImmutableArray<string> Fragments);

/// <summary>A group heading of table 三 (三、本年度办理结果, （三）不予公开 …): it labels rows but holds no values.</summary>
public sealed record ApplicationGroupDefinition(string Key, string Label, ImmutableArray<string> Fragments);

/// <summary>
/// The canonical keys, labels and layouts of fields.md / template.md. Everything else in recognition is
/// driven from here, so a domain expert can find a row by its label.
/// </summary>
public static class TemplateCatalog
{
    private static ImmutableArray<string> F(params string[] s) => s.ToImmutableArray();
    private static ColumnDefinition C(string key, string label, params string[] fragments) => new(key, label, F(fragments));

    // ---- Table 二 columns -------------------------------------------------------------------------------
    private static readonly ImmutableArray<ColumnDefinition> Cols2019Docs = ImmutableArray.Create(
        C("newlyMade", "本年新制作数量", "新制作", "制作数量"),
        C("newlyPublished", "本年新公开数量", "新公开", "新公开数量"),
        C("totalPublished", "对外公开总数量", "公开总数量", "对外公开总数", "总数量"));

    private static readonly ImmutableArray<ColumnDefinition> Cols2019Items = ImmutableArray.Create(
        C("previousCount", "上一年项目数量", "上一年项目", "上年项目", "上一年"),
        C("change", "本年增/减", "增/减", "增减", "增加或减少", "增/减少"),
        C("decisions", "处理决定数量", "处理决定", "决定数量"));

    private static readonly ImmutableArray<ColumnDefinition> Cols2019Fees = Cols2019Items.Take(2).ToImmutableArray();

    private static readonly ImmutableArray<ColumnDefinition> Cols2019Procurement = ImmutableArray.Create(
        C("projects", "采购项目数量", "采购项目", "项目数量"),
        C("amount", "采购总金额", "总金额", "采购金额", "金额"));

    private static readonly ImmutableArray<ColumnDefinition> Cols2021Docs = ImmutableArray.Create(
        C("issued", "本年制发件数", "制发件数", "制发"),
        C("repealed", "本年废止件数", "废止件数", "废止"),
        C("inForce", "现行有效件数", "现行有效", "有效件数"));

    private static readonly ImmutableArray<ColumnDefinition> Cols2021Decisions = ImmutableArray.Create(
        C("decisions", "本年处理决定数量", "处理决定", "决定数量"));

    private static readonly ImmutableArray<ColumnDefinition> Cols2021Fees = ImmutableArray.Create(
        C("amountWan", "本年收费金额（单位：万元）", "收费金额", "收费总金额", "金额"));

    /// <summary>Rows of table 二 in template order, per layout.</summary>
    public static ImmutableArray<ActiveRowDefinition> ActiveRows(TemplateLayout layout) =>
        layout == TemplateLayout.Gov2021 ? Active2021 : Active2019;

    private static readonly ImmutableArray<ActiveRowDefinition> Active2019 = ImmutableArray.Create(
        new ActiveRowDefinition("rules", "规章", "（一）", F("规章"), Cols2019Docs),
        new ActiveRowDefinition("normativeDocuments", "规范性文件", "（一）", F("规范性文件", "规范性"), Cols2019Docs),
        new ActiveRowDefinition("licensing", "行政许可", "（五）", F("行政许可"), Cols2019Items),
        new ActiveRowDefinition("otherServices", "其他对外管理服务事项", "（五）", F("对外管理服务", "管理服务事项", "其他对外管理"), Cols2019Items),
        new ActiveRowDefinition("punishment", "行政处罚", "（六）", F("行政处罚"), Cols2019Items),
        new ActiveRowDefinition("coercion", "行政强制", "（六）", F("行政强制"), Cols2019Items),
        new ActiveRowDefinition("fees", "行政事业性收费", "（八）", F("事业性收费", "行政事业性", "收费"), Cols2019Fees),
        new ActiveRowDefinition("procurement", "政府集中采购", "（九）", F("集中采购", "政府采购", "采购"), Cols2019Procurement));

    private static readonly ImmutableArray<ActiveRowDefinition> Active2021 = ImmutableArray.Create(
        new ActiveRowDefinition("rules", "规章", "（一）", F("规章"), Cols2021Docs),
        new ActiveRowDefinition("normativeDocuments", "行政规范性文件", "（一）", F("规范性文件", "规范性"), Cols2021Docs),
        new ActiveRowDefinition("licensing", "行政许可", "（五）", F("行政许可"), Cols2021Decisions),
        new ActiveRowDefinition("punishment", "行政处罚", "（六）", F("行政处罚"), Cols2021Decisions),
        new ActiveRowDefinition("coercion", "行政强制", "（六）", F("行政强制"), Cols2021Decisions),
        new ActiveRowDefinition("fees", "行政事业性收费", "（八）", F("事业性收费", "行政事业性", "收费"), Cols2021Fees));

    // ---- Table 三 -----------------------------------------------------------------------------------------
    /// <summary>The seven applicant columns of table 三, in template order.</summary>
    public static readonly ImmutableArray<ColumnDefinition> ApplicantColumns = ImmutableArray.Create(
        C("naturalPerson", "自然人", "自然人"),
        C("commercial", "商业企业", "商业企业", "商业"),
        C("research", "科研机构", "科研机构", "科研"),
        C("publicInterest", "社会公益组织", "社会公益组织", "公益组织", "公益"),
        C("legalService", "法律服务机构", "法律服务机构", "法律服务"),
        C("otherOrg", "其他", "其他"),
        C("total", "总计", "总计", "合计"));

    /// <summary>Header cells of table 三 that group columns and are never a column themselves.</summary>
    public static readonly ImmutableArray<string> ApplicantGroupLabels =
        F("申请人情况", "法人或其他组织", "法人和其他组织", "法人或者其他组织", "勾稽关系");

    public static readonly ImmutableArray<ApplicationGroupDefinition> ApplicationGroups = ImmutableArray.Create(
        new ApplicationGroupDefinition("results", "三、本年度办理结果", F("本年度办理结果", "办理结果")),
        new ApplicationGroupDefinition("denied", "（三）不予公开", F("不予公开")),
        new ApplicationGroupDefinition("unavailable", "（四）无法提供", F("无法提供")),
        new ApplicationGroupDefinition("notProcessed", "（五）不予处理", F("不予处理")),
        new ApplicationGroupDefinition("other", "（六）其他处理", F("其他处理")));

    private static ApplicationRowDefinition R(string key, string? group, string label, params string[] fragments) =>
        new(key, group, label, F(fragments));

    private static readonly ApplicationRowDefinition[] AppHead =
    {
        R("newReceived", null, "一、本年新收政府信息公开申请数量", "本年新收", "新收政府信息公开申请", "新收"),
        R("carriedOver", null, "二、上年结转政府信息公开申请数量", "上年结转", "上一年结转"),
        R("granted", "results", "（一）予以公开", "予以公开"),
        R("partiallyGranted", "results", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
        R("denied.stateSecret", "denied", "1.属于国家秘密", "国家秘密"),
        R("denied.prohibitedByLaw", "denied", "2.其他法律行政法规禁止公开", "法律行政法规禁止公开", "其他法律行政", "法规禁止公开", "禁止公开"),
        R("denied.threeSecurities", "denied", "3.危及“三安全一稳定”", "三安全一稳定", "三安全", "一稳定"),
        R("denied.thirdPartyRights", "denied", "4.保护第三方合法权益", "第三方合法权益", "第三方"),
        R("denied.internalAffairs", "denied", "5.属于三类内部事务信息", "内部事务"),
        R("denied.processInformation", "denied", "6.属于四类过程性信息", "过程性信息", "过程性"),
        R("denied.enforcementFiles", "denied", "7.属于行政执法案卷", "执法案卷"),
        R("denied.administrativeQuery", "denied", "8.属于行政查询事项", "行政查询", "查询事项"),
        R("unavailable.notHeld", "unavailable", "1.本机关不掌握相关政府信息", "不掌握相关政府信息", "不掌握"),
        R("unavailable.needsCreation", "unavailable", "2.没有现成信息需要另行制作", "没有现成信息", "另行制作", "没有现成"),
        R("unavailable.unclearAfterCorrection", "unavailable", "3.补正后申请内容仍不明确", "补正后申请内容", "仍不明确", "补正后"),
        R("notProcessed.complaint", "notProcessed", "1.信访举报投诉类申请", "信访举报投诉", "信访", "举报投诉"),
        R("notProcessed.repeated", "notProcessed", "2.重复申请", "重复申请"),
        R("notProcessed.publications", "notProcessed", "3.要求提供公开出版物", "公开出版物", "出版物"),
        R("notProcessed.excessive", "notProcessed", "4.无正当理由大量反复申请", "大量反复申请", "大量反复"),
        R("notProcessed.confirmation", "notProcessed", "5.要求行政机关确认或重新出具已获取信息", "确认或重新出具", "重新出具", "已获取信息"),
    };

    private static readonly ApplicationRowDefinition OtherSingle = R("other.total", "results", "（六）其他处理", "其他处理");

    private static readonly ApplicationRowDefinition[] OtherSubRows =
    {
        R("other.overdueCorrection", "other", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "逾期不补正", "不补正"),
        R("other.overdueFee", "other", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "收费通知", "缴纳费用", "未按收费"),
        R("other.other", "other", "3.其他", "其他"),
    };

    private static readonly ApplicationRowDefinition[] AppTail =
    {
        R("resultsTotal", "results", "（七）总计", "总计", "合计"),
        R("carriedForward", null, "四、结转下年度继续办理", "结转下年度继续办理", "结转下年", "结转下一年", "继续办理"),
    };

    /// <summary>Rows of table 三 in template order. <paramref name="singleOtherRow"/>: （六） kept as one row.</summary>
    public static ImmutableArray<ApplicationRowDefinition> ApplicationRows(TemplateLayout layout, bool singleOtherRow = false) =>
        (layout == TemplateLayout.Gov2021 && !singleOtherRow
            ? AppHead.Concat(OtherSubRows).Concat(AppTail)
            : AppHead.Append(OtherSingle).Concat(AppTail)).ToImmutableArray();

    /// <summary>Every row definition of either layout (for matching before the layout is known).</summary>
    public static ImmutableArray<ApplicationRowDefinition> AllApplicationRows { get; } =
        AppHead.Append(OtherSingle).Concat(OtherSubRows).Concat(AppTail).ToImmutableArray();

    // ---- Table 四 -----------------------------------------------------------------------------------------
    /// <summary>The three column groups of table 四, in template order.</summary>
    public static readonly ImmutableArray<ColumnDefinition> ReviewGroups = ImmutableArray.Create(
        C("administrativeReview", "行政复议", "行政复议"),
        C("litigationDirect", "未经复议直接起诉", "未经复议直接起诉", "直接起诉", "未经复议"),
        C("litigationAfterReview", "复议后起诉", "复议后起诉", "复议后"));

    /// <summary>The five outcome columns repeated under each group.</summary>
    public static readonly ImmutableArray<ColumnDefinition> ReviewOutcomes = ImmutableArray.Create(
        C("upheld", "结果维持", "结果维持", "维持"),
        C("corrected", "结果纠正", "结果纠正", "纠正"),
        C("other", "其他结果", "其他结果", "其他"),
        C("pending", "尚未审结", "尚未审结", "未审结"),
        C("total", "总计", "总计", "合计"));

    // ---- Field lists --------------------------------------------------------------------------------------
    /// <summary>Every canonical field of a layout in template order (the keys output.md requires).</summary>
    public static IReadOnlyList<FieldDefinition> Fields(TemplateLayout layout, bool singleOtherRow = false)
    {
        var list = new List<FieldDefinition>();
        if (layout != TemplateLayout.Unknown)
            foreach (var row in ActiveRows(layout))
            foreach (var col in row.Columns)
                list.Add(new FieldDefinition($"active.{row.Key}.{col.Key}", StatisticsTable.Active, ActiveValueType(col.Key)));
        var rows = layout == TemplateLayout.Unknown
            ? ApplicationRows(TemplateLayout.Gov2019).Where(r => r.Key != "other.total").ToImmutableArray()
            : ApplicationRows(layout, singleOtherRow);
        foreach (var row in rows)
        foreach (var col in ApplicantColumns)
            list.Add(new FieldDefinition($"applications.{row.Key}.{col.Key}", StatisticsTable.Applications, FieldValueType.Count));
        foreach (var g in ReviewGroups)
        foreach (var o in ReviewOutcomes)
            list.Add(new FieldDefinition($"review.{g.Key}.{o.Key}", StatisticsTable.Review, FieldValueType.Count));
        return list;
    }

    private static FieldValueType ActiveValueType(string columnKey) => columnKey switch
    {
        "change" => FieldValueType.SignedCount,
        "amount" or "amountWan" => FieldValueType.Amount,
        _ => FieldValueType.Count,
    };

    // ---- Sections -----------------------------------------------------------------------------------------
    /// <summary>Chapter headings 一…六 with the words that identify them whatever their numbering.</summary>
    public static readonly ImmutableArray<(int Number, string Heading, ImmutableArray<string> Fragments)> Sections =
        ImmutableArray.Create(
            (1, "一、总体情况", F("总体情况", "基本情况", "概述")),
            (2, "二、主动公开政府信息情况", F("主动公开政府信息情况", "主动公开政府信息", "主动公开情况")),
            (3, "三、收到和处理政府信息公开申请情况", F("收到和处理政府信息公开申请", "收到和处理", "依申请公开政府信息情况", "依申请公开情况", "依申请公开")),
            (4, "四、政府信息公开行政复议、行政诉讼情况", F("行政复议、行政诉讼", "行政复议和行政诉讼", "行政复议与行政诉讼", "行政复议", "行政诉讼")),
            (5, "五、存在的主要问题及改进情况", F("存在的主要问题", "主要问题及改进", "存在的问题", "存在问题", "问题及改进", "改进情况", "改进措施")),
            (6, "六、其他需要报告的事项", F("其他需要报告的事项", "其他需要报告", "其他事项")));
}
