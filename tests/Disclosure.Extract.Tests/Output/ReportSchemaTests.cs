using System.Text.Json.Nodes;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Output;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Tests.Validation;

namespace Disclosure.Extract.Tests.Output;

public class ReportSchemaTests
{
    private static JsonObject ValidDocument() => JsonNode.Parse(ReportJson.Serialize(ReportAssembler.Assemble(
        SourceInfo.FromBytes("a.pdf", "%PDF"u8, SourceFormat.Pdf, 4),
        SampleReport.Recognized(SampleReport.ConsistentCells(TemplateLayout.Gov2019), TemplateLayout.Gov2019))))!.AsObject();

    [Fact]
    public void The_shipped_schema_accepts_an_assembled_document()
    {
        Assert.Empty(ReportSchema.Validate(ValidDocument().ToJsonString()));
        Assert.Contains("draft-07", ReportSchema.SchemaText);
    }

    public static TheoryData<string, Action<JsonObject>> Breakages => new()
    {
        { "missing fields", d => d.Remove("fields") },
        { "missing checks", d => d.Remove("checks") },
        { "unknown top-level property", d => d["extra"] = 1 },
        { "wrong schema version", d => d["schemaVersion"] = "2.0" },
        { "kind zero", d => d["fields"]!["applications.granted.total"]!["kind"] = "zero" },
        { "value as a string", d => d["fields"]!["applications.granted.total"]!["value"] = "11" },
        { "blank with a value", d => { var f = d["fields"]!["applications.granted.total"]!; f["kind"] = "blank"; } },
        { "number without a value", d => d["fields"]!["applications.granted.total"]!["value"] = null },
        { "confidence above 1", d => d["fields"]!["applications.granted.total"]!["confidence"] = 1.5 },
        { "field without raw", d => d["fields"]!["applications.granted.total"]!.AsObject().Remove("raw") },
        { "unknown unit", d => d["fields"]!["active.procurement.amount"]!["unit"] = "美元" },
        { "key outside the canonical prefixes", d => d["fields"]!["meta.org"] = d["fields"]!["applications.granted.total"]!.DeepClone() },
        { "status ok", d => d["checks"]![0]!["status"] = "ok" },
        { "check without assumedZero", d => d["checks"]![0]!.AsObject().Remove("assumedZero") },
        { "template 2020", d => d["report"]!["template"] = "2020" },
        { "format xls", d => d["source"]!["format"] = "xls" },
        { "short sha256", d => d["source"]!["sha256"] = "abc" },
        { "derived as text", d => d["derived"]!["review.litigation.total"] = "1" },
        { "negative table index", d => d["fields"]!["applications.granted.total"]!["source"]!["table"] = -1 },
        { "lowercase warning code", d => d["warnings"] = new JsonArray(new JsonObject { ["code"] = "oops", ["message"] = "m" }) },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_schema_rejects_a_broken_document(string what, Action<JsonObject> breakIt)
    {
        var document = ValidDocument();
        breakIt(document);

        var errors = ReportSchema.Validate(document.ToJsonString());

        Assert.True(errors.Count > 0, $"schema accepted a document with {what}");
    }

    [Fact]
    public void Text_that_is_not_json_is_an_error_not_an_exception()
    {
        var errors = ReportSchema.Validate("{ not json");
        Assert.NotEmpty(errors);
    }
}
