using Disclosure.Extract.Corpus.Truth;

namespace Disclosure.Extract.Tests.Corpus;

public sealed class CellTextOracleTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("00", 0)]
    [InlineData("15 ", 15)]
    [InlineData(" 127.082万元", 127.082)]
    [InlineData("251000元", 251000)]
    [InlineData("1,268,000元", 1268000)]
    [InlineData("１２", 12)]
    [InlineData("+14", 14)]
    [InlineData("-8", -8)]
    [InlineData("0\u00A0", 0)]
    [InlineData("\u00A00", 0)]
    [InlineData("7730.28", 7730.28)]
    public void Reads_the_number_a_cell_prints(string cell, double expected) =>
        Assert.Equal((decimal)expected, CellTextOracle.Number(cell));

    [Theory]
    [InlineData("")]
    [InlineData("\u00A0")]
    [InlineData("\u3000")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("—")]
    public void Blank_and_placeholder_cells_have_no_number(string cell) => Assert.Null(CellTextOracle.Number(cell));

    [Fact]
    public void Text_it_does_not_know_is_a_spec_error() => Assert.Throws<FormatException>(() => CellTextOracle.Number("见附件"));
}
