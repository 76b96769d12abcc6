using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Output;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Tests.Validation;
using Disclosure.Extract.Validation;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Tests.Output;

public class ReportAssemblerTests
{
    private static readonly SourceInfo Source = SourceInfo.FromBytes("report.docx", "report bytes"u8, SourceFormat.Docx, null);

    private static ReportDocument Assemble(RecognizedReport report) => ReportAssembler.Assemble(Source, report);

    /// <summary>Serialises, validates against the shipped schema and returns the parsed JSON.</summary>
    private static JsonObject ValidJson(ReportDocument document)
    {
        var json = ReportJson.Serialize(document);
        Assert.Empty(ReportSchema.Validate(json));
        return JsonNode.Parse(json)!.AsObject();
    }

    [Fact]
    public void An_unfilled_2021_template_gives_every_field_blank_and_no_failure()
    {
        var report = SampleReport.Recognized(SampleReport.UniformCells(TemplateLayout.Gov2021, "\u3000"), TemplateLayout.Gov2021,
            metadata: new ReportMetadata("政府信息公开工作年度报告格式模板", null, null, null));

        var document = Assemble(report);

        Assert.Equal(TemplateCatalog.Fields(TemplateLayout.Gov2021).Count, document.Fields.Count);
        Assert.All(document.Fields.Values, f =>
        {
            Assert.Equal(ValueKind.Blank, f.Kind);
            Assert.Null(f.Value);
            Assert.Equal("\u3000", f.Raw);
            Assert.NotNull(f.Source);
        });
        Assert.DoesNotContain(document.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Empty(document.Derived);
        Assert.DoesNotContain(document.Warnings, w => w.Code == WarningCodes.RowMissing);

        var json = ValidJson(document);
        Assert.Equal("2021", (string?)json["report"]!["template"]);
        Assert.Null(json["fields"]!["applications.newReceived.total"]!["value"]);
        Assert.Equal("blank", (string?)json["fields"]!["applications.newReceived.total"]!["kind"]);
        Assert.True(json["fields"]!.AsObject().ContainsKey("applications.other.overdueFee.total"));
        Assert.False(json["fields"]!.AsObject().ContainsKey("active.procurement.amount"));
    }

    [Fact]
    public void A_2019_report_with_units_keeps_numbers_as_written()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        cells["active.procurement.amount"] = " 127.082万元";
        cells["applications.granted.otherOrg"] = "00";

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2019));

        var amount = document.Fields["active.procurement.amount"];
        Assert.Equal(127.082m, amount.Value);
        Assert.Equal("万元", amount.Unit);
        Assert.Equal(" 127.082万元", amount.Raw);
        Assert.Equal(1270820m, document.Derived["active.procurement.amountYuan"]);
        Assert.DoesNotContain(document.Warnings, w => w.Code == WarningCodes.UnitUnknown);

        var zero = document.Fields["applications.granted.otherOrg"];
        Assert.Equal(0m, zero.Value);
        Assert.Equal([ValueFlags.LeadingZero], zero.Flags!.Value.ToArray());
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.LeadingZero && w.Field == "applications.granted.otherOrg");
        Assert.Equal(-3m, document.Fields["active.licensing.change"].Value);
        Assert.All(document.Checks, c => Assert.Equal(CheckStatus.Pass, c.Status));

        var json = ValidJson(document);
        Assert.Equal("万元", (string?)json["fields"]!["active.procurement.amount"]!["unit"]);
        Assert.Equal("2019", (string?)json["report"]!["template"]);
        Assert.False(json["fields"]!.AsObject().ContainsKey("applications.other.overdueFee.total"));
        Assert.True(json["fields"]!.AsObject().ContainsKey("applications.other.total.total"));
    }

    [Fact]
    public void A_2019_procurement_amount_without_unit_is_flagged_and_not_converted()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        cells["active.procurement.amount"] = "760000";

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2019));

        Assert.Null(document.Fields["active.procurement.amount"].Unit);
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.UnitUnknown && w.Field == "active.procurement.amount");
        Assert.False(document.Derived.ContainsKey("active.procurement.amountYuan"));
        ValidJson(document);
    }

    [Fact]
    public void A_2021_fee_in_yuan_is_converted_to_the_header_unit()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["active.fees.amountWan"] = "5000元";

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2021));

        var fee = document.Fields["active.fees.amountWan"];
        Assert.Equal(0.5m, fee.Value);
        Assert.Equal("万元", fee.Unit);
        Assert.Contains(ValueFlags.UnitOverride, fee.Flags!.Value);
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.UnitOverride && w.Field == "active.fees.amountWan");
        ValidJson(document);
    }

    [Fact]
    public void Identity_failures_are_reported_and_values_kept_as_printed()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["applications.newReceived.naturalPerson"] = "21";
        cells["applications.newReceived.total"] = "23";
        cells["review.administrativeReview.total"] = "0";

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2021));

        Assert.Equal(21m, document.Fields["applications.newReceived.naturalPerson"].Value);
        Assert.Equal(0m, document.Fields["review.administrativeReview.total"].Value);
        var balance = Assert.Single(document.Checks, c => c.Rule == "applications.balance.naturalPerson");
        Assert.Equal(CheckStatus.Fail, balance.Status);
        Assert.Equal("newReceived + carriedOver (22) != resultsTotal + carriedForward (21)", balance.Message);
        Assert.Equal(CheckStatus.Fail, document.Checks.Single(c => c.Rule == "review.sum.administrativeReview").Status);

        var json = ValidJson(document);
        var check = json["checks"]!.AsArray().Single(c => (string?)c!["rule"] == "applications.balance.naturalPerson")!;
        Assert.Equal("fail", (string?)check["status"]);
        Assert.Equal(4, check["fields"]!.AsArray().Count);
        Assert.Empty(check["assumedZero"]!.AsArray());
    }

    [Fact]
    public void A_row_recognition_did_not_find_is_blank_with_one_warning()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        foreach (var key in cells.Keys.Where(k => k.StartsWith("applications.denied.stateSecret.")).ToList()) cells.Remove(key);
        cells.Remove("review.litigationDirect.other");

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2021));

        var missing = document.Fields["applications.denied.stateSecret.total"];
        Assert.Equal(ValueKind.Blank, missing.Kind);
        Assert.Null(missing.Value);
        Assert.Equal("", missing.Raw);
        Assert.Null(missing.Source);
        var rowWarning = Assert.Single(document.Warnings, w => w.Code == WarningCodes.RowMissing);
        Assert.Equal("applications.denied.stateSecret", rowWarning.Field);
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.FieldMissing && w.Field == "review.litigationDirect.other");

        var json = ValidJson(document);
        Assert.Null(json["fields"]!["applications.denied.stateSecret.total"]!["source"]);
    }

    [Fact]
    public void Keys_of_the_other_layout_never_appear()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["active.procurement.amount"] = "100";

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2021));

        Assert.False(document.Fields.ContainsKey("active.procurement.amount"));
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.FieldOutsideLayout && w.Field == "active.procurement.amount");
        ValidJson(document);
    }

    [Fact]
    public void Confidence_combines_label_and_value()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["applications.granted.otherOrg"] = "00";
        cells["applications.granted.research"] = "见说明";

        var document = Assemble(SampleReport.Recognized(cells, TemplateLayout.Gov2021, labelConfidence: 0.9));

        Assert.Equal(0.9, document.Fields["applications.granted.total"].Confidence, 3);
        Assert.Equal(0.81, document.Fields["applications.granted.otherOrg"].Confidence, 3);
        Assert.True(document.Fields["applications.granted.research"].Confidence <= 0.45);
        Assert.Contains(document.Warnings, w => w.Code == WarningCodes.TextInCell && w.Field == "applications.granted.research");
        Assert.Equal(CheckStatus.Unverifiable, document.Checks.Single(c => c.Rule == "applications.rowSum.granted").Status);
        ValidJson(document);
    }

    [Fact]
    public void Metadata_warnings_and_recognition_warnings_are_all_given()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021, singleOtherRow: true);
        cells["active.rules.inForce"] = "6";
        var report = SampleReport.Recognized(cells, TemplateLayout.Gov2021, singleOtherRow: true,
            metadata: new ReportMetadata("衡山镇2020年度政府信息公开工作年度报告", "霍山县衡山镇人民政府", 2020, "2021-01-20"),
            sections: [new SectionText(1, "一、总体情况", "2020年共收到政府信息公开申请9件。")],
            warnings: [new ReportWarning("LABEL_LOW_CONFIDENCE", "label '其他法律行政止公开' matched with 0.7", "applications.denied.prohibitedByLaw.total")],
            extras: [new ExtraRow(2, "2020年本行政区域政府信息公开发布总数量", "2", new CellRef(null, 0, 12, 0))]);

        var document = Assemble(report);

        var codes = document.Warnings.Select(w => w.Code).ToList();
        Assert.Equal("LABEL_LOW_CONFIDENCE", codes[0]);
        Assert.Contains(WarningCodes.LayoutYearMismatch, codes);
        Assert.Contains(WarningCodes.RulesAtLocalLevel, codes);
        Assert.Contains(WarningCodes.OtherSingleRow, codes);
        Assert.Contains(WarningCodes.NarrativeMismatch, codes);
        Assert.Single(document.Extras);
        Assert.Equal("衡山镇2020年度政府信息公开工作年度报告", document.Report.Title);
        Assert.Equal(2020, document.Report.Year);
        Assert.Equal("2021-01-20", document.Report.PublishedOn);
        Assert.Single(document.Sections);

        var json = ValidJson(document);
        Assert.Equal(2, (int?)json["extras"]![0]!["section"]);
        Assert.Equal(12, (int?)json["extras"]![0]!["source"]!["row"]);
    }

    [Fact]
    public void No_statistics_table_gives_one_warning_not_one_per_row()
    {
        var report = SampleReport.Recognized(new Dictionary<string, string>(), TemplateLayout.Unknown,
            metadata: new ReportMetadata(null, null, null, null));

        var document = Assemble(report);

        Assert.Single(document.Warnings, w => w.Code == WarningCodes.NoStatistics);
        Assert.DoesNotContain(document.Warnings, w => w.Code == WarningCodes.RowMissing);
        Assert.All(document.Fields.Values, f => Assert.Null(f.Value));
        Assert.DoesNotContain(document.Checks, c => c.Status == CheckStatus.Fail);
        Assert.Equal("unknown", (string?)ValidJson(document)["report"]!["template"]);
    }

    [Fact]
    public void Source_describes_the_file()
    {
        var source = SourceInfo.FromBytes("/tmp/in/hzq.pdf", "abc"u8, SourceFormat.Pdf, 5);

        Assert.Equal("hzq.pdf", source.File);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", source.Sha256);
        Assert.Equal("pdf", source.Format);
        Assert.Equal(5, source.Pages);
    }

    [Fact]
    public void Pdf_cell_positions_are_written_with_page_and_bbox()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        var report = SampleReport.Recognized(cells, TemplateLayout.Gov2021);
        var readings = report.Fields.Select(r => r.Key == "applications.newReceived.naturalPerson"
            ? r with { Source = new CellRef(3, 2, 4, 3, new BoundingBox(72.1, 410.0, 96.3, 421.5)) }
            : r).ToImmutableArray();

        var document = ReportAssembler.Assemble(SourceInfo.FromBytes("a.pdf", "x"u8, SourceFormat.Pdf, 5), report with { Fields = readings });

        var source = ValidJson(document)["fields"]!["applications.newReceived.naturalPerson"]!["source"]!;
        Assert.Equal(3, (int?)source["page"]);
        Assert.Equal(2, (int?)source["table"]);
        Assert.Equal(4, (int?)source["row"]);
        Assert.Equal(3, (int?)source["col"]);
        Assert.Equal(new[] { 72.1, 410.0, 96.3, 421.5 }, source["bbox"]!.AsArray().Select(n => (double)n!).ToArray());
    }
}
