using NJsonSchema;
using NJsonSchema.Validation;

namespace Disclosure.Extract.Output;

/// <summary>The JSON Schema of the output (embedded report.schema.json) and validation against it.</summary>
public static class ReportSchema
{
    private const string ResourceName = "report.schema.json";

    private static readonly Lazy<string> Text = new(LoadText);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(Text.Value).GetAwaiter().GetResult());

    /// <summary>The schema text as shipped, for users who validate the output with their own tools.</summary>
    public static string SchemaText => Text.Value;

    /// <summary>Every way <paramref name="json"/> breaks the schema, as "path: problem"; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        ICollection<ValidationError> errors;
        try
        {
            errors = Schema.Value.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return [$"not valid JSON: {e.Message}"];
        }
        var messages = new List<string>();
        foreach (var error in errors) Describe(error, messages);
        return messages;
    }

    private static void Describe(ValidationError error, List<string> messages)
    {
        var path = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        messages.Add($"{path}: {error.Kind}{(error.Property is { } p ? $" ({p})" : "")}");
        if (error is ChildSchemaValidationError child)
            foreach (var nested in child.Errors.SelectMany(e => e.Value))
                Describe(nested, messages);
    }

    private static string LoadText()
    {
        using var stream = typeof(ReportSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
