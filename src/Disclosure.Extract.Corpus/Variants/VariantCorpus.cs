using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Variants;

/// <summary>One generated report: its name, layout, year, size of organization and the features it exercises.</summary>
public sealed record VariantRecipe(string Name, string Layout, int Year, OrganizationScale Scale, Action<VariantDraft> Apply, bool SingleOtherRow = false);

/// <summary>
/// The seeded generator of the variant corpus: each recipe starts from realistic sampled numbers (identities hold)
/// and applies the label, value, structure and narrative variants of template.md §4 that it is named after.
/// </summary>
public static class VariantCorpus
{
    public const ulong Seed = 0x5EED_2024_0601UL;

    internal static readonly Dictionary<OrganizationScale, string[]> Organizations = new()
    {
        [OrganizationScale.Township] = ["青石镇人民政府", "白沙乡人民政府", "南湖街道办事处", "柳河镇人民政府", "云岭乡人民政府", "西关街道办事处", "桃源镇人民政府", "石门乡人民政府"],
        [OrganizationScale.County] = ["临江县人民政府", "东岭区人民政府", "安平县人民政府", "清溪县人民政府办公室", "河西区人民政府", "平川县人民政府"],
        [OrganizationScale.CityDepartment] = ["云台市交通运输局", "江州市市场监督管理局", "北原市自然资源和规划局", "西江市卫生健康委员会", "长川市教育局", "东陵市生态环境局", "江州市人民政府"],
    };

    public static IReadOnlyList<VariantRecipe> Recipes { get; } =
    [
        new("baseline-2019", "2019", 2019, OrganizationScale.CityDepartment, d => d.NarrativeNumbers = true),
        new("baseline-2021", "2021", 2021, OrganizationScale.County, d => d.NarrativeNumbers = true),
        new("single-other-row-2021", "2021", 2022, OrganizationScale.County, d => d.Notes.Add("2021 layout with （六）其他处理 kept as one row: applications.other.total is printed, the three sub-rows are absent."), SingleOtherRow: true),
        new("line-break-labels", "2019", 2020, OrganizationScale.County, LineBreakLabels),
        new("stray-spaces", "2021", 2023, OrganizationScale.CityDepartment, StraySpaces),
        new("half-width-brackets", "2021", 2022, OrganizationScale.Township, HalfWidthBrackets),
        new("arabic-sub-numbering", "2019", 2019, OrganizationScale.County, d => SubRowNumbering(d, "、")),
        new("unnumbered-rows", "2021", 2024, OrganizationScale.County, d => SubRowNumbering(d, null)),
        new("traditional-characters", "2019", 2020, OrganizationScale.CityDepartment, Traditional),
        new("traditional-characters-2021", "2021", 2021, OrganizationScale.County, Traditional),
        new("glosses-signed-change", "2019", 2020, OrganizationScale.CityDepartment, d => { Glosses(d); SignedChanges(d); }),
        new("ascii-quotes-heji-legal-and", "2021", 2023, OrganizationScale.County, AsciiQuotesHejiLegalAnd),
        new("zeros-left-blank", "2019", 2020, OrganizationScale.Township, ZerosLeftBlank),
        new("totals-only", "2021", 2021, OrganizationScale.County, TotalsOnly),
        new("placeholders", "2019", 2019, OrganizationScale.County, Placeholders),
        new("placeholders-2021", "2021", 2022, OrganizationScale.Township, Placeholders),
        new("double-zero-full-width", "2021", 2023, OrganizationScale.County, DoubleZeroAndFullWidth),
        new("units-thousands-yuan", "2019", 2020, OrganizationScale.CityDepartment, d => UnitsAndSeparators(d, wan: false)),
        new("units-wan-padded", "2019", 2019, OrganizationScale.County, d => { UnitsAndSeparators(d, wan: true); PaddedCells(d); }),
        new("extra-local-rows", "2019", 2020, OrganizationScale.County, ExtraLocalRows),
        new("violates-balance", "2021", 2022, OrganizationScale.CityDepartment, ViolateBalance),
        new("violates-results-sum", "2019", 2020, OrganizationScale.County, ViolateResultsSum),
        new("violates-row-sum", "2021", 2023, OrganizationScale.CityDepartment, ViolateRowSum),
        new("violates-review-sum", "2021", 2023, OrganizationScale.CityDepartment, ViolateReviewSum),
        new("split-tables-2021", "2021", 2021, OrganizationScale.County, d => Split(d, new TableSplitSpec { ActivePerArticle = true, ApplicationsAfter = "unavailable.unclearAfterCorrection" }, "Table 二 printed as one Word table per 第二十条 item; table 三 cut into two Word tables after （四）3 (the second part starts with （五）, no header rows).")),
        new("split-tables-2019", "2019", 2019, OrganizationScale.CityDepartment, d => Split(d, new TableSplitSpec { ActivePerArticle = true, ReviewHeaderSeparate = true }, "Table 二 printed as one Word table per 第二十条 item; table 四 header rows and data row in two Word tables.")),
        new("split-mid-group", "2019", 2020, OrganizationScale.CityDepartment, d => { Split(d, new TableSplitSpec { ApplicationsAfter = "denied.stateSecret" }, "Table 三 cut inside group （三）不予公开, after 1.属于国家秘密: the continued merges restart empty in the second Word table."); ThousandsInApplications(d); }),
        new("missing-headings-narrative-numbers", "2021", 2022, OrganizationScale.County, MissingHeadingsNarrative),
        new("layout-2021-in-2020", "2021", 2020, OrganizationScale.Township, Layout2021In2020),
        new("narrative-disagrees", "2019", 2020, OrganizationScale.County, NarrativeDisagrees),
    ];

