using System.Text.Json;
using System.Text.Json.Serialization;

namespace Disclosure.Extract.Evaluation;

/// <summary>A hand-checked or generated ground truth (truth.md): values as the document states them.</summary>
public sealed record TruthFile(
    string? Id,
    string? Format,
    string? Template,
    string? Organization,
    int? Year,
    IReadOnlyDictionary<string, decimal?> Values,
    IReadOnlyList<string>? Notes)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static TruthFile Load(string path)
    {
        var truth = JsonSerializer.Deserialize<TruthFile>(File.ReadAllText(path), Options)
            ?? throw new InvalidDataException($"{path}: empty truth file");
        return truth with { Values = truth.Values ?? new Dictionary<string, decimal?>() };
    }

    /// <summary>The truth file beside a document: X.ext → X.truth.json.</summary>
    public static string PathFor(string documentPath) =>
        Path.Combine(Path.GetDirectoryName(documentPath) ?? ".", Path.GetFileNameWithoutExtension(documentPath) + ".truth.json");
}
