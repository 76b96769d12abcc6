using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Truth;

/// <summary>The ground truth of one corpus file (truth.md): what the spec prints, read through <see cref="CellTextOracle"/>.</summary>
public sealed record TruthFile(
    string Id, string Format, string Template, string Organization, int Year,
    IReadOnlyList<KeyValuePair<string, decimal?>> Values, IReadOnlyList<string> Notes);

/// <summary>Builds and writes X.truth.json from a spec (never from the extractor).</summary>
public static class TruthWriter
{
    public static TruthFile Build(ReportSpec spec, string format)
    {
        var fields = TemplateCatalog.Fields(ReportLayout.LayoutOf(spec), spec.Is2021 && spec.SingleOtherRow);
        var known = fields.Select(f => f.Key).ToHashSet();
        var unknown = spec.Values.Keys.Where(k => !known.Contains(k)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"{spec.Id}: values for keys the {spec.Layout} layout does not print: {string.Join(", ", unknown)}");
        var values = fields
            .Select(f => new KeyValuePair<string, decimal?>(f.Key, CellTextOracle.Number(spec.Values.TryGetValue(f.Key, out var t) ? t : spec.DefaultCell)))
            .ToList();
        var audit = IdentityAudit.Failures(values.ToDictionary(v => v.Key, v => v.Value), ReportLayout.LayoutOf(spec), spec.Is2021 && spec.SingleOtherRow);
        return new TruthFile(spec.Id, format, spec.Layout, spec.Organization, spec.Year, values, [.. spec.Notes, .. audit]);
    }

    public static byte[] ToJson(TruthFile truth)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", truth.Id);
            w.WriteString("format", truth.Format);
            w.WriteString("template", truth.Template);
            w.WriteString("organization", truth.Organization);
            w.WriteNumber("year", truth.Year);
            w.WriteStartObject("values");
            foreach (var (key, value) in truth.Values)
            {
                if (value is { } v) w.WriteNumber(key, v);
                else w.WriteNull(key);
            }
            w.WriteEndObject();
            w.WriteStartArray("notes");
            foreach (var note in truth.Notes) w.WriteStringValue(note);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.Write("\n"u8);
        return stream.ToArray();
    }
}
