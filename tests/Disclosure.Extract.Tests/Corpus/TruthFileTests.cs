using System.Text.Json;
using Disclosure.Extract.Corpus;
using Disclosure.Extract.Corpus.Truth;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Corpus;

[Collection(CorpusCollection.Name)]
public sealed class TruthFileTests(CorpusFixture fixture)
{
    private JsonElement Truth(string folder, string id) =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(fixture.Directory, folder, id + ".truth.json"))).RootElement;

    [Fact]
    public void Truth_files_list_every_key_of_the_layout_and_nothing_else()
    {
        foreach (var spec in fixture.Specs)
        foreach (var (folder, format) in new[] { ("docx", "docx"), ("text", "text") })
        {
            var truth = Truth(folder, spec.Id);
            Assert.Equal(spec.Id, truth.GetProperty("id").GetString());
            Assert.Equal(format, truth.GetProperty("format").GetString());
            Assert.Equal(spec.Layout, truth.GetProperty("template").GetString());
            Assert.Equal(spec.Year, truth.GetProperty("year").GetInt32());
            Assert.False(string.IsNullOrEmpty(truth.GetProperty("organization").GetString()));
            var layout = spec.Is2021 ? TemplateLayout.Gov2021 : TemplateLayout.Gov2019;
            var expected = TemplateCatalog.Fields(layout, spec.SingleOtherRow).Select(f => f.Key).ToList();
            var keys = truth.GetProperty("values").EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(expected, keys);
            Assert.All(truth.GetProperty("values").EnumerateObject(),
                p => Assert.True(p.Value.ValueKind is JsonValueKind.Number or JsonValueKind.Null, $"{spec.Id}: {p.Name}"));
        }
    }

    [Fact]
    public void Truth_holds_what_the_seed_cells_print()
    {
        var seed000 = Truth("docx", "seed000").GetProperty("values");
        Assert.Equal(JsonValueKind.Null, seed000.GetProperty("applications.newReceived.naturalPerson").ValueKind); // empty cell
        Assert.Equal(JsonValueKind.Null, seed000.GetProperty("applications.newReceived.research").ValueKind);      // NBSP cell
        Assert.Equal(0, seed000.GetProperty("applications.newReceived.total").GetDecimal());                      // "0\u00a0"
        Assert.Equal(760000, seed000.GetProperty("active.procurement.amount").GetDecimal());
        Assert.Equal(2, seed000.GetProperty("active.rules.newlyMade").GetDecimal());

        Assert.Equal(0, Truth("docx", "seed002").GetProperty("values").GetProperty("applications.carriedOver.otherOrg").GetDecimal()); // "00"
        var seed003 = Truth("docx", "seed003").GetProperty("values");
        Assert.Equal(15, seed003.GetProperty("active.procurement.projects").GetDecimal());
        Assert.Equal(127.082m, seed003.GetProperty("active.procurement.amount").GetDecimal());
        var seed004 = Truth("docx", "seed004").GetProperty("values");
        Assert.Equal((76m, 62m, 62m), (seed004.GetProperty("active.normativeDocuments.newlyMade").GetDecimal(),
            seed004.GetProperty("active.normativeDocuments.newlyPublished").GetDecimal(), seed004.GetProperty("active.normativeDocuments.totalPublished").GetDecimal()));
        Assert.False(Truth("docx", "seed001").GetProperty("values").TryGetProperty("active.procurement.amount", out _)); // 2021 layout
    }

    [Fact]
    public void Generated_reports_are_not_all_zeros_and_keep_their_identities_unless_meant_to_break_them()
    {
        foreach (var spec in fixture.Specs.Where(s => s.Id.StartsWith("gen", StringComparison.Ordinal)))
        {
            var truth = TruthWriter.Build(spec, "docx");
            Assert.True(truth.Values.Count(v => v.Value is > 0) > 20, $"{spec.Id} is nearly all zeros");
            var failures = truth.Notes.Where(n => n.StartsWith("source inconsistency", StringComparison.Ordinal)).ToList();
            if (spec.Id.Contains("violates", StringComparison.Ordinal))
                Assert.NotEmpty(failures);
            else
                Assert.Empty(failures);
        }
    }

    [Fact]
    public void A_broken_balance_is_reported_with_the_printed_numbers()
    {
        var spec = fixture.Specs.Single(s => s.Id.Contains("violates-balance", StringComparison.Ordinal));
        var v = TruthWriter.Build(spec, "docx").Values.ToDictionary(p => p.Key, p => p.Value);
        Assert.NotEqual(v["applications.newReceived.total"] + v["applications.carriedOver.total"],
            v["applications.resultsTotal.total"] + v["applications.carriedForward.total"]);
        Assert.Equal(v["applications.newReceived.research"] + v["applications.carriedOver.research"],
            v["applications.resultsTotal.research"] + v["applications.carriedForward.research"]);
    }

    [Fact]
    public void Blank_and_placeholder_cells_have_null_truth()
    {
        var blank = TruthWriter.Build(fixture.Specs.Single(s => s.Id.Contains("totals-only", StringComparison.Ordinal)), "docx")
            .Values.ToDictionary(p => p.Key, p => p.Value);
        Assert.Null(blank["applications.granted.naturalPerson"]);
        Assert.NotNull(blank["applications.granted.total"]);
        var placeholders = TruthWriter.Build(fixture.Specs.First(s => s.Id.Contains("placeholders", StringComparison.Ordinal)), "docx")
            .Values.ToDictionary(p => p.Key, p => p.Value);
        Assert.Null(placeholders["active.coercion.decisions"]);
        Assert.Null(placeholders["review.litigationAfterReview.total"]);
    }
}
