using System.Reflection;
using System.Text;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Corpus.Truth;
using Disclosure.Extract.Corpus.Variants;
using Disclosure.Extract.Corpus.Writers;

namespace Disclosure.Extract.Corpus;

/// <summary>
/// Regenerates the test corpus: for every spec a Word file, its plain-text rendering and a truth file next to each,
/// the generated specs as JSON, and the negative files. The same input gives the same bytes on every run.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Folders (under the corpus folder) that generation owns and rewrites completely.</summary>
    public static readonly IReadOnlyList<string> GeneratedFolders = ["docx", "text", "bad", "specs/generated"];

    /// <summary>Writes the whole corpus under <paramref name="corpusDir"/>; returns the written paths relative to it.</summary>
    public static IReadOnlyList<string> Generate(string corpusDir)
    {
        foreach (var folder in GeneratedFolders)
        {
            var path = Path.Combine(corpusDir, folder);
            if (Directory.Exists(path))
                foreach (var file in Directory.GetFiles(path)) File.Delete(file);
            Directory.CreateDirectory(path);
        }
        var written = new List<string>();
        void Write(string relative, byte[] bytes)
        {
            File.WriteAllBytes(Path.Combine(corpusDir, relative), bytes);
            written.Add(relative);
        }

        var variants = VariantCorpus.Specs();
        foreach (var spec in HandWrittenSpecs().Concat(variants))
        {
            var document = ReportLayout.Build(spec);
            Write($"docx/{spec.Id}.docx", DocxReportWriter.Write(document, PropertiesOf(spec)));
            Write($"docx/{spec.Id}.truth.json", TruthWriter.ToJson(TruthWriter.Build(spec, "docx")));
            Write($"text/{spec.Id}.txt", TextReportWriter.ToBytes(document));
            Write($"text/{spec.Id}.truth.json", TruthWriter.ToJson(TruthWriter.Build(spec, "text")));
        }
        foreach (var spec in variants)
            Write($"specs/generated/{spec.Id}.json", Encoding.UTF8.GetBytes(ReportSpecJson.Serialize(spec)));
        foreach (var (name, bytes) in NegativeFiles.All())
            Write($"bad/{name}", bytes);
        return written;
    }

    /// <summary>Every report spec of the corpus: the hand-written ones (corpus/specs/*.json) and the generated variants.</summary>
    public static IReadOnlyList<ReportSpec> AllSpecs() => [.. HandWrittenSpecs(), .. VariantCorpus.Specs()];

    /// <summary>The hand-written specs embedded from corpus/specs/*.json, in name order.</summary>
    public static IReadOnlyList<ReportSpec> HandWrittenSpecs()
    {
        var assembly = typeof(CorpusGenerator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("specs/", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => ReportSpecJson.Parse(ReadResource(assembly, n)))
            .ToList();
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Package properties of a spec's Word file: fixed dates derived from the report year (reports appear in January).</summary>
    public static DocxProperties PropertiesOf(ReportSpec spec) => new(
        string.Concat(spec.Title.Select(p => p.Text.Trim())),
        spec.Organization,
        new DateTime(spec.Year + 1, 1, 15, 9, 0, 0, DateTimeKind.Utc));
}
