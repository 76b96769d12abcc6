using Disclosure.Extract.Recognition;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Tests.Values;

public class CellValueParserTests
{
    private const FieldValueType C = FieldValueType.Count;
    private const FieldValueType S = FieldValueType.SignedCount;
    private const FieldValueType A = FieldValueType.Amount;

    [Theory]
    [InlineData("", C)]
    [InlineData("   ", C)]
    [InlineData("\u00A0", C)]
    [InlineData("\u00A0\u00A0 ", C)]
    [InlineData("\u3000", C)]
    [InlineData("\u200B\uFEFF", C)]
    [InlineData("\t\n", A)]
    public void Empty_cells_are_blank_never_zero(string raw, FieldValueType type)
    {
        var v = CellValueParser.Parse(raw, type);
        Assert.Equal(ValueKind.Blank, v.Kind);
        Assert.Null(v.Value);
        Assert.False(v.IsNumber);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("–")]
    [InlineData("--")]
    [InlineData(" - ")]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("\\")]
    [InlineData("无")]
    [InlineData("空")]
    [InlineData("不适用")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData("NA")]
    [InlineData("…")]
    [InlineData("\u3000/\u3000")]
    public void Placeholders_have_no_value(string raw)
    {
        foreach (var type in new[] { C, S, A })
        {
            var v = CellValueParser.Parse(raw, type);
            Assert.Equal(ValueKind.Placeholder, v.Kind);
            Assert.Null(v.Value);
        }
    }

    [Theory]
    // raw, type, header unit, value, unit, flags (comma separated)
    [InlineData("0", C, null, "0", null, "")]
    [InlineData("21", C, null, "21", null, "")]
    [InlineData(" 15 ", C, null, "15", null, "")]
    [InlineData("\u00A00", C, null, "0", null, "")]
    [InlineData("0\u00A0", C, null, "0", null, "")]
    [InlineData("\u30007\u3000", C, null, "7", null, "")]
    [InlineData("００", C, null, "0", null, "leading_zero")]
    [InlineData("00", C, null, "0", null, "leading_zero")]
    [InlineData("05", C, null, "5", null, "leading_zero")]
    [InlineData("0.00", A, null, "0", null, "")]
    [InlineData("１２", C, null, "12", null, "")]
    [InlineData("1,234", C, null, "1234", null, "separators_removed")]
    [InlineData("1，234", C, null, "1234", null, "separators_removed")]
    [InlineData("12,345,678", C, null, "12345678", null, "separators_removed")]
    [InlineData("1 234", C, null, "1234", null, "separators_removed")]
    [InlineData("+14", S, null, "14", null, "")]
    [InlineData("+1036", S, null, "1036", null, "")]
    [InlineData("-8", S, null, "-8", null, "")]
    [InlineData("－8", S, null, "-8", null, "")]
    [InlineData("−8", S, null, "-8", null, "")]
    [InlineData("-0", S, null, "0", null, "")]
    [InlineData("-3", C, null, "-3", null, "")]
    [InlineData("5件", C, null, "5", null, "")]
    [InlineData("3项", C, null, "3", null, "")]
    [InlineData("2个", C, null, "2", null, "")]
    [InlineData("7条", C, null, "7", null, "")]
    [InlineData("4（件）", C, null, "4", null, "")]
    [InlineData("12(万元)", A, null, "12", "万元", "")]
    [InlineData("127.082万元", A, null, "127.082", "万元", "")]
    [InlineData(" 127.082万元", A, null, "127.082", "万元", "")]
    [InlineData("251000元", A, null, "251000", "元", "")]
    [InlineData("760000", A, null, "760000", null, "")]
    [InlineData("7730.28", A, null, "7730.28", null, "")]
    [InlineData("7730.28", A, "万元", "7730.28", "万元", "")]
    [InlineData("1.5万元", A, "万元", "1.5", "万元", "")]
    [InlineData("5000元", A, "万元", "0.5", "万元", "unit_override")]
    [InlineData("2万元", A, "元", "20000", "元", "unit_override")]
    [InlineData("0元", A, "万元", "0", "万元", "unit_override")]
    [InlineData("2.5", C, null, "2.5", null, "non_integer")]
    [InlineData("1.0", C, null, "1", null, "")]
    [InlineData("零", C, null, "0", null, "cn_numeral")]
    [InlineData("〇", C, null, "0", null, "cn_numeral")]
    [InlineData("三", C, null, "3", null, "cn_numeral")]
    [InlineData("十", C, null, "10", null, "cn_numeral")]
    [InlineData("十二", C, null, "12", null, "cn_numeral")]
    [InlineData("二十", C, null, "20", null, "cn_numeral")]
    [InlineData("一百零五", C, null, "105", null, "cn_numeral")]
    [InlineData("两千三百", C, null, "2300", null, "cn_numeral")]
    [InlineData("一千零十", C, null, "1010", null, "cn_numeral")]
    [InlineData("三万五千", C, null, "35000", null, "cn_numeral")]
    [InlineData("二〇", C, null, "20", null, "cn_numeral")]
    [InlineData("三件", C, null, "3", null, "cn_numeral")]
    public void Numbers_are_read_as_the_document_states_them(
        string raw, FieldValueType type, string? headerUnit, string value, string? unit, string flags)
    {
        var v = CellValueParser.Parse(raw, type, headerUnit);
        Assert.Equal(ValueKind.Number, v.Kind);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), v.Value);
        Assert.Equal(unit, v.Unit);
        Assert.Equal(flags.Split(',', StringSplitOptions.RemoveEmptyEntries), v.Flags.ToArray());
    }

    [Theory]
    [InlineData("约5")]
    [InlineData("5-6")]
    [InlineData("1,23")]
    [InlineData("12%")]
    [InlineData("见附件")]
    [InlineData("（文字描述）")]
    [InlineData("5.")]
    [InlineData("十十")]
    [InlineData("二三十")]
    [InlineData("万元")]
    [InlineData("abc")]
    public void Anything_else_is_text_without_a_value(string raw)
    {
        var v = CellValueParser.Parse(raw, C);
        Assert.Equal(ValueKind.Text, v.Kind);
        Assert.Null(v.Value);
    }

    [Fact]
    public void Unit_suffix_on_a_count_is_not_recorded_as_unit()
    {
        Assert.Null(CellValueParser.Parse("5件", C).Unit);
        Assert.Equal("元", CellValueParser.Parse("5元", A).Unit);
    }

    [Fact]
    public void Integers_keep_no_trailing_decimal_scale()
    {
        var v = CellValueParser.Parse("3.00", A);
        Assert.Equal("3", v.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Long_cells_are_read_without_failing()
    {
        var raw = new string(' ', 1000) + "42" + new string('\u3000', 500);
        Assert.Equal(42m, CellValueParser.Parse(raw, C).Value);
        Assert.Equal(ValueKind.Text, CellValueParser.Parse(new string('字', 2000), C).Kind);
    }

    [Fact]
    public void Confidence_is_full_for_clean_readings_and_lower_for_doubtful_ones()
    {
        Assert.Equal(1.0, CellValueParser.Confidence(CellValueParser.Parse("21", C)));
        Assert.Equal(1.0, CellValueParser.Confidence(CellValueParser.Parse("", C)));
        Assert.Equal(1.0, CellValueParser.Confidence(CellValueParser.Parse("-", C)));
        Assert.True(CellValueParser.Confidence(CellValueParser.Parse("00", C)) < 1.0);
        Assert.True(CellValueParser.Confidence(CellValueParser.Parse("2.5", C)) < 1.0);
        Assert.True(CellValueParser.Confidence(CellValueParser.Parse("约5", C)) <= 0.5);
    }
}

public class CellValueParserHeaderUnitTests
{
    [Theory]
    [InlineData("7730")]
    [InlineData("7730.28")]
    [InlineData(" 0 ")]
    public void A_plain_amount_takes_the_header_unit(string raw) =>
        Assert.Equal("万元", CellValueParser.Parse(raw, FieldValueType.Amount, "万元").Unit);
}
