using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Specs;

/// <summary>
/// Names of the printed labels a spec may override (ReportSpec.Labels) and their template wording.
/// A more specific id (naming the 第二十条 item or the review group) wins over the general one.
/// </summary>
public static class LabelIds
{
    /// <summary>Article item of a table 二 row ("（一）" → "article1").</summary>
    public static string Article(string article) => "article" + (article.Trim('（', '）') switch
    {
        "一" => "1", "五" => "5", "六" => "6", "八" => "8", "九" => "9", var other => other,
    });

    public static string ActiveCaption(string articleId) => $"active.caption.{articleId}";
    public const string ActiveInfoContent = "active.header.infoContent";
    public static string ActiveColumn(string columnKey) => $"active.header.{columnKey}";
    public static string ActiveColumn(string articleId, string columnKey) => $"active.header.{articleId}.{columnKey}";
    public static string ActiveRow(string rowKey) => $"active.row.{rowKey}";

    public const string ApplicationsNote = "applications.header.note";
    public const string ApplicationsApplicant = "applications.header.applicant";
    public const string ApplicationsLegalPerson = "applications.header.legalPerson";
    public static string ApplicationsColumn(string columnKey) => $"applications.header.{columnKey}";
    public static string ApplicationsGroup(string groupKey) => $"applications.group.{groupKey}";
    public static string ApplicationsRow(string rowKey) => $"applications.row.{rowKey}";

    public const string ReviewAdministrative = "review.header.administrativeReview";
    public const string ReviewLitigation = "review.header.litigation";
    public static string ReviewGroup(string groupKey) => $"review.header.{groupKey}";
    public static string ReviewOutcome(string outcomeKey) => $"review.header.{outcomeKey}";
    public static string ReviewOutcome(string groupKey, string outcomeKey) => $"review.header.{groupKey}.{outcomeKey}";

    /// <summary>The template wording of the table 三 identity note in header cell A1.</summary>
    public const string IdentityNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Every label id that the layout prints, with its template text (used by tests and by spec authors).</summary>
    public static IReadOnlyDictionary<string, string> Defaults(TemplateLayout layout, bool singleOtherRow)
    {
        var d = new Dictionary<string, string>();
        foreach (var row in TemplateCatalog.ActiveRows(layout))
        {
            var article = Article(row.Article);
            d[ActiveCaption(article)] = $"第二十条第{row.Article}项";
            d[ActiveRow(row.Key)] = row.Label;
            foreach (var col in row.Columns) d[ActiveColumn(col.Key)] = col.Label;
        }
        d[ActiveInfoContent] = "信息内容";
        d[ApplicationsNote] = IdentityNote;
        d[ApplicationsApplicant] = "申请人情况";
        d[ApplicationsLegalPerson] = "法人或其他组织";
        foreach (var col in TemplateCatalog.ApplicantColumns) d[ApplicationsColumn(col.Key)] = col.Label;
        foreach (var g in TemplateCatalog.ApplicationGroups) d[ApplicationsGroup(g.Key)] = g.Label;
        foreach (var row in TemplateCatalog.ApplicationRows(layout, singleOtherRow)) d[ApplicationsRow(row.Key)] = row.Label;
        d[ReviewAdministrative] = "行政复议";
        d[ReviewLitigation] = "行政诉讼";
        d[ReviewGroup("litigationDirect")] = "未经复议直接起诉";
        d[ReviewGroup("litigationAfterReview")] = "复议后起诉";
        foreach (var o in TemplateCatalog.ReviewOutcomes) d[ReviewOutcome(o.Key)] = o.Label;
        return d;
    }
}
