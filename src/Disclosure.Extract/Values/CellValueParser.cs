using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Values;

/// <summary>
/// Reads one statistics cell under the value rules of template.md §5 (rules 2, 4, 5, 6): blank, placeholder,
/// number (with sign, separators, unit, Chinese numerals) or text. Never turns a blank or a placeholder into 0.
/// </summary>
public static class CellValueParser
{
    /// <summary>Money units, recorded in <see cref="ParsedValue.Unit"/>.</summary>
    public const string Yuan = "元";
    /// <summary>Ten thousand yuan, the unit of the 2021 fee column.</summary>
    public const string WanYuan = "万元";

    // Longest first so that 万元 wins over 元.
    private static readonly string[] UnitSuffixes = { WanYuan, Yuan, "件", "项", "个", "条" };

    private static readonly string[] PlaceholderWords =
        { "无", "空", "不适用", "N/A", "NA", "暂无", "...", "…" };

    private const int StackLimit = 256;

    /// <summary>Interprets <paramref name="raw"/> as a cell of <paramref name="type"/>; <paramref name="headerUnit"/> is a unit the column header states.</summary>
    public static ParsedValue Parse(string? raw, FieldValueType type, string? headerUnit = null)
    {
        if (string.IsNullOrEmpty(raw)) return ParsedValue.Blank;
        if ((type != FieldValueType.Amount || headerUnit is null) && TryParsePlainDigits(raw) is { } plain) return plain;

        var text = Ascii.IsValid(raw) ? raw : Normalize(raw);

        char[]? rented = null;
        Span<char> buffer = text.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            var length = Compact(text, buffer, out var innerSpace);
            var s = buffer[..length];
            if (s.IsEmpty) return ParsedValue.Blank;
            if (IsPlaceholder(s)) return Placeholder;
            return ParseValue(s, innerSpace, type, headerUnit);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    // Most cells are short plain numbers ("0", "21"): read them without any copying, and share the small ones.
    private static readonly ParsedValue[] SmallNumbers =
        Enumerable.Range(0, 1024).Select(i => new ParsedValue(ValueKind.Number, i, null, ImmutableArray<string>.Empty)).ToArray();

    private static ParsedValue? TryParsePlainDigits(string raw)
    {
        if (raw.Length > 9 || (raw.Length > 1 && raw[0] == '0')) return null;
        var n = 0;
        foreach (var c in raw)
        {
            if (!char.IsAsciiDigit(c)) return null;
            n = n * 10 + (c - '0');
        }
        return n < SmallNumbers.Length ? SmallNumbers[n] : new ParsedValue(ValueKind.Number, n, null, ImmutableArray<string>.Empty);
    }

    private static readonly ParsedValue Placeholder = new(ValueKind.Placeholder, null, null, ImmutableArray<string>.Empty);
    private static readonly ParsedValue TextValue = new(ValueKind.Text, null, null, ImmutableArray<string>.Empty);

    private static string Normalize(string raw)
    {
        try { return raw.Normalize(NormalizationForm.FormKC); }
        catch (ArgumentException) { return raw; } // lone surrogates: parse the text as it is
    }

    /// <summary>Copies <paramref name="text"/> without whitespace and invisible characters; reports whitespace between visible characters.</summary>
    private static int Compact(string text, Span<char> target, out bool innerSpace)
    {
        var n = 0;
        var pendingSpace = false;
        innerSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\uFEFF' or '\u200C' or '\u200D' or '\u2060') continue;
            if (char.IsWhiteSpace(c)) // includes NBSP and U+3000 when NFKC has not already mapped them
            {
                pendingSpace = n > 0;
                continue;
            }
            if (pendingSpace) innerSpace = true;
            pendingSpace = false;
            target[n++] = c;
        }
        return n;
    }

    private static bool IsDash(char c) => c is '-' or '–' or '—' or '―' or '─' or '‐' or '‑' or '‒' or '−' or '━' or '~' or '～';
    private static bool IsSlash(char c) => c is '/' or '\\';

