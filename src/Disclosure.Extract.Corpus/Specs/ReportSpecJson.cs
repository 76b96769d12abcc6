using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Extract.Corpus.Specs;

/// <summary>Reads and writes <see cref="ReportSpec"/> as the JSON kept in corpus/specs.</summary>
public static class ReportSpecJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ReportSpec Parse(string json) =>
        JsonSerializer.Deserialize<ReportSpec>(json, Options) ?? throw new JsonException("A report spec is null.");

    public static string Serialize(ReportSpec spec) => JsonSerializer.Serialize(spec, Options) + "\n";
}
