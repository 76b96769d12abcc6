using System.Reflection;
using System.Text;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Specs;
using Disclosure.Extract.Corpus.Truth;
using Disclosure.Extract.Corpus.Variants;
using Disclosure.Extract.Corpus.Writers;

namespace Disclosure.Extract.Corpus;

/// <summary>Whether a generation also prints the PDF part of the corpus (which needs LibreOffice).</summary>
public enum PdfGeneration
{
    /// <summary>Leave corpus/pdf as it is.</summary>
    Skip,
    /// <summary>Rewrite corpus/pdf when LibreOffice is installed; otherwise leave it as it is and say so.</summary>
    IfLibreOfficeInstalled,
}

/// <summary>
/// Regenerates the test corpus: for every spec a Word file, its plain-text rendering and a truth file next to each,
/// the generated specs as JSON, and the negative files. The same input gives the same bytes on every run.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Folders (under the corpus folder) that generation owns and rewrites completely.</summary>
    public static readonly IReadOnlyList<string> GeneratedFolders = ["docx", "text", "html", "bad", "specs/generated"];

    /// <summary>The folder of PDFs and their truth, rewritten only when LibreOffice is there to print them.</summary>
    public const string PdfFolder = "pdf";

    /// <summary>
    /// Writes the whole corpus under <paramref name="corpusDir"/>; returns the written paths relative to it. PDFs are
    /// printed by LibreOffice only when <paramref name="pdf"/> asks for it and LibreOffice is installed; a skip is
    /// reported on <paramref name="log"/> (standard error when null).
    /// </summary>
    public static IReadOnlyList<string> Generate(string corpusDir, PdfGeneration pdf = PdfGeneration.IfLibreOfficeInstalled, TextWriter? log = null)
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

        var variants = VariantCorpus.Specs().Concat(PerturbedLabelCorpus.Specs()).ToList();
        foreach (var spec in HandWrittenSpecs().Concat(variants))
        {
            var document = ReportLayout.Build(spec);
            Write($"docx/{spec.Id}.docx", DocxReportWriter.Write(document, PropertiesOf(spec)));
            Write($"docx/{spec.Id}.truth.json", TruthWriter.ToJson(TruthWriter.Build(spec, "docx")));
            Write($"text/{spec.Id}.txt", TextReportWriter.ToBytes(document));
            Write($"text/{spec.Id}.truth.json", TruthWriter.ToJson(TruthWriter.Build(spec, "text")));
        }
        foreach (var publication in HtmlPages())
        {
            var spec = publication.Spec;
            Write($"html/{publication.FileName}", HtmlReportWriter.Write(ReportLayout.Build(spec), TitleOf(spec), publication.Rendering));
            Write($"html/{spec.Id}.truth.json", TruthWriter.ToJson(TruthWriter.Build(spec, "html")));
        }
        foreach (var spec in variants)
            Write($"specs/generated/{spec.Id}.json", Encoding.UTF8.GetBytes(ReportSpecJson.Serialize(spec)));
        foreach (var (name, bytes) in NegativeFiles.All())
            Write($"bad/{name}", bytes);
        var imagePage = AllSpecs()[0];
        Write("bad/tables-as-images.html", HtmlReportWriter.Write(ReportLayout.Build(imagePage), TitleOf(imagePage),
            new HtmlRendering(HtmlPageStyle.Portal, HtmlHeadingStyle.Strong, new DateOnly(imagePage.Year + 1, 1, 20), TablesAsImages: true)));

        if (pdf == PdfGeneration.IfLibreOfficeInstalled)
        {
            if (LibreOfficePdfConverter.Find() is { } soffice)
                written.AddRange(GeneratePdfs(corpusDir, soffice));
            else
                (log ?? Console.Error).WriteLine($"LibreOffice (soffice) not found on PATH: {PdfFolder}/ left as it is (install libreoffice-writer-nogui and fonts-noto-cjk to print the PDFs).");
        }
        return written;
    }

    /// <summary>Prints the PDF selection with LibreOffice into corpus/pdf (cleared first) with a truth file beside each PDF.</summary>
    public static IReadOnlyList<string> GeneratePdfs(string corpusDir, string soffice)
    {
        var folder = Path.Combine(corpusDir, PdfFolder);
        if (Directory.Exists(folder))
            foreach (var file in Directory.GetFiles(folder)) File.Delete(file);
        Directory.CreateDirectory(folder);
        var publications = PdfPublications.For(AllSpecs());
        var pdfs = PrintPdfs(soffice, publications);
        var written = new List<string>();
        foreach (var publication in publications)
        {
            var id = publication.Spec.Id;
            File.WriteAllBytes(Path.Combine(folder, id + ".pdf"), pdfs[id]);
            File.WriteAllBytes(Path.Combine(folder, id + ".truth.json"), TruthWriter.ToJson(TruthWriter.Build(publication.Spec, "pdf")));
            written.Add($"{PdfFolder}/{id}.pdf");
            written.Add($"{PdfFolder}/{id}.truth.json");
        }
        return written;
    }

    /// <summary>Prints PDF publications with LibreOffice in one run: id → PDF bytes, stamped with the Word file's date.</summary>
    public static IReadOnlyDictionary<string, byte[]> PrintPdfs(string soffice, IReadOnlyList<PdfPublication> publications)
    {
        // One LibreOffice run carries state (fonts, caches) from file to file, so a PDF's bytes depend on the files printed
        // before it: the perturbed-label set is printed in a run of its own so that adding it left the other PDFs as they were.
        var perturbed = PerturbedLabelCorpus.Specs().Select(s => s.Id).ToHashSet();
        var raw = new Dictionary<string, byte[]>();
        foreach (var run in publications.GroupBy(p => perturbed.Contains(p.Spec.Id)).OrderBy(g => g.Key))
        {
            var docx = run.ToDictionary(p => p.Spec.Id, p => DocxReportWriter.Write(p.Layout(), PropertiesOf(p.Spec), p.WordOptions));
            foreach (var (id, pdf) in LibreOfficePdfConverter.Convert(soffice, docx)) raw[id] = pdf;
        }
        // Stamped with the Word file's date, as an export made the day the report was written.
        return publications.ToDictionary(p => p.Spec.Id, p => LibreOfficePdfConverter.Normalize(raw[p.Spec.Id], PropertiesOf(p.Spec).Created));
    }

    private static string TitleOf(ReportSpec spec) => string.Concat(spec.Title.Select(p => p.Text.Trim()));

    /// <summary>
    /// Every report spec of the corpus: the hand-written ones (corpus/specs/*.json), the generated variants and the
    /// perturbed-label reports.
    /// </summary>
    public static IReadOnlyList<ReportSpec> AllSpecs() => [.. HandWrittenSpecs(), .. VariantCorpus.Specs(), .. PerturbedLabelCorpus.Specs()];

    /// <summary>
    /// How every report is published as a web page: the seeded selection over the hand-written and variant reports, then
    /// the perturbed-label reports in plain page styles (kept apart so that they do not re-deal the others' styles).
    /// </summary>
    public static IReadOnlyList<HtmlPublication> HtmlPages() =>
        [.. HtmlPublications.For([.. HandWrittenSpecs(), .. VariantCorpus.Specs()]), .. HtmlPublications.Plain(PerturbedLabelCorpus.Specs(), PerturbedLabelCorpus.Seed)];

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
        TitleOf(spec),
        spec.Organization,
        new DateTime(spec.Year + 1, 1, 15, 9, 0, 0, DateTimeKind.Utc));
}