    public static IReadOnlyList<ReportSpec> Specs() => Recipes.Select((recipe, i) => Build(recipe, i)).ToList();

    private static ReportSpec Build(VariantRecipe recipe, int index)
    {
        var rng = new SplitMix64(Seed + (ulong)index * 0x9E3779B97F4A7C15UL);
        var organization = rng.Pick(Organizations[recipe.Scale]);
        var draft = new VariantDraft($"gen{index + 1:00}-{recipe.Name}", rng, recipe.Layout, recipe.Year, recipe.SingleOtherRow, recipe.Scale, organization);
        draft.TableIntroLine = rng.Chance(0.25);
        draft.NbspAfterTables = rng.Chance(0.25);
        recipe.Apply(draft);
        return draft.ToSpec();
    }

    // ---- label variants ------------------------------------------------------------------------------------
    private static void LineBreakLabels(VariantDraft d)
    {
        d.Labels[LabelIds.ActiveColumn("newlyMade")] = "本年新\n制作数量";
        d.Labels[LabelIds.ActiveColumn("newlyPublished")] = "本年新\n公开数量";
        d.Labels[LabelIds.ActiveColumn("totalPublished")] = "对外公开\n总数量";
        d.Labels[LabelIds.ApplicationsColumn("commercial")] = "商业\n企业";
        d.Labels[LabelIds.ApplicationsColumn("research")] = "科研\n机构";
        d.Labels[LabelIds.ApplicationsColumn("publicInterest")] = "社会\n公益\n组织";
        d.Labels[LabelIds.ApplicationsColumn("legalService")] = "法律\n服务\n机构";
        d.Labels[LabelIds.ApplicationsGroup("results")] = "三、本年度\n办理结果";
        foreach (var group in new[] { "administrativeReview", "litigationDirect", "litigationAfterReview" })
        foreach (var (key, text) in new[] { ("upheld", "结果\n维持"), ("corrected", "结果\n纠正"), ("other", "其他\n结果"), ("pending", "尚未\n审结") })
            d.Labels[LabelIds.ReviewOutcome(group, key)] = text;
        d.Notes.Add("Header labels carry line breaks (w:br) inside the cell: 本年新\\n制作数量, 商业\\n企业, 结果\\n维持 ….");
    }

    private static void StraySpaces(VariantDraft d)
    {
        d.Labels[LabelIds.ActiveColumn("issued")] = "本年 制发件数";
        d.Labels[LabelIds.ApplicationsRow("notProcessed.excessive")] = "4.无正当理由大量反复 申请";
        d.Labels[LabelIds.ApplicationsRow("notProcessed.confirmation")] = "5.要求行政机关确认或重 新出具已获取信息";
        d.Labels[LabelIds.ApplicationsRow("partiallyGranted")] = "（二）部分公开（区分处理的，只计这一情 形，不计其他情形）";
        d.Labels[LabelIds.ApplicationsColumn("total")] = "总 计";
        d.Labels[LabelIds.ApplicationsColumn("commercial")] = "商业 企业";
        d.Labels[LabelIds.ReviewOutcome("total")] = "总 计";
        d.Notes.Add("Labels broken by stray spaces (总 计, 商业 企业, 大量反复 申请 …).");
    }

