using Disclosure.Extract.Grid;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Corpus;

/// <summary>
/// The Word tables of the corpus, resolved by the project's own span builder as a Word reader would feed it
/// (gridSpan → column span, vMerge continue → continue the cell above), land every value in its template position.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class ResolvedGridTests(CorpusFixture fixture)
{
    private static GridTable Resolve(List<List<WordCell>> rows, int index)
    {
        var builder = new GridTableBuilder();
        foreach (var row in rows)
        {
            builder.StartRow();
            foreach (var cell in row)
            {
                if (cell.Merge == "continue") builder.ContinueAbove(cell.Span);
                else builder.AddCell(cell.Text, cell.Span);
            }
        }
        return builder.Build(index);
    }

    [Fact]
    public void Table_three_resolves_to_the_template_grid_with_each_value_under_its_column()
    {
        foreach (var spec in fixture.Specs.Where(s => s.Split.ApplicationsAfter is null))
        {
            var tables = fixture.WordTables(spec.Id);
            var index = tables.FindIndex(t => t[0].Sum(c => c.Span) == 10);
            var grid = Resolve(tables[index], index);
            Assert.Equal(10, grid.ColumnCount);
            var note = grid.CellAt(0, 0)!;
            Assert.Equal((3, 3), (note.RowSpan, note.ColSpan));
            Assert.Equal(2, grid.CellAt(1, 3)!.RowSpan); // 自然人
            Assert.Equal(2, grid.CellAt(1, 9)!.RowSpan); // 总计
            var results = grid.Cells.Single(c => c.Col == 0 && c.Row > 2 && c.RowSpan > 1);
            Assert.Equal(spec.Is2021 && !spec.SingleOtherRow ? 22 : 20, results.RowSpan);

            // Data rows in template order: row 3 onwards, the seven value columns D–J hold the spec's cell texts.
            var rowKeys = TemplateCatalog.ApplicationRows(spec.Is2021 ? TemplateLayout.Gov2021 : TemplateLayout.Gov2019, spec.SingleOtherRow);
            var columns = TemplateCatalog.ApplicantColumns;
            for (var r = 0; r < rowKeys.Length; r++)
            for (var c = 0; c < columns.Length; c++)
            {
                var key = $"applications.{rowKeys[r].Key}.{columns[c].Key}";
                var expected = spec.Values.TryGetValue(key, out var text) ? text : spec.DefaultCell;
                Assert.Equal(expected, grid.CellAt(3 + r, 3 + c)!.Text);
            }
        }
    }

    [Fact]
    public void Table_four_resolves_to_fifteen_columns_with_one_data_row()
    {
        foreach (var spec in fixture.Specs.Where(s => !s.Split.ReviewHeaderSeparate))
        {
            var tables = fixture.WordTables(spec.Id);
            var index = tables.FindIndex(t => t[0].Sum(c => c.Span) == 15);
            var grid = Resolve(tables[index], index);
            Assert.Equal((4, 15), (grid.RowCount, grid.ColumnCount));
            Assert.All(Enumerable.Range(0, 5), c => Assert.Equal(2, grid.CellAt(1, c)!.RowSpan));
            var key = "review.litigationAfterReview.total";
            Assert.Equal(spec.Values.TryGetValue(key, out var text) ? text : spec.DefaultCell, grid.CellAt(3, 14)!.Text);
        }
    }
}
