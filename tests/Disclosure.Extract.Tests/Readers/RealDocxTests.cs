using Disclosure.Extract.Readers;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.Readers;

/// <summary>The DOCX reader on the real blank 2021 form in ../shared/realworld (skipped when ../shared is absent).</summary>
public class RealDocxTests
{
    [Fact]
    public void The_blank_2021_form_has_its_three_tables_with_their_merges_and_no_values()
    {
        if (SharedFolder.Realworld is not { } realworld) return;
        var path = Path.Combine(realworld, "template2021-blank.docx");
        if (!File.Exists(path)) return;

        var grid = ReaderRegistry.CreateDefault().ReadFile(path);
        var tables = grid.Tables.ToList();
        Assert.Equal(3, tables.Count);

        var active = tables[0];
        Assert.Equal(4, active.ColumnCount);
        Assert.Equal("第二十条第（一）项", active.CellAt(0, 0)!.Text);
        Assert.Equal(4, active.CellAt(0, 0)!.ColSpan);

        var applications = tables[1];
        Assert.Equal(10, applications.ColumnCount);
        Assert.Equal(28, applications.RowCount);
        Assert.Equal("商业\n企业", applications.CellAt(2, 4)!.Text);
        var denied = applications.RowCells(7).Single(c => c.Text.StartsWith("（三）不予公开"));
        Assert.Equal(8, denied.RowSpan);
        var results = applications.CellAt(5, 0)!;
        Assert.StartsWith("三、本年度办理结果", results.Text);
        Assert.Equal(22, results.RowSpan);
        // An unfilled form: every value cell (last seven columns below the three header rows) is blank.
        for (var r = 3; r < applications.RowCount; r++)
        for (var c = 3; c < 10; c++)
        {
            var cell = applications.CellAt(r, c)!;
            Assert.Equal((r, c, 1, 1), (cell.Row, cell.Col, cell.RowSpan, cell.ColSpan));
            Assert.True(string.IsNullOrWhiteSpace(cell.Text), $"cell ({r},{c}) holds '{cell.Text}'");
        }

        var review = tables[2];
        Assert.Equal(15, review.ColumnCount);
        Assert.Equal(15, review.RowCells(review.RowCount - 1).Count);

        Assert.Contains(grid.Paragraphs, p => p.Text == "三、收到和处理政府信息公开申请情况");
    }
}
