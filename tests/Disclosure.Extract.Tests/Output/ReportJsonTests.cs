using System.Text.Json.Nodes;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Output;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Tests.Validation;

namespace Disclosure.Extract.Tests.Output;

public class ReportJsonTests
{
    private static ReportDocument Sample()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["applications.granted.otherOrg"] = "00";
        cells["review.litigationDirect.other"] = "—";
        return ReportAssembler.Assemble(SourceInfo.FromBytes("a.html", "<html>"u8, SourceFormat.Html, null),
            SampleReport.Recognized(cells, TemplateLayout.Gov2021));
    }

    [Fact]
    public void The_json_has_the_shape_of_output_md()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(Sample()))!.AsObject();

        Assert.Equal(
            new[] { "schemaVersion", "source", "report", "sections", "fields", "derived", "extras", "checks", "warnings" },
            json.Select(p => p.Key).ToArray());
        Assert.Equal("1.0", (string?)json["schemaVersion"]);
        Assert.Equal("html", (string?)json["source"]!["format"]);
        Assert.Null(json["source"]!["pages"]);
        var field = json["fields"]!["applications.newReceived.total"]!.AsObject();
        Assert.Equal(new[] { "value", "kind", "raw", "confidence", "source" }, field.Select(p => p.Key).ToArray());
        Assert.Equal("number", (string?)field["kind"]);
        Assert.Equal("placeholder", (string?)json["fields"]!["review.litigationDirect.other"]!["kind"]);
        Assert.Null(json["fields"]!["review.litigationDirect.other"]!["value"]);
        Assert.Equal("leading_zero", (string?)json["fields"]!["applications.granted.otherOrg"]!["flags"]![0]);
        Assert.Equal("pass", (string?)json["checks"]![0]!["status"]);
        Assert.Equal("applications.balance.naturalPerson", (string?)json["checks"]![0]!["rule"]);
    }

    [Fact]
    public void Numbers_are_json_numbers_without_trailing_zeros()
    {
        var text = ReportJson.Serialize(Sample());

        Assert.Contains("\"value\": 22,", text);
        Assert.Contains("\"value\": 7730.28,", text);
        Assert.Contains("\"applications.denied.total.total\": 1", text);
        Assert.DoesNotContain("\"value\": 22.0", text);
        Assert.Contains("一、本年新收", ReportJson.Serialize(Sample() with
        {
            Sections = [new SectionOutput(3, "三、收到和处理政府信息公开申请情况", "一、本年新收")],
        })); // Chinese stays readable, not \u-escaped
    }

    [Fact]
    public void A_document_survives_a_round_trip()
    {
        var first = ReportJson.Serialize(Sample());
        var again = ReportJson.Serialize(ReportJson.Deserialize(first));

        Assert.Equal(first, again);
        var back = ReportJson.Deserialize(first);
        Assert.Equal(22m, back.Fields["applications.newReceived.total"].Value);
        Assert.Equal(Disclosure.Extract.Validation.CheckStatus.Pass, back.Checks[0].Status);
    }
}