    private static void HalfWidthBrackets(VariantDraft d)
    {
        foreach (var (id, text) in LabelIds.Defaults(d.TemplateLayout, d.SingleOtherRow))
            if (text.Contains('（') && !id.EndsWith(".note", StringComparison.Ordinal))
                d.Labels[id] = text.Replace('（', '(').Replace('）', ')').Replace('：', ':');
        d.Notes.Add("Half-width brackets in labels: 第二十条第(一)项, (一)予以公开, (七)总计.");
    }

    /// <summary>Renumbers the sub-rows "1." as "1、" (<paramref name="separator"/>) or drops their numbering (null), and the results rows likewise.</summary>
    private static void SubRowNumbering(VariantDraft d, string? separator)
    {
        foreach (var row in TemplateCatalog.ApplicationRows(d.TemplateLayout, d.SingleOtherRow))
        {
            var label = row.Label;
            if (label.Length > 2 && char.IsAsciiDigit(label[0]) && label[1] == '.')
                d.Labels[LabelIds.ApplicationsRow(row.Key)] = separator is null ? label[2..] : label[0] + separator + label[2..];
            else if (separator is null && label.StartsWith('（') && row.Group == "results")
                d.Labels[LabelIds.ApplicationsRow(row.Key)] = label[(label.IndexOf('）') + 1)..];
        }
        d.Notes.Add(separator is null ? "Table 三 row labels without ordinals (属于国家秘密, 予以公开 …)." : "Table 三 sub-rows numbered 1、2、3、 instead of 1. 2. 3.");
    }

    private static void Traditional(VariantDraft d)
    {
        var map = new Dictionary<string, string>
        {
            [LabelIds.ActiveInfoContent] = "信息內容",
            [LabelIds.ActiveRow("licensing")] = "行政許可",
            [LabelIds.ActiveRow("punishment")] = "行政處罰",
            [LabelIds.ActiveRow("coercion")] = "行政強制",
            [LabelIds.ActiveRow("fees")] = "行政事業性收費",
        };
        if (d.Layout == "2021")
        {
            map[LabelIds.ActiveColumn("issued")] = "本年制發件數";
            map[LabelIds.ActiveColumn("repealed")] = "本年廢止件數";
            map[LabelIds.ActiveColumn("inForce")] = "現行有效件數";
            map[LabelIds.ActiveRow("normativeDocuments")] = "行政規範性文件";
            map[LabelIds.ActiveColumn("decisions")] = "本年處理決定數量";
            map[LabelIds.ActiveColumn("amountWan")] = "本年收費金額（單位：萬元）";
        }
        else
        {
            map[LabelIds.ActiveColumn("newlyMade")] = "本年新製作數量";
            map[LabelIds.ActiveColumn("newlyPublished")] = "本年新公開數量";
            map[LabelIds.ActiveColumn("totalPublished")] = "對外公開總數量";
            map[LabelIds.ActiveRow("normativeDocuments")] = "規範性文件";
            map[LabelIds.ActiveColumn("previousCount")] = "上一年項目數量";
            map[LabelIds.ActiveColumn("change")] = "本年增/減";
            map[LabelIds.ActiveColumn("decisions")] = "處理決定數量";
            map[LabelIds.ActiveRow("otherServices")] = "其他對外管理服務事項";
            map[LabelIds.ActiveColumn("projects")] = "採購項目數量";
            map[LabelIds.ActiveColumn("amount")] = "採購總金額";
            map[LabelIds.ActiveRow("procurement")] = "政府集中採購";
        }
        map[LabelIds.ApplicationsApplicant] = "申請人情況";
        map[LabelIds.ApplicationsColumn("commercial")] = "商業企業";
        map[LabelIds.ApplicationsColumn("research")] = "科研機構";
        map[LabelIds.ApplicationsColumn("total")] = "總計";
        map[LabelIds.ApplicationsRow("denied.stateSecret")] = "1.屬於國家秘密";
        map[LabelIds.ReviewAdministrative] = "行政復議";
        map[LabelIds.ReviewLitigation] = "行政訴訟";
        foreach (var (k, v) in map) d.Labels[k] = v;
        d.Notes.Add("Traditional characters in labels (規範性文件, 處理決定數量, 申請人情況, 行政復議 …), as in zh-TW converted copies.");
    }

