using System.Globalization;
using System.Text.Json.Nodes;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Output;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Tests.Validation;
using Disclosure.Extract.Validation;
using Disclosure.Extract.Tests.TestSupport;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Tests.Output;

/// <summary>
/// The hand-checked values of the real reports in ../shared/realworld, fed through value parsing, checks and output
/// as if recognition had read them: the checks must find the documents' own arithmetic errors and nothing else.
/// </summary>
public class RealWorldTruthTests
{
    private sealed record Truth(string Id, TemplateLayout Layout, bool SingleOtherRow, Dictionary<string, string> Cells, JsonObject Json);

    private static List<Truth> LoadAll()
    {
        var folder = SharedFolder.Realworld;
        if (folder is null) return [];
        var list = new List<Truth>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.truth.json").Order(StringComparer.Ordinal))
        {
            var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var layout = (string?)json["template"] switch
            {
                "2019" => TemplateLayout.Gov2019,
                "2021" => TemplateLayout.Gov2021,
                _ => TemplateLayout.Unknown,
            };
            // A blank cell is written as the empty string, a number as the document prints it.
            var cells = json["values"]!.AsObject().ToDictionary(
                p => p.Key,
                p => p.Value is null ? "" : p.Value.GetValue<decimal>().ToString(CultureInfo.InvariantCulture));
            var single = layout == TemplateLayout.Gov2021 && cells.Keys.Any(k => k.StartsWith("applications.other.total.", StringComparison.Ordinal));
            list.Add(new Truth(Path.GetFileName(path)[..^".truth.json".Length], layout, single, cells, json));
        }
        return list;
    }

    private static ReportDocument Assemble(Truth truth) => ReportAssembler.Assemble(
        new SourceInfo(truth.Id, new string('0', 64), "text", null),
        SampleReport.Recognized(truth.Cells, truth.Layout, truth.SingleOtherRow,
            metadata: new ReportMetadata(null, (string?)truth.Json["organization"], (int?)truth.Json["year"], null)));

    [Fact]
    public void Every_truth_document_gives_valid_json_with_the_truth_values()
    {
        var all = LoadAll();
        if (all.Count == 0) return; // ../shared is not present (fresh clone)

        foreach (var truth in all)
        {
            var document = Assemble(truth);
            Assert.Empty(ReportSchema.Validate(ReportJson.Serialize(document)));
            foreach (var (key, value) in truth.Json["values"]!.AsObject())
            {
                Assert.True(document.Fields.ContainsKey(key), $"{truth.Id}: {key} missing from fields");
                Assert.Equal(value?.GetValue<decimal>(), document.Fields[key].Value);
            }
        }
    }

    [Fact]
    public void The_blank_template_has_no_failed_check_and_no_derived_value()
    {
        var blank = LoadAll().FirstOrDefault(t => t.Json["values"]!.AsObject().All(p => p.Value is null));
        if (blank is null) return;

        var document = Assemble(blank);

        Assert.All(document.Checks, c => Assert.Equal(CheckStatus.Unverifiable, c.Status));
        Assert.Empty(document.Derived);
        Assert.All(document.Fields.Values, f => Assert.Null(f.Value));
    }

    [Fact]
    public void Printed_review_totals_of_zero_are_the_only_failures_in_hzq2023()
    {
        var hzq = LoadAll().FirstOrDefault(t => t.Id == "hzq2023");
        if (hzq is null) return;

        var document = Assemble(hzq);

        var failed = document.Checks.Where(c => c.Status == CheckStatus.Fail).Select(c => c.Rule).Order().ToArray();
        Assert.Equal(new[] { "review.sum.administrativeReview", "review.sum.litigationAfterReview" }, failed);
        Assert.Contains("(11)", document.Checks.Single(c => c.Rule == "review.sum.administrativeReview").Message);
        Assert.All(document.Checks.Where(c => c.Rule.StartsWith("applications.balance.")), c => Assert.Equal(CheckStatus.Pass, c.Status));
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.OtherSingleRow);
    }

    [Fact]
    public void A_report_whose_identities_hold_passes_every_check()
    {
        var pingtan = LoadAll().FirstOrDefault(t => t.Id == "pingtan2024");
        if (pingtan is null) return;

        var document = Assemble(pingtan);

        Assert.All(document.Checks, c => Assert.Equal(CheckStatus.Pass, c.Status));
        Assert.Equal(19m, document.Derived["review.litigation.total"]);
    }

    [Fact]
    public void Blank_totals_beside_numbers_in_shanghai_2019_are_unverifiable_not_failures()
    {
        var shanghai = LoadAll().FirstOrDefault(t => t.Id == "shanghai-bgt2019");
        if (shanghai is null) return;

        var document = Assemble(shanghai);

        Assert.DoesNotContain(document.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Equal(CheckStatus.Unverifiable, document.Checks.Single(c => c.Rule == "applications.rowSum.granted").Status);
        Assert.Equal(CheckStatus.Pass, document.Checks.Single(c => c.Rule == "applications.balance.naturalPerson").Status);
        Assert.Equal(CheckStatus.Pass, document.Checks.Single(c => c.Rule == "applications.resultsSum.naturalPerson").Status);
        var review = document.Checks.Single(c => c.Rule == "review.sum.administrativeReview");
        Assert.Equal(CheckStatus.Pass, review.Status);
        Assert.Equal(new[] { "review.administrativeReview.corrected", "review.administrativeReview.other" }, review.AssumedZero.ToArray());
    }
}
