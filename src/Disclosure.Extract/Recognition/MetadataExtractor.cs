using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>
/// Reads title, organization, year and publication date from the text (template.md §7): the title among the first
/// paragraphs (possibly over two or three lines), the organization and year from the title's known patterns, the
/// date from the signature line at the end, else from the page's own metadata.
/// </summary>
public static partial class MetadataExtractor
{
    private const int TitleSearchParagraphs = 8;

    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*年")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"^(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^(?<y>[〇零一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,2})月(?<d>[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex ChineseDateLine();

    [GeneratedRegex(@"(发布|公开|成文|发文)(日期|时间)[:：]?\s*(?<y>(19|20)\d{2})[-./年](?<m>\d{1,2})[-./月](?<d>\d{1,2})")]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"统计(期限|时限|时间|期间)[^。]{0,20}?(?<y>(19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")]
    private static partial Regex StatisticsPeriod();

    [GeneratedRegex(@"(政府信息公开|政务公开|信息公开)")]
    private static partial Regex DisclosureWord();

    public static ReportMetadata Extract(TokenGrid grid, IReadOnlyList<SectionHeading> headings)
    {
        var paragraphs = grid.Paragraphs.Select(p => p.Text.Replace("[bookmark: _GoBack]", "").Trim())
            .Where(t => t.Length > 0).ToList();
        var firstHeadingBlock = headings.Count > 0 ? headings[0].BlockIndex : int.MaxValue;
        var leading = grid.Paragraphs.Where(p => p.Index < firstHeadingBlock).Select(p => p.Text.Trim())
            .Where(t => t.Length > 0).Take(TitleSearchParagraphs).ToList();
        if (leading.Count == 0) leading = paragraphs.Take(TitleSearchParagraphs).ToList();

        var title = FindTitle(leading);
        if (title is null && grid.Properties.TryGetValue(GridProperties.Title, out var propTitle) && IsTitleLike(Squash(propTitle)))
            title = propTitle.Trim();
        var (organization, year) = title is null ? (null, null) : ParseTitle(Squash(title));
        organization = QualifiedOrganization(organization, paragraphs) ?? organization ?? CompilerOrganization(paragraphs);
        year ??= StatisticsYear(paragraphs);
        var published = PublishedDate(paragraphs, grid);
        return new ReportMetadata(title is null ? null : Squash(title), organization, year, published);
    }

    private static string Squash(string s) =>
        Regex.Replace(s.Replace("[bookmark: _GoBack]", ""), @"[\s\u3000\u00A0]+", "");

    // A title is a name, not a sentence: no full stop, semicolon or comma.
    private static bool IsTitleLike(string s) =>
        s.Length <= 60 && (s.Contains("报告") || s.Contains("年报")) && DisclosureWord().IsMatch(s)
        && !Regex.IsMatch(s, "[。；，;,]");

    private static string? FindTitle(List<string> leading)
    {
        for (var i = 0; i < leading.Count; i++)
        {
            var line = Squash(leading[i]);
            if (line.Length > 60) continue;
            if (IsTitleLike(line))
            {
                // A title split over lines: a short preceding line without punctuation belongs to it.
                // A title split over lines: a line naming no organization (it starts with the year or with
                // 政府信息公开) takes the short unpunctuated line before it, the organization (and year).
                var namesNoOrganization = Regex.IsMatch(line, @"^((19|20)\d{2}年度?)?(政府信息公开|政务公开|信息公开|年度报告)");
                if (i > 0 && Squash(leading[i - 1]) is { Length: > 0 and <= 30 } prev && !Regex.IsMatch(prev, "[。，；：:,]")
                    && !IsTitleLike(prev) && (namesNoOrganization || Regex.IsMatch(prev, "(19|20)\\d{2}年度?$")))
                    return prev + line;
                return line;
            }
            if (i + 1 < leading.Count && line.Length <= 40 && DisclosureWord().IsMatch(line) && !Regex.IsMatch(line, "[。，；]"))
            {
                var joined = line + Squash(leading[i + 1]);
                if (IsTitleLike(joined) && Squash(leading[i + 1]).Length <= 20)
                {
                    // Three lines: organization / year and subject / 年度报告.
                    if (i > 0 && Squash(leading[i - 1]) is { Length: > 0 and <= 30 } prev && !Regex.IsMatch(prev, "[。，；：:,]")
                        && Regex.IsMatch(line, @"^((19|20)\d{2}年度?)?(政府信息公开|政务公开|信息公开)"))
                        return prev + joined;
                    return joined;
                }
            }
        }
        return null;
    }

    /// <summary>Organization and year from the title patterns of template.md §7.</summary>
    public static (string? Organization, int? Year) ParseTitle(string title)
    {
        // 二〇二二年 → 2022年, so that one set of patterns reads both.
        title = Regex.Replace(title, "[〇零一二三四五六七八九]{4}(?=年)",
            m => string.Concat(m.Value.Select(ch => (char)('0' + "〇一二三四五六七八九".IndexOf(ch == '零' ? '〇' : ch)))));
        int? year = YearRegex().Match(title) is { Success: true } ym ? int.Parse(ym.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        string? org = null;
        var yearMatch = YearRegex().Match(title);
        var word = DisclosureWord().Match(title);
        if (yearMatch.Success && yearMatch.Index == 0)
        {
            // {YYYY}年{org}政府信息公开…
            var rest = title[yearMatch.Length..].TrimStart('度');
            var w = DisclosureWord().Match(rest);
            if (w.Success) org = rest[..w.Index];
        }
        else
        {
            var cut = new[] { yearMatch.Success ? yearMatch.Index : int.MaxValue, word.Success ? word.Index : int.MaxValue }.Min();
            if (cut != int.MaxValue) org = title[..cut];
        }
        if (org is not null)
        {
            org = org.Trim('（', '）', '(', ')', '：', ':');
            if (org.EndsWith("关于", StringComparison.Ordinal)) org = org[..^2];
            if (org.Length < 2) org = null;
        }
        return (org, year);
    }

    /// <summary>
    /// Titles often drop the city a district belongs to (洪泽区人民政府); the body names it in full
    /// (淮安市洪泽区人民政府办公室). Only a prefix ending in 省/市/州/盟 is taken, so the org itself never changes.
    /// </summary>
    private static string? QualifiedOrganization(string? organization, List<string> paragraphs)
    {
        if (organization is null) return null;
        var pattern = new Regex(@"(?<p>[\u4e00-\u9fa5]{1,8}?(省|市|自治州|州|盟))" + Regex.Escape(organization));
        foreach (var p in paragraphs.Take(6))
        {
            var m = pattern.Match(Squash(p));
            if (m.Success && !organization.StartsWith(m.Groups["p"].Value, StringComparison.Ordinal))
            {
                var prefix = m.Groups["p"].Value;
                // Keep only the place names: cut anything before the last clause-like word (本报告由…).
                var cut = Math.Max(prefix.LastIndexOf('由'), prefix.LastIndexOf('是'));
                if (cut >= 0) prefix = prefix[(cut + 1)..];
                if (prefix.Length >= 2) return prefix + organization;
            }
        }
        return null;
    }

    /// <summary>`本报告由{org}（办公室）…编制` when the title names no organization.</summary>
    private static string? CompilerOrganization(List<string> paragraphs)
    {
        foreach (var p in paragraphs.Take(6))
        {
            var m = Regex.Match(Squash(p), @"由(?<org>[\u4e00-\u9fa5（）()]{2,30}?)(根据|依据|按照|负责|编制)");
            if (m.Success) return m.Groups["org"].Value;
        }
        return null;
    }

    private static int? StatisticsYear(List<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            var m = StatisticsPeriod().Match(Squash(p));
            if (m.Success) return int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        return null;
    }

    private static string? PublishedDate(List<string> paragraphs, TokenGrid grid)
    {
        // The signature date closes the report: search the last few paragraphs, last first.
        foreach (var p in paragraphs.AsEnumerable().Reverse().Take(8))
        {
            foreach (var line in p.Split('\n').Reverse())
            {
                var s = Squash(line);
                if (DateLine().Match(s) is { Success: true } m) return Iso(m);
                if (ChineseDateLine().Match(s) is { Success: true } c) return ChineseIso(c);
            }
        }
        foreach (var p in paragraphs)
            if (PublishedLabel().Match(Squash(p)) is { Success: true } m) return Iso(m);
        return grid.Properties.TryGetValue(GridProperties.PublishedDate, out var d) ? d : null;
    }

    private static string? Iso(Match m)
    {
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? $"{y:D4}-{mo:D2}-{d:D2}" : null;
    }

    private static string? ChineseIso(Match m)
    {
        const string digits = "〇一二三四五六七八九";
        var y = int.Parse(string.Concat(m.Groups["y"].Value.Select(ch => ch == '零' ? '0' : (char)('0' + digits.IndexOf(ch)))), CultureInfo.InvariantCulture);
        static int Small(string s) => s switch
        {
            _ when s.StartsWith('十') => 10 + (s.Length > 1 ? "一二三四五六七八九".IndexOf(s[1]) + 1 : 0),
            _ when s.Length == 3 => ("一二三".IndexOf(s[0]) + 1) * 10 + "一二三四五六七八九".IndexOf(s[2]) + 1,
            _ when s.Length == 2 && s[1] == '十' => ("一二三".IndexOf(s[0]) + 1) * 10,
            _ => "一二三四五六七八九".IndexOf(s[0]) + 1,
        };
        var mo = Small(m.Groups["m"].Value);
        var d = Small(m.Groups["d"].Value);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? $"{y:D4}-{mo:D2}-{d:D2}" : null;
    }
}
