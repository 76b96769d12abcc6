using System.Collections.Concurrent;
using System.Text;
using Disclosure.Extract.Corpus;
using Disclosure.Extract.Corpus.Specs;
using DocumentFormat.OpenXml.Packaging;
using System.Xml.Linq;

namespace Disclosure.Extract.Tests.Corpus;

/// <summary>The corpus tests share one fresh generation (generating takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "Generated corpus";
}

/// <summary>A Word table cell as read back with OpenXml: grid span, vMerge state ("restart"/"continue"/null), text.</summary>
public sealed record WordCell(int Span, string? Merge, string Text);

/// <summary>One fresh generation of the corpus into a temporary folder, shared by the corpus tests.</summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, List<List<List<WordCell>>>> _tables = new();

    public CorpusFixture()
    {
        Directory = CorpusPaths.NewTempDirectory();
        Written = CorpusGenerator.Generate(Directory, PdfGeneration.Skip);
        Specs = CorpusGenerator.AllSpecs();
    }

    public string Directory { get; }
    public IReadOnlyList<string> Written { get; }
    public IReadOnlyList<ReportSpec> Specs { get; }

    /// <summary>The Word tables of a generated report, read back with OpenXml (tables → rows → cells).</summary>
    public List<List<List<WordCell>>> WordTables(string id) => _tables.GetOrAdd(id, _ => ReadTables(Path.Combine(Directory, "docx", id + ".docx")));

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // Reads the main part's XML directly: the typed OpenXml DOM is correct too but ten times slower on 35 files.
    private static List<List<List<WordCell>>> ReadTables(string path)
    {
        using var doc = WordprocessingDocument.Open(path, false);
        using var stream = doc.MainDocumentPart!.GetStream();
        var body = XDocument.Load(stream).Root!.Element(W + "body")!;
        return body.Elements(W + "tbl").Select(t => t.Elements(W + "tr").Select(r => r.Elements(W + "tc").Select(c =>
        {
            var props = c.Element(W + "tcPr");
            var vMerge = props?.Element(W + "vMerge");
            var merge = vMerge is null ? null : (string?)vMerge.Attribute(W + "val") == "restart" ? "restart" : "continue";
            var span = (int?)props?.Element(W + "gridSpan")?.Attribute(W + "val") ?? 1;
            var text = new StringBuilder();
            foreach (var el in c.Descendants())
            {
                if (el.Name == W + "t") text.Append(el.Value);
                else if (el.Name == W + "br") text.Append('\n');
            }
            return new WordCell(span, merge, text.ToString());
        }).ToList()).ToList()).ToList();
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Where the repository and the shared folder are, seen from the test binaries.</summary>
public static class CorpusPaths
{
    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "disclosure-corpus-" + Path.GetRandomFileName());
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The folder holding Disclosure.Extract.sln, or null when the tests run outside the repository.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Disclosure.Extract.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>../shared/seeds next to the repository, or null (a fresh clone has none).</summary>
    public static string? SharedSeeds()
    {
        var root = RepositoryRoot();
        if (root is null) return null;
        var seeds = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        return System.IO.Directory.Exists(seeds) ? seeds : null;
    }
}
