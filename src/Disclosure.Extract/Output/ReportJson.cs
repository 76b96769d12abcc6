using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Disclosure.Extract.Values;

namespace Disclosure.Extract.Output;

/// <summary>Serialises <see cref="ReportDocument"/> to and from the JSON of output.md.</summary>
public static class ReportJson
{
    /// <summary>camelCase names and enum values, readable Chinese, numbers without trailing zeros.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null, // canonical keys are written exactly as fields.md spells them
            WriteIndented = true,
            // Chinese text stays readable for an auditor; the output is a data file, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new TrimmedDecimalConverter());
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }

    public static string Serialize(ReportDocument document) => JsonSerializer.Serialize(document, Options);

    public static byte[] SerializeToUtf8Bytes(ReportDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    /// <summary>Reads a document back; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static ReportDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<ReportDocument>(json, Options) ?? throw new JsonException("the JSON text is null");

    /// <summary>Writes 7.50m as 7.5 and 3.0m as 3: the value, not the scale it happened to be computed with.</summary>
    private sealed class TrimmedDecimalConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDecimal();

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(CellValueParser.Trim(value));

        public override decimal ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            decimal.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
            writer.WritePropertyName(CellValueParser.Trim(value).ToString(CultureInfo.InvariantCulture));
    }
}
