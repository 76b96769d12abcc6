using System.Text.RegularExpressions;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Validation;

/// <summary>Plausibility warnings of template.md §3.2 that look at metadata as well as values (W1, W8).</summary>
public static partial class Plausibility
{
    /// <summary>W8: the layout is chosen from the headers, so a year that does not fit it is worth a look (seed 001 is real).</summary>
    public static ReportWarning? LayoutYearMismatch(int? year, TemplateLayout layout) => (year, layout) switch
    {
        ({ } y, TemplateLayout.Gov2021) when y <= 2020 =>
            new(WarningCodes.LayoutYearMismatch, $"the {y} report uses the 2021 layout (国办公开办函〔2021〕30号), which applies from 2021 reports on"),
        ({ } y, TemplateLayout.Gov2019) when y >= 2021 =>
            new(WarningCodes.LayoutYearMismatch, $"the {y} report uses the 2019 layout (国办公开办函〔2019〕60号), replaced from 2021 reports on"),
        _ => null,
    };

    /// <summary>
    /// W1: only provincial governments, governments of 设区的市 and 自治州, and State Council departments make 规章.
    /// A township, a street office, a county or district government or a local department reporting 规章 counts has
    /// most likely filled the wrong row.
    /// </summary>
    public static ReportWarning? RulesAtLocalLevel(string? organization, IReadOnlyDictionary<string, ExtractedField> fields)
    {
        if (organization is null || !LacksRulePower(organization)) return null;
        var counted = fields.Values
            .Where(f => f.Key.StartsWith("active.rules.", StringComparison.Ordinal) && f.Value.IsNumber && f.Value.Value > 0)
            .Select(f => f.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (counted.Count == 0) return null;
        return new(WarningCodes.RulesAtLocalLevel,
            $"{organization} reports 规章 counts ({string.Join(", ", counted)}), but only provincial and 设区的市/自治州 governments make 规章",
            counted[0]);
    }

    /// <summary>True when the name looks like a body without the power to make 规章.</summary>
    public static bool LacksRulePower(string organization)
    {
        var name = WhiteSpace().Replace(organization, "");
        if (name.Length == 0) return false;
        if (Township().IsMatch(name)) return true;
        if (National().IsMatch(name)) return false;
        // A government's general office (办公厅/办公室) publishes the government's own 规章, so it is judged by the
        // government's level, not as a department.
        var government = GovernmentOrItsOffice().Match(name);
        if (government.Success)
        {
            var level = government.Groups["level"].Value;
            return !(level.Length == 0 || level.EndsWith('省') || level.EndsWith('市') || level.EndsWith("自治州", StringComparison.Ordinal)
                     || level.EndsWith("自治区", StringComparison.Ordinal));
        }
        return Department().IsMatch(name);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("乡|镇|街道|办事处|苏木|社区")]
    private static partial Regex Township();

    [GeneratedRegex("^(?<level>.*?)人民政府(办公厅|办公室)?$")]
    private static partial Regex GovernmentOrItsOffice();

    [GeneratedRegex("^(国家|国务院|中华人民共和国|中国)|部$")]
    private static partial Regex National();

    [GeneratedRegex("(局|委|委员会|办|办公室|厅|署|中心|院|所|站|队)$")]
    private static partial Regex Department();
}
