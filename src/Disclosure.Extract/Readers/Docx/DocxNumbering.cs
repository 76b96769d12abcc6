using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Disclosure.Extract.Readers.Docx;

/// <summary>
/// Renders Word's automatic list numbers ("一、", "（二）", "3.") that the user sees but the paragraph text does not
/// contain: reports often number their section headings and table row labels this way.
/// Counters run in document order per abstract list, as Word counts them.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, AbstractNum> _abstracts = new();
    private readonly Dictionary<int, NumberingInstance> _instances = new();
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    // Counter key: the abstract list, or the instance itself when it restarts numbering (w:startOverride).
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    private DocxNumbering(Numbering numbering, Styles? styles)
    {
        foreach (var a in numbering.Elements<AbstractNum>())
            if (a.AbstractNumberId?.Value is { } id) _abstracts.TryAdd(id, a);
        foreach (var n in numbering.Elements<NumberingInstance>())
            if (n.NumberID?.Value is { } id) _instances.TryAdd(id, n);
        if (styles is not null)
            foreach (var s in styles.Elements<Style>())
                if (s.StyleId?.Value is { } id) _styles.TryAdd(id, s);
    }

    /// <summary>The numbering of a document, or null when it defines no lists.</summary>
    public static DocxNumbering? For(MainDocumentPart main) =>
        main.NumberingDefinitionsPart?.Numbering is { } numbering
            ? new DocxNumbering(numbering, main.StyleDefinitionsPart?.Styles)
            : null;

    /// <summary>
    /// Advances the list the paragraph belongs to and returns its rendered number with its separator, or null
    /// when the paragraph is not numbered or carries a bullet.
    /// </summary>
    public string? Next(Paragraph paragraph)
    {
        var (numId, level) = ListOf(paragraph);
        if (numId is null or 0 || !_instances.TryGetValue(numId.Value, out var instance)) return null;
        if (instance.AbstractNumId?.Val?.Value is not { } abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum))
            return null;
        level = Math.Clamp(level, 0, Levels - 1);

        var overrides = instance.Elements<LevelOverride>().ToList();
        var restarts = overrides.Any(o => o.StartOverrideNumberingValue is not null);
        var key = restarts ? $"num:{numId}" : $"abstract:{abstractId}";
        if (!_counters.TryGetValue(key, out var counters)) _counters[key] = counters = new int?[Levels];

        var definitions = new Level?[Levels];
        for (var l = 0; l < Levels; l++) definitions[l] = LevelOf(abstractNum, overrides, l);

        counters[level] = counters[level] is { } current ? current + 1 : StartOf(definitions[level], overrides, level);
        // A new item at this level restarts every deeper level.
        for (var l = level + 1; l < Levels; l++) counters[l] = null;

        var definition = definitions[level];
        var format = definition?.NumberingFormat?.Val?.Value;
        if (definition is null || format == NumberFormatValues.Bullet || format == NumberFormatValues.None) return null;
        var pattern = definition.LevelText?.Val?.Value;
        if (string.IsNullOrEmpty(pattern)) return null;
        var legal = definition.IsLegalNumberingStyle is { } isLgl && (isLgl.Val?.Value ?? true);

        var label = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var l = pattern[i + 1] - '1';
                var value = counters[l] ?? StartOf(definitions[l], overrides, l);
                var levelFormat = legal && l != level ? NumberFormatValues.Decimal : definitions[l]?.NumberingFormat?.Val?.Value;
                label.Append(Format(value, levelFormat));
                i++;
            }
            else
            {
                label.Append(pattern[i]);
            }
        }
        var suffix = definition.LevelSuffix?.Val?.Value;
        if (suffix == LevelSuffixValues.Space) label.Append(' ');
        else if (suffix != LevelSuffixValues.Nothing) label.Append('\t');
        return label.ToString();
    }

    private (int? NumId, int Level) ListOf(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        // Heading styles often carry the numbering: follow the style and what it is based on.
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; styleId is not null && depth < 16 && (numId is null || level is null); depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style)) break;
            var fromStyle = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= fromStyle?.NumberingId?.Val?.Value;
            level ??= fromStyle?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }
        return (numId, level ?? 0);
    }

    private static Level? LevelOf(AbstractNum abstractNum, List<LevelOverride> overrides, int level)
    {
        var overridden = overrides.FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        return overridden ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
    }

    private static int StartOf(Level? definition, List<LevelOverride> overrides, int level) =>
        overrides.FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value
        ?? definition?.StartNumberingValue?.Val?.Value
        ?? 1;

    internal static string Format(int value, NumberFormatValues? format)
    {
        if (format is not { } f) return value.ToString(CultureInfo.InvariantCulture);
        if (f == NumberFormatValues.ChineseCounting || f == NumberFormatValues.ChineseCountingThousand
            || f == NumberFormatValues.TaiwaneseCounting || f == NumberFormatValues.TaiwaneseCountingThousand
            || f == NumberFormatValues.JapaneseCounting)
            return ChineseCounting(value);
        if (f == NumberFormatValues.ChineseLegalSimplified) return ChineseCounting(value, legal: true);
        if (f == NumberFormatValues.IdeographTraditional && value is >= 1 and <= 10) return "甲乙丙丁戊己庚辛壬癸"[value - 1].ToString();
        if (f == NumberFormatValues.IdeographZodiac && value is >= 1 and <= 12) return "子丑寅卯辰巳午未申酉戌亥"[value - 1].ToString();
        if (f == NumberFormatValues.DecimalEnclosedCircle || f == NumberFormatValues.DecimalEnclosedCircleChinese)
            return value is >= 1 and <= 20 ? ((char)('①' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture);
        if (f == NumberFormatValues.DecimalFullWidth || f == NumberFormatValues.DecimalFullWidth2)
            return string.Concat(value.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '０')));
        if (f == NumberFormatValues.DecimalZero) return value.ToString("00", CultureInfo.InvariantCulture);
        if (f == NumberFormatValues.UpperLetter) return Letters(value).ToUpperInvariant();
        if (f == NumberFormatValues.LowerLetter) return Letters(value);
        if (f == NumberFormatValues.UpperRoman) return Roman(value);
        if (f == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>一, 十, 十一, 二十一, 一百零五 (legal: 壹, 拾, …).</summary>
    private static string ChineseCounting(int value, bool legal = false)
    {
        var digits = legal ? "零壹贰叁肆伍陆柒捌玖" : "零一二三四五六七八九";
        var units = legal ? new[] { "", "拾", "佰", "仟" } : new[] { "", "十", "百", "千" };
        if (value <= 0 || value >= 10000) return value.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        var s = value.ToString(CultureInfo.InvariantCulture);
        var pendingZero = false;
        for (var i = 0; i < s.Length; i++)
        {
            var d = s[i] - '0';
            var unit = units[s.Length - 1 - i];
            if (d == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }
            if (pendingZero) text.Append(digits[0]);
            pendingZero = false;
            // 十一, not 一十一, at the start of a two-digit number.
            if (!(d == 1 && unit == units[1] && text.Length == 0 && s.Length == 2)) text.Append(digits[d]);
            text.Append(unit);
        }
        return text.ToString();
    }

    private static string Letters(int value)
    {
        if (value <= 0) return value.ToString(CultureInfo.InvariantCulture);
        // Word repeats the letter: a … z, aa … zz.
        var letter = (char)('a' + (value - 1) % 26);
        return new string(letter, (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return value.ToString(CultureInfo.InvariantCulture);
        var numerals = new (int Value, string Text)[]
        {
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        };
        var text = new StringBuilder();
        foreach (var (v, t) in numerals)
            while (value >= v)
            {
                text.Append(t);
                value -= v;
            }
        return text.ToString();
    }
}