    private static bool IsPlaceholder(ReadOnlySpan<char> s)
    {
        if (char.IsAsciiDigit(s[0])) return false;
        bool allDash = true, allSlash = true;
        foreach (var c in s)
        {
            allDash &= IsDash(c);
            allSlash &= IsSlash(c);
        }
        if (allDash || allSlash) return true;
        foreach (var word in PlaceholderWords)
            if (s.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static ParsedValue ParseValue(ReadOnlySpan<char> s, bool innerSpace, FieldValueType type, string? headerUnit)
    {
        string? unit = null;
        // A unit in brackets after the number, "4（件）" or "12(万元)" (NFKC has made the brackets ASCII).
        if (s.Length > 3 && s[^1] == ')' && s.LastIndexOf('(') is var open and > 0
            && UnitSuffixes.Contains(s[(open + 1)..^1].ToString()))
            s = string.Concat(s[..open], s[(open + 1)..^1]).AsSpan();
        foreach (var suffix in UnitSuffixes)
        {
            if (s.Length > suffix.Length && s.EndsWith(suffix, StringComparison.Ordinal))
            {
                unit = suffix;
                s = s[..^suffix.Length];
                break;
            }
        }

        var negative = false;
        if (s.Length > 1 && (s[0] == '+' || IsDash(s[0])))
        {
            negative = s[0] != '+';
            s = s[1..];
        }

        decimal value;
        var flags = FlagSet.None;
        if (TryParseArabic(s, ref flags, out value)) { }
        else if (TryParseChineseNumeral(s, out value)) flags |= FlagSet.ChineseNumeral;
        else return TextValue;

        if (innerSpace) flags |= FlagSet.Separators;
        if (negative && value != 0) value = -value;
        if (type != FieldValueType.Amount && value != decimal.Truncate(value)) flags |= FlagSet.NonInteger;

        var moneyUnit = unit is Yuan or WanYuan ? unit : null;
        if (type == FieldValueType.Amount && headerUnit is Yuan or WanYuan)
        {
            if (moneyUnit is not null && moneyUnit != headerUnit)
            {
                value = moneyUnit == Yuan ? value / 10000m : value * 10000m;
                flags |= FlagSet.UnitOverride;
            }
            moneyUnit = headerUnit;
        }

        return new ParsedValue(ValueKind.Number, Trim(value), moneyUnit, flags.ToFlags());
    }

    /// <summary>Digits with optional thousands groups and decimals; `05`/`00` read with <see cref="ValueFlags.LeadingZero"/>.</summary>
    private static bool TryParseArabic(ReadOnlySpan<char> s, ref FlagSet flags, out decimal value)
    {
        value = 0;
        if (s.IsEmpty || !char.IsAsciiDigit(s[0])) return false;

        var dot = s.IndexOf('.');
        var integer = dot < 0 ? s : s[..dot];
        var fraction = dot < 0 ? ReadOnlySpan<char>.Empty : s[(dot + 1)..];
        if (dot >= 0 && (fraction.IsEmpty || !IsDigits(fraction))) return false;

        Span<char> digits = stackalloc char[integer.Length];
        var n = 0;
        if (integer.Contains(','))
        {
            // Only well-formed groups: 1,234,567. Anything else ("1,2") is two numbers in one cell, i.e. text.
            var groups = 0;
            foreach (var range in integer.Split(','))
            {
                var part = integer[range];
                var ok = groups == 0 ? part.Length is >= 1 and <= 3 : part.Length == 3;
                if (!ok || !IsDigits(part)) return false;
                part.CopyTo(digits[n..]);
                n += part.Length;
                groups++;
            }
            flags |= FlagSet.Separators;
        }
        else
        {
            if (!IsDigits(integer)) return false;
            integer.CopyTo(digits);
            n = integer.Length;
        }

        if (n > 1 && digits[0] == '0') flags |= FlagSet.LeadingZero;
        if (n > 28) return false;

        if (!decimal.TryParse(digits[..n], NumberStyles.None, CultureInfo.InvariantCulture, out var whole)) return false;
        if (fraction.IsEmpty)
        {
            value = whole;
            return true;
        }
        if (fraction.Length > 20) return false;
        if (!decimal.TryParse(fraction, NumberStyles.None, CultureInfo.InvariantCulture, out var frac)) return false;
        var scale = 1m;
        for (var i = 0; i < fraction.Length; i++) scale *= 10m;
        value = whole + frac / scale;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// Chinese numerals: positional (十二, 一百零五, 两千) or digit by digit (二〇二). Only whole numbers below 10^8.
    /// </summary>
    internal static bool TryParseChineseNumeral(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        var hasMultiplier = false;
        foreach (var c in s)
        {
            if (Multiplier(c) > 0) hasMultiplier = true;
            else if (Digit(c) < 0) return false;
        }

        if (!hasMultiplier)
        {
            foreach (var c in s) value = value * 10 + Digit(c);
            return true;
        }

        long total = 0, section = 0, pending = -1;
        var lastMultiplier = long.MaxValue;
        foreach (var c in s)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                if (pending > 0) return false; // two digits in a row: "二三十"
                pending = d;
                continue;
            }
            var m = Multiplier(c);
            if (m == 10000)
            {
                section += Math.Max(pending, 0);
                if (section == 0) return false;
                total += section * 10000;
                section = 0;
                pending = -1;
                lastMultiplier = long.MaxValue;
                continue;
            }
            if (m >= lastMultiplier) return false; // "十百" or "百百"
            lastMultiplier = m;
            section += (pending <= 0 ? 1 : pending) * m; // a bare 十 (or 零十) is 10
            pending = -1;
        }
        if (pending > 0) section += pending;
        value = total + section;
        return true;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static long Multiplier(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10000,
        _ => 0,
    };

    /// <summary>Drops trailing fractional zeros so 7.50 and 7 serialize as 7.5 and 7.</summary>
    internal static decimal Trim(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;

    [Flags]
    private enum FlagSet
    {
        None = 0,
        LeadingZero = 1,
        NonInteger = 2,
        ChineseNumeral = 4,
        UnitOverride = 8,
        Separators = 16,
    }

    private static ImmutableArray<string> ToFlags(this FlagSet flags)
    {
        if (flags == FlagSet.None) return ImmutableArray<string>.Empty;
        var builder = ImmutableArray.CreateBuilder<string>(5);
        if ((flags & FlagSet.LeadingZero) != 0) builder.Add(ValueFlags.LeadingZero);
        if ((flags & FlagSet.NonInteger) != 0) builder.Add(ValueFlags.NonInteger);
        if ((flags & FlagSet.ChineseNumeral) != 0) builder.Add(ValueFlags.ChineseNumeral);
        if ((flags & FlagSet.UnitOverride) != 0) builder.Add(ValueFlags.UnitOverride);
        if ((flags & FlagSet.Separators) != 0) builder.Add(ValueFlags.Separators);
        return builder.ToImmutable();
    }

    /// <summary>How sure a reading of the cell is, independent of its label (1.0 for clean numbers, blanks and placeholders).</summary>
    public static double Confidence(ParsedValue value)
    {
        if (value.Kind == ValueKind.Text) return 0.5;
        var c = 1.0;
        foreach (var flag in value.Flags)
        {
            c *= flag switch
            {
                ValueFlags.LeadingZero => 0.9,
                ValueFlags.NonInteger => 0.7,
                ValueFlags.ChineseNumeral => 0.9,
                ValueFlags.UnitOverride => 0.95,
                ValueFlags.Separators => 0.98,
                _ => 1.0,
            };
        }
        return c;
    }
}
