namespace Disclosure.Extract.Recognition;

/// <summary>
/// Decides 2019 vs 2021 from the table headers (fields.md: never from the year). Table 二 carries the strongest
/// markers; table 三's （六） sub-rows decide when table 二 is missing.
/// </summary>
public static class TemplateDetector
{
    private static readonly string[] Markers2021Active = { "制发件数", "废止件数", "现行有效", "行政规范性文件", "收费金额", "本年处理决定数量" };
    private static readonly string[] Markers2019Active = { "新制作", "新公开数量", "对外公开总数", "上一年项目", "增/减", "增减", "采购", "对外管理服务" };
    private static readonly string[] Markers2021Applications = { "逾期不补正", "缴纳费用", "收费通知" };

    public static TemplateLayout Detect(IEnumerable<LocatedTable> tables)
    {
        int v2019 = 0, v2021 = 0, app2021 = 0;
        foreach (var t in tables)
        {
            var text = string.Concat(t.Parts.SelectMany(p => p.Cells).Select(c => LabelText.Clean(c.Text) + "|"));
            if (t.Kind == StatisticsTable.Active)
            {
                v2021 += Markers2021Active.Count(m => text.Contains(m, StringComparison.Ordinal));
                v2019 += Markers2019Active.Count(m => text.Contains(m, StringComparison.Ordinal));
            }
            else if (t.Kind == StatisticsTable.Applications)
            {
                app2021 += Markers2021Applications.Count(m => text.Contains(m, StringComparison.Ordinal));
            }
        }
        if (v2021 > v2019) return TemplateLayout.Gov2021;
        if (v2019 > v2021) return TemplateLayout.Gov2019;
        if (app2021 > 0) return TemplateLayout.Gov2021;
        return TemplateLayout.Unknown;
    }
}
