using System.IO.Compression;
using Disclosure.Extract.Corpus;

namespace Disclosure.Extract.Tests.Corpus;

[Collection(CorpusCollection.Name)]
public sealed class CorpusGenerationTests(CorpusFixture fixture)
{
    [Fact]
    public void Generating_twice_gives_the_same_files_byte_for_byte_and_removes_stale_files()
    {
        var second = CorpusPaths.NewTempDirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(second, "docx"));
            File.WriteAllText(Path.Combine(second, "docx", "left-over.docx"), "old");
            var written = CorpusGenerator.Generate(second, PdfGeneration.Skip);
            Assert.False(File.Exists(Path.Combine(second, "docx", "left-over.docx")));
            Assert.Equal(fixture.Written.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
            foreach (var relative in written)
                Assert.True(File.ReadAllBytes(Path.Combine(fixture.Directory, relative)).AsSpan()
                    .SequenceEqual(File.ReadAllBytes(Path.Combine(second, relative))), $"{relative} differs between two runs");
        }
        finally { Directory.Delete(second, recursive: true); }
    }

    [Fact]
    public void Every_report_has_a_docx_a_text_rendering_and_a_truth_file_next_to_each()
    {
        foreach (var spec in fixture.Specs)
        {
            foreach (var file in new[] { $"docx/{spec.Id}.docx", $"docx/{spec.Id}.truth.json", $"text/{spec.Id}.txt", $"text/{spec.Id}.truth.json" })
                Assert.Contains(file, fixture.Written);
        }
        Assert.DoesNotContain(fixture.Written, f => f.StartsWith("bad/", StringComparison.Ordinal) && f.EndsWith(".truth.json", StringComparison.Ordinal));
    }

    [Fact]
    public void The_corpus_has_the_seed_rebuilds_and_at_least_24_generated_reports_of_both_layouts()
    {
        var specs = fixture.Specs;
        Assert.Equal(5, specs.Count(s => s.Id.StartsWith("seed", StringComparison.Ordinal)));
        var generated = specs.Where(s => s.Id.StartsWith("gen", StringComparison.Ordinal)).ToList();
        Assert.True(generated.Count >= 24, $"only {generated.Count} generated reports");
        Assert.Contains(generated, s => s.Layout == "2019");
        Assert.Contains(generated, s => s.Layout == "2021" && !s.SingleOtherRow);
        Assert.Contains(generated, s => s.Layout == "2021" && s.SingleOtherRow);
        Assert.Contains(generated, s => s.Split.ApplicationsAfter is not null);
        Assert.Contains(generated, s => s.Split.ActivePerArticle);
        Assert.Contains(generated, s => s.ExtraRows.Count > 0);
        Assert.Contains(generated, s => s.Sections.Any(sec => sec.Heading is null));
        Assert.Equal(specs.Count, specs.Select(s => s.Id).Distinct().Count());
    }

    /// <summary>The committed corpus/ must be exactly what the generator writes, so nobody edits generated files by hand.</summary>
    [Fact]
    public void The_committed_corpus_equals_a_fresh_generation()
    {
        var root = CorpusPaths.RepositoryRoot();
        if (root is null) return; // running outside the repository: nothing committed to compare
        var corpus = Path.Combine(root, "corpus");
        foreach (var folder in CorpusGenerator.GeneratedFolders)
        {
            var committed = Directory.Exists(Path.Combine(corpus, folder))
                ? Directory.GetFiles(Path.Combine(corpus, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()
                : [];
            var fresh = Directory.GetFiles(Path.Combine(fixture.Directory, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(fresh, committed);
            foreach (var name in fresh)
            {
                var a = File.ReadAllBytes(Path.Combine(fixture.Directory, folder, name!));
                var b = File.ReadAllBytes(Path.Combine(corpus, folder, name!));
                // A Word file is compared by its parts, so another zlib build cannot fail the test; everything else by bytes.
                if (name!.EndsWith(".docx", StringComparison.Ordinal) && folder == "docx")
                    Assert.Equal(Parts(a), Parts(b));
                else
                    Assert.True(a.AsSpan().SequenceEqual(b), $"corpus/{folder}/{name} differs from a fresh generation: run the generator and commit");
            }
        }
    }

    private static List<string> Parts(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return e.FullName + "\n" + reader.ReadToEnd();
        }).ToList();
    }
}
