using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers.Pdf;

namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>Cell and line text rebuilt from loose glyphs: CJK spacing, word spaces, digits, vertical writing.</summary>
public sealed class PdfTextAssemblyTests
{
    private static readonly PdfLayoutSettings Settings = PdfLayoutSettings.Default;

    private static PdfGlyph Glyph(string text, double x, double baseline, double size = 10, double? width = null)
    {
        var w = width ?? (TextAssembler.IsCjk(text[0]) ? size : size / 2);
        return new PdfGlyph(1, text, x, x + w, baseline, size, x + w / 2, baseline + 0.3 * size,
            new BoundingBox(x, baseline - 0.2 * size, x + w, baseline + 0.8 * size), "F");
    }

    /// <summary>Glyphs laid out left to right with the given gap before each (first gap ignored).</summary>
    private static List<PdfGlyph> Run(string text, double x, double baseline, double gap = 0, double size = 10)
    {
        var glyphs = new List<PdfGlyph>();
        foreach (var ch in text)
        {
            var g = Glyph(ch.ToString(), x, baseline, size);
            glyphs.Add(g);
            x = g.U1 + gap;
        }
        return glyphs;
    }

    [Fact]
    public void Justification_gaps_between_cjk_glyphs_are_not_spaces()
    {
        Assert.Equal("总计", TextAssembler.CellText(Run("总计", 0, 100, gap: 5), Settings));
        var label = Run("4.无正当理由大量反复", 0, 100);
        label.AddRange(Run("申请", label[^1].U1 + 4.4, 100));
        Assert.Equal("4.无正当理由大量反复申请", TextAssembler.CellText(label, Settings));
        Assert.Equal("2023年", TextAssembler.CellText(Run("2023", 0, 100).Append(Glyph("年", 23, 100)).ToList(), Settings));
    }

    [Fact]
    public void Latin_words_keep_a_space_only_at_a_wide_gap_and_digits_of_one_number_stay_together()
    {
        var words = Run("Total", 0, 100).Concat(Run("amount", 30, 100)).ToList();
        Assert.Equal("Total amount", TextAssembler.CellText(words, Settings));
        Assert.Equal("10", TextAssembler.CellText(Run("10", 0, 100, gap: 1), Settings));
        Assert.Equal("1 0", TextAssembler.CellText(Run("10", 0, 100, gap: 6), Settings));
    }

    [Fact]
    public void A_column_of_single_glyphs_reads_top_to_bottom_and_wrapped_lines_join_with_newlines()
    {
        var vertical = "三、本年度办理结果".Select((ch, i) => Glyph(ch.ToString(), 90, 240 - 10 * i)).ToList();
        Assert.Equal("三、本年度办理结果", TextAssembler.CellText(vertical.OrderBy(_ => Guid.NewGuid()).ToList(), Settings));
        var wrapped = Run("商业", 0, 100).Concat(Run("企业", 0, 87)).ToList();
        Assert.Equal("商业\n企业", TextAssembler.CellText(wrapped, Settings));
        var latin = Run("Total", 0, 100).Concat(Run("amount", 0, 87)).ToList();
        Assert.Equal("Total\namount", TextAssembler.CellText(latin, Settings));
    }

    [Fact]
    public void A_cjk_label_wrapped_every_two_glyphs_in_a_narrow_column_reads_as_one_line()
    {
        var glyphs = new[] { "三、", "本年", "度办", "理结", "果" }.SelectMany((pair, i) => Run(pair, 90, 240 - 12 * i)).ToList();
        Assert.Equal("三、本年度办理结果", TextAssembler.CellText(glyphs, Settings));
    }

    [Fact]
    public void A_line_the_cell_width_forced_to_wrap_joins_and_a_break_with_room_left_is_kept()
    {
        // Cell 0..45 wide: "结果" ends at 20 and "维" (10 wide) would still fit before 45.
        var roomy = Run("结果", 0, 100).Concat(Run("维持", 0, 87)).ToList();
        Assert.Equal("结果\n维持", TextAssembler.CellText(roomy, Settings, new BoundingBox(-1, 80, 45, 110)));
        // Cell 0..24 wide: "维" would not have fitted after "结果", so the break is the cell's doing.
        Assert.Equal("结果维持", TextAssembler.CellText(roomy, Settings, new BoundingBox(-1, 80, 24, 110)));
        var latin = Run("Total", 0, 100).Concat(Run("amount", 0, 87)).ToList();
        Assert.Equal("Total amount", TextAssembler.CellText(latin, Settings, new BoundingBox(-1, 80, 30, 110)));
        Assert.Equal("Total\namount", TextAssembler.CellText(latin, Settings, new BoundingBox(-1, 80, 80, 110)));
    }

    [Fact]
    public void Glyphs_out_of_order_in_the_content_stream_are_read_in_position_order()
    {
        var glyphs = Run("7730.28", 0, 100);
        glyphs.Reverse();
        Assert.Equal("7730.28", TextAssembler.CellText(glyphs, Settings));
    }
}
