using System.Globalization;
using System.Text;

namespace Disclosure.Extract.Corpus.Truth;

/// <summary>
/// The number a printed cell states, by a deliberately small rule set kept apart from the extractor's value parser,
/// so the corpus truth is an independent oracle: "00" → 0, "127.082万元" → 127.082, "１２" → 12, "1,234" → 1234,
/// "+14" → 14, blank / "-" / "/" / "无" → null. Any other text is a spec error.
/// </summary>
public static class CellTextOracle
{
    private static readonly HashSet<string> Placeholders = ["-", "--", "—", "——", "/", "无", "空"];

    public static decimal? Number(string cellText)
    {
        var sb = new StringBuilder();
        foreach (var ch in cellText)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0' || ch == '\u3000') continue;
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '－' => '-',
                '／' => '/',
                '＋' => '+',
                '．' => '.',
                '，' => ',',
                _ => ch,
            });
        }
        var s = sb.ToString();
        if (s.Length == 0 || Placeholders.Contains(s)) return null;
        if (s.EndsWith("万元", StringComparison.Ordinal)) s = s[..^2];
        else if (s.EndsWith('元')) s = s[..^1];
        s = s.Replace(",", "");
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"Cell text '{cellText}' is neither a number, a blank nor a known placeholder.");
        return value;
    }
}