    private static void Glosses(VariantDraft d)
    {
        d.Labels[LabelIds.ActiveRow("rules")] = "规章(设区的市、自治州人民政府应提供相关数据)";
        d.Labels[LabelIds.ActiveColumn("previousCount")] = $"上一年项目数量(指{d.Year - 1}年事项数)";
        d.Labels[LabelIds.ActiveColumn("change")] = $"本年增/减(指{d.Year}年增加或减少的事项数，减用负值表示，如-8)";
        d.Labels[LabelIds.ActiveColumn("decisions")] = $"处理决定数量(指{d.Year}年办件量)";
        d.Labels[LabelIds.ActiveRow("otherServices")] = "其他对外管理服务事项(指行政许可以外的政务服务事项)";
        d.Notes.Add("Provincial fill-in glosses in parentheses inside labels (指…年事项数, 如-8).");
    }

    private static void AsciiQuotesHejiLegalAnd(VariantDraft d)
    {
        d.Labels[LabelIds.ApplicationsRow("denied.threeSecurities")] = "3.危及\"三安全一稳定\"";
        d.Labels[LabelIds.ApplicationsColumn("total")] = "合计";
        d.Labels[LabelIds.ApplicationsRow("resultsTotal")] = "（七）合计";
        d.Labels[LabelIds.ApplicationsLegalPerson] = "法人和其他组织";
        d.Labels[LabelIds.ReviewOutcome("total")] = "合计";
        d.Notes.Add("ASCII quotes in 3.危及\"三安全一稳定\"; 合计 instead of 总计; 法人和其他组织.");
    }

    // ---- value variants ------------------------------------------------------------------------------------
    private static IEnumerable<string> ApplicantCells(VariantDraft d) =>
        d.Keys.Where(k => k.StartsWith("applications.", StringComparison.Ordinal) && !k.EndsWith(".total", StringComparison.Ordinal));

    private static void ZerosLeftBlank(VariantDraft d)
    {
        foreach (var key in d.Keys.Where(k => k.StartsWith("applications.", StringComparison.Ordinal) || k.StartsWith("review.", StringComparison.Ordinal)))
            if (d.Numbers[key] == 0) d.Cells[key] = d.Rng.Next(0, 2) switch { 0 => "", 1 => "\u00A0", _ => "\u3000" };
        d.Notes.Add("Zero cells of tables 三 and 四 left empty, NBSP or U+3000: their truth is null (blank), never 0.");
    }

    private static void TotalsOnly(VariantDraft d)
    {
        foreach (var key in ApplicantCells(d)) d.Cells[key] = "";
        d.Notes.Add("Table 三: only the 总计 column is filled; every applicant cell is empty (row sums unverifiable).");
    }

    private static void Placeholders(VariantDraft d)
    {
        var rules = d.Keys.Where(k => k.StartsWith("active.rules.", StringComparison.Ordinal)).ToList();
        foreach (var key in rules) d.Cells[key] = "/";
        d.Cells["active.coercion.decisions"] = "-";
        d.Cells[d.Layout == "2021" ? "active.fees.amountWan" : "active.fees.change"] = "无";
        foreach (var o in TemplateCatalog.ReviewOutcomes) d.Cells[$"review.litigationAfterReview.{o.Key}"] = "-";
        d.Notes.Add("Placeholders: 规章 '/', 行政强制 '-', 行政事业性收费 '无', 复议后起诉 all '-' (truth null).");
    }

