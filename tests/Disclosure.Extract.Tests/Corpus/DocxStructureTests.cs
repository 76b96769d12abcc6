using Disclosure.Extract.Corpus;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Disclosure.Extract.Tests.Corpus;

[Collection(CorpusCollection.Name)]
public sealed class DocxStructureTests(CorpusFixture fixture)
{
    [Fact]
    public void Every_generated_docx_opens_and_holds_the_laid_out_tables_cell_for_cell()
    {
        foreach (var spec in fixture.Specs)
        {
            var tables = fixture.WordTables(spec.Id);
            var expected = ReportLayout.Build(spec).Tables.ToList();
            Assert.Equal(expected.Count, tables.Count);
            for (var t = 0; t < tables.Count; t++)
            {
                var rows = expected[t].Rows.Select(r => r.Cells.Select(c =>
                    new WordCell(c.GridSpan, c.Merge switch { MergeState.Restart => "restart", MergeState.Continue => "continue", _ => null }, c.Text)).ToList()).ToList();
                Assert.Equal(rows.Count, tables[t].Count);
                for (var r = 0; r < rows.Count; r++)
                    Assert.Equal(rows[r], tables[t][r]);
            }
        }
    }

    [Fact]
    public void Generated_docx_files_are_valid_office_open_xml()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2016);
        // One report per distinct structure (validation is slow): layout, （六） rows, splits, extra rows.
        var representatives = fixture.Specs
            .GroupBy(s => (s.Layout, s.SingleOtherRow, s.Split, s.ExtraRows.Count > 0, s.Sections.Count(x => x.Heading is null)))
            .Select(g => g.First());
        foreach (var spec in representatives)
        {
            using var doc = WordprocessingDocument.Open(Path.Combine(fixture.Directory, "docx", spec.Id + ".docx"), false);
            var errors = validator.Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, $"{spec.Id}: {string.Join("; ", errors.Take(3))}");
        }
        using var letter = WordprocessingDocument.Open(Path.Combine(fixture.Directory, "bad", "letter-with-table.docx"), false);
        Assert.Empty(validator.Validate(letter));
    }

    [Fact]
    public void Table_three_has_the_template_merges()
    {
        foreach (var spec in fixture.Specs.Where(s => s.Split.ApplicationsAfter is null))
        {
            var table = fixture.WordTables(spec.Id).Single(t => t[0].Sum(c => c.Span) == 10);
            // A1: the identity note spans A:C and three header rows.
            Assert.Equal(new[] { (3, "restart"), (3, "continue"), (3, "continue") }, table.Take(3).Select(r => (r[0].Span, r[0].Merge!)));
            Assert.Contains("勾稽关系", table[0][0].Text);
            // 自然人 and 总计 span two header rows; 法人或其他组织 spans five columns.
            Assert.Equal(("restart", 5, "restart"), (table[1][1].Merge!, table[1][2].Span, table[1][3].Merge!));
            Assert.Equal(("continue", "continue"), (table[2][1].Merge!, table[2][^1].Merge!));
            // 三、本年度办理结果 runs down column A over 20 rows (2019 or one （六） row) or 22 (2021).
            var start = table.FindIndex(r => r[0].Merge == "restart" && r[0].Span == 1);
            var length = 1 + table.Skip(start + 1).TakeWhile(r => r[0].Merge == "continue").Count();
            Assert.Equal(spec.Is2021 && !spec.SingleOtherRow ? 22 : 20, length);
            // （三） ↕8, （四） ↕3, （五） ↕5, and （六） ↕3 in the 2021 layout.
            var groups = new List<int>();
            for (var r = start; r < start + length; r++)
            {
                if (table[r].Count < 3 || table[r][1].Span != 1) continue;
                if (table[r][1].Merge == "restart") groups.Add(1);
                else if (table[r][1].Merge == "continue") groups[^1]++;
            }
            Assert.Equal(spec.Is2021 && !spec.SingleOtherRow ? new[] { 8, 3, 5, 3 } : new[] { 8, 3, 5 }, groups);
            // Every data row covers the 10-column grid.
            Assert.All(table, r => Assert.Equal(10, r.Sum(c => c.Span)));
        }
    }

    [Fact]
    public void Table_four_has_two_header_levels_with_five_cells_merged_down()
    {
        foreach (var spec in fixture.Specs)
        {
            var review = fixture.WordTables(spec.Id).Where(t => t[0].Sum(c => c.Span) == 15).SelectMany(t => t).ToList();
            Assert.Equal(4, review.Count);
            Assert.Equal(new[] { 5, 10 }, review[0].Select(c => c.Span));
            Assert.All(review[1].Take(5), c => Assert.Equal("restart", c.Merge));
            Assert.All(review[2].Take(5), c => Assert.Equal("continue", c.Merge));
            Assert.Equal(15, review[3].Count);
        }
    }

    [Fact]
    public void Table_two_captions_span_the_table_and_2021_single_values_span_three_columns()
    {
        foreach (var spec in fixture.Specs)
        {
            var rows = fixture.WordTables(spec.Id).Where(t => t[0].Sum(c => c.Span) == 4).SelectMany(t => t).ToList();
            // The caption wordings the spec prints (perturbed-label reports print some as 第20条第（五）项 and the like).
            var printed = LabelIds.Defaults(ReportLayout.LayoutOf(spec), spec.SingleOtherRow)
                .Where(l => l.Key.StartsWith("active.caption.", StringComparison.Ordinal))
                .Select(l => spec.Labels.GetValueOrDefault(l.Key, l.Value)).ToHashSet();
            var captions = rows.Where(r => r.Count == 1 && printed.Contains(r[0].Text)).ToList();
            Assert.Equal(spec.Is2021 ? 4 : 5, captions.Count);
            Assert.All(captions, r => Assert.Equal(4, r[0].Span));
            if (spec.Is2021)
                // (五) header + 行政许可, (六) header + 行政处罚 + 行政强制, (八) header + 行政事业性收费.
                Assert.Equal(7, rows.Count(r => r.Count == 2 && r[1].Span == 3));
        }
    }

    [Fact]
    public void Line_breaks_inside_labels_are_word_line_breaks()
    {
        var spec = fixture.Specs.Single(s => s.Id == "seed001");
        var tables = fixture.WordTables(spec.Id);
        Assert.Contains(tables.SelectMany(t => t).SelectMany(r => r), c => c.Text == "商业\n企业");
        Assert.Contains(tables.SelectMany(t => t).SelectMany(r => r), c => c.Text == "结果\n纠正");
    }

    [Fact]
    public void Package_properties_are_fixed_dates_not_the_time_of_generation()
    {
        var spec = fixture.Specs.First(s => s.Id.StartsWith("gen", StringComparison.Ordinal));
        using var doc = WordprocessingDocument.Open(Path.Combine(fixture.Directory, "docx", spec.Id + ".docx"), false);
        Assert.Equal(new DateTime(spec.Year + 1, 1, 15, 9, 0, 0), doc.PackageProperties.Created!.Value.ToUniversalTime());
        Assert.Equal(spec.Organization, doc.PackageProperties.Creator);
    }
}
