using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Recognition;

/// <summary>A chapter heading found in the paragraph stream.</summary>
public sealed record SectionHeading(int Number, string Text, int BlockIndex);

/// <summary>
/// Finds the chapter headings 一…六 by their words (总体情况, 主动公开…), tolerating numbering styles (`五、`, `5、`,
/// `5.`, none) and missing headings; sub-headings such as （一）主动公开情况 are not chapters.
/// </summary>
public static partial class SectionFinder
{
    [GeneratedRegex(@"^(?<ord>[一二三四五六七八九十]{1,2}\s*[、.．,，:：]|[1-9]\s*[、.．,，:：](?![0-9])|第[一二三四五六七八九十]{1,2}[章部分]+[、.．:：]?)?")]
    private static partial Regex ChapterOrdinal();

    private const int MaxHeadingLength = 40;

    public static ImmutableArray<SectionHeading> Find(TokenGrid grid)
    {
        var found = new List<SectionHeading>();
        var lastNumber = 0;
        foreach (var p in grid.Paragraphs)
        {
            foreach (var line in p.Text.Split('\n'))
            {
                var number = HeadingNumber(line);
                if (number is null || number <= lastNumber) continue;
                found.Add(new SectionHeading(number.Value, line.Trim(), p.Index));
                lastNumber = number.Value;
            }
        }
        return found.ToImmutableArray();
    }

    /// <summary>The chapter number a line is a heading of, or null.</summary>
    public static int? HeadingNumber(string line)
    {
        var trimmed = line.Trim().TrimStart('\u3000', '\u00A0');
        if (trimmed.Length == 0) return null;
        var cleaned = LabelText.Clean(trimmed);
        if (cleaned.Length == 0 || cleaned.Length > MaxHeadingLength) return null;
        // Sub-headings （一）… belong to a chapter; they are never chapters themselves.
        if (cleaned[0] is '(' or '（') return null;
        var m = ChapterOrdinal().Match(cleaned);
        var ordinal = m.Groups["ord"].Success ? m.Groups["ord"].Value : "";
        var body = cleaned[ordinal.Length..];
        if (body.Length == 0) return null;
        // Heading sentences end without a full stop; prose that mentions 主动公开 does not count.
        if (body.EndsWith('。') || body.Contains('，') || body.Contains(',') && body.Length > 20) return null;
        foreach (var (number, heading, fragments) in TemplateCatalog.Sections)
        {
            var canonical = LabelText.StripOrdinals(LabelText.Clean(heading));
            var match = body == canonical || fragments.Any(f => body.Contains(LabelText.Clean(f), StringComparison.Ordinal));
            if (!match) continue;
            // Without numbering, only a line that is (nearly) the heading itself counts.
            if (ordinal.Length == 0 && body.Length > canonical.Length + 6) return null;
            var ordinalNumber = OrdinalValue(ordinal);
            if (ordinalNumber is not null && ordinalNumber != number && Math.Abs(ordinalNumber.Value - number) > 1) return null;
            return number;
        }
        return null;
    }

    private static int? OrdinalValue(string ordinal)
    {
        if (ordinal.Length == 0) return null;
        var c = ordinal.TrimStart('第')[0];
        var idx = "一二三四五六七八九".IndexOf(c);
        if (idx >= 0) return idx + 1;
        return char.IsAsciiDigit(c) ? c - '0' : null;
    }
}