    private static void DoubleZeroAndFullWidth(VariantDraft d)
    {
        var zeros = d.Keys.Where(k => d.Numbers[k] == 0 && k.StartsWith("applications.", StringComparison.Ordinal)).ToList();
        foreach (var key in zeros.Where((_, i) => i % 5 == 0).Take(6)) d.Cells[key] = "00";
        var nonZero = d.Keys.Where(k => d.Numbers[k] > 0 && d.Numbers[k] == decimal.Truncate(d.Numbers[k])).ToList();
        foreach (var key in nonZero.Where((_, i) => i % 7 == 3).Take(6)) d.Cells[key] = ToFullWidth(d.Cells[key]);
        d.Notes.Add("Some zero cells printed '00' (truth 0) and some numbers in full-width digits (truth the number).");
    }

    private static string ToFullWidth(string text) => new(text.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c).ToArray());

    private static string WithThousands(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static void UnitsAndSeparators(VariantDraft d, bool wan)
    {
        var amount = d.Numbers["active.procurement.amount"];
        if (amount == 0) d.SetNumber("active.procurement.amount", amount = 1_268_000m);
        if (wan)
        {
            var inWan = amount / 10000m;
            d.SetNumber("active.procurement.amount", inWan);
            d.Cells["active.procurement.amount"] = VariantDraft.Format(inWan) + "万元";
        }
        else
            d.Cells["active.procurement.amount"] = WithThousands(amount) + "元";
        foreach (var key in d.Keys.Where(k => k.StartsWith("active.", StringComparison.Ordinal) && !k.EndsWith(".amount", StringComparison.Ordinal) && d.Numbers[k] >= 1000))
            d.Cells[key] = WithThousands(d.Numbers[key]);
        d.Notes.Add(wan ? "采购总金额 printed with its unit 万元 in the cell (truth the number as written)." : "采购总金额 printed with thousands separators and the unit 元; table 二 counts ≥ 1000 with thousands separators.");
    }

    private static void PaddedCells(VariantDraft d)
    {
        var keys = d.Keys.Where(k => k.StartsWith("review.", StringComparison.Ordinal) || k.StartsWith("applications.newReceived.", StringComparison.Ordinal)).ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
            d.Cells[key] = (i % 3) switch { 0 => d.Cells[key] + "\u00A0", 1 => "\u00A0" + d.Cells[key], _ => " " + d.Cells[key] + " " };
        d.Notes.Add("Cells padded with NBSP and spaces ('0\\u00a0', ' 15 ').");
    }

    private static void SignedChanges(VariantDraft d)
    {
        var changes = d.Keys.Where(k => k.EndsWith(".change", StringComparison.Ordinal)).ToList();
        d.SetNumber(changes[0], 14);
        d.SetNumber(changes[1], -8);
        foreach (var key in changes.Where(k => d.Numbers[k] > 0)) d.Cells[key] = "+" + VariantDraft.Format(d.Numbers[key]);
        d.Notes.Add("本年增/减 printed signed: '+14', '-8' (truth 14, -8).");
    }

    private static void ThousandsInApplications(VariantDraft d)
    {
        // A busy city office: tripling every table 三 number keeps all identities (they are linear) and passes 1,000.
        foreach (var key in d.Keys.Where(k => k.StartsWith("applications.", StringComparison.Ordinal)))
            d.SetNumber(key, d.Numbers[key] * 3);
        d.Notes.Add("Table 三 counts of 1,000 and more printed with thousands separators (truth the number).");
        foreach (var key in d.Keys.Where(k => k.StartsWith("applications.", StringComparison.Ordinal) && d.Numbers[k] >= 1000))
            d.Cells[key] = WithThousands(d.Numbers[key]);
    }

    private static void Split(VariantDraft d, TableSplitSpec split, string note)
    {
        d.Split = split;
        d.Notes.Add(note);
    }

    // ---- structure -----------------------------------------------------------------------------------------
    private static void ExtraLocalRows(VariantDraft d)
    {
        var published = d.Rng.Next(20, 400);
        d.ExtraRows.Add(new ExtraRowSpec { Table = "active", After = "procurement", Cells = [$"{d.Year}年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：{published}"] });
        d.ExtraRows.Add(new ExtraRowSpec { Table = "active", After = "normativeDocuments", Cells = ["其他主动公开文件(含以本单位名义正式签发的主动公开文件)", $"{d.Rng.Next(5, 40)}", $"{d.Rng.Next(5, 40)}", $"{d.Rng.Next(40, 200)}"] });
        // A "其中" row: part of each column's new applications, with its own total.
        var online = TemplateCatalog.ApplicantColumns.Where(c => c.Key != "total")
            .Select(c => (decimal)d.Rng.Next(0, (int)d.Numbers[$"applications.newReceived.{c.Key}"])).ToList();
        d.ExtraRows.Add(new ExtraRowSpec { Table = "applications", After = "carriedForward", Cells = ["其中：通过网络平台提交的申请数量", .. online.Append(online.Sum()).Select(VariantDraft.Format)] });
        d.Notes.Add("Local extra rows with no canonical key: a one-cell row ending '：N' and a 3-value row in table 二, an 8-cell row after 四、结转下年度继续办理 in table 三.");
    }

    private static void ViolateBalance(VariantDraft d)
    {
        d.Notes.Add("Printed with a broken balance (一+二 ≠ 三+四) in the 自然人 and 总计 columns; truth keeps the printed numbers.");
        d.SetNumber("applications.carriedForward.naturalPerson", d.Numbers["applications.carriedForward.naturalPerson"] + 1);
        d.SetNumber("applications.carriedForward.total", d.Numbers["applications.carriedForward.total"] + 1);
    }

    private static void ViolateResultsSum(VariantDraft d)
    {
        d.Notes.Add("Printed with （一）予以公开 two too high in 自然人 and 总计, so （七）总计 is not the sum of the result rows.");
        d.SetNumber("applications.granted.naturalPerson", d.Numbers["applications.granted.naturalPerson"] + 2);
        d.SetNumber("applications.granted.total", d.Numbers["applications.granted.total"] + 2);
    }

    private static void ViolateRowSum(VariantDraft d)
    {
        d.Notes.Add("Printed with two row totals that do not add up across the applicant columns (one moved between rows).");
        // Moving one from one row total to another keeps every column identity and breaks only the two row sums.
        var donor = TemplateCatalog.ApplicationRows(d.TemplateLayout, d.SingleOtherRow)
            .Select(r => $"applications.{r.Key}.total")
            .First(k => k.Contains(".partiallyGranted.") || k.Contains(".unavailable.") ? d.Numbers[k] >= 1 : false);
        d.SetNumber(donor, d.Numbers[donor] - 1);
        d.SetNumber("applications.granted.total", d.Numbers["applications.granted.total"] + 1);
    }

    private static void ViolateReviewSum(VariantDraft d)
    {
        d.Notes.Add("Table 四 prints 总计 0 for 行政复议 and 复议后起诉 although their parts are not 0 (as in a real 2023 report).");
        d.SetNumber("review.administrativeReview.upheld", Math.Max(3, d.Numbers["review.administrativeReview.upheld"]));
        d.SetNumber("review.administrativeReview.total", 0);
        d.SetNumber("review.litigationAfterReview.upheld", Math.Max(2, d.Numbers["review.litigationAfterReview.upheld"]));
        d.SetNumber("review.litigationAfterReview.total", 0);
    }

    private static void MissingHeadingsNarrative(VariantDraft d)
    {
        d.MissingHeadings.Add(1);
        d.MissingHeadings.Add(4);
        d.NarrativeNumbers = true;
        d.HeadingWording[5] = "政府信息公开工作存在的主要问题及改进情况";
        d.Notes.Add("Chapter headings 一 and 四 are missing (table 四 follows table 三's chapter); the narrative quotes numbers that agree with the tables.");
    }

    private static void Layout2021In2020(VariantDraft d)
    {
        d.Numbering = HeadingNumbering.Arabic;
        d.GoBackBookmark = true;
        d.NbspAfterTables = true;
        d.Labels[LabelIds.ApplicationsColumn("commercial")] = "商业\n企业";
        d.Labels[LabelIds.ApplicationsColumn("research")] = "科研\n机构";
        d.Notes.Add("A 2020 report printed with the 2021 layout (layout from the headers, not the year); chapter headings numbered 1、…6、.");
    }

    private static void NarrativeDisagrees(VariantDraft d)
    {
        d.NarrativeNumbers = true;
        d.NarrativeApplicationsOffset = 3;
        d.Numbering = HeadingNumbering.ArabicSpaced;
        d.HeadingWording[5] = "存在的问题与改进的措施";
        d.Notes.Add("The narrative's count of new applications is 3 more than table 三's newReceived.total (narrative/table disagreement).");
    }
}
