using Disclosure.Extract.Corpus;
using Disclosure.Extract.Corpus.Rendering;
using Disclosure.Extract.Corpus.Writers;

namespace Disclosure.Extract.Tests.Corpus;

/// <summary>The seed rebuilds print the seeds' tables exactly (labels, numbers, blanks, merges); only narrative differs.</summary>
public sealed class SeedRebuildTests
{
    /// <summary>The table part of a text rendering: every line from a '\t'-led line to the blank line that ends its table.</summary>
    private static List<string> TableLines(string text)
    {
        var lines = text.Split('\n');
        var result = new List<string>();
        var inTable = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('\t')) inTable = true;
            if (!inTable) continue;
            result.Add(lines[i]);
            if (lines[i].Length == 0 && i > 0 && lines[i - 1].Length == 0) inTable = false;
        }
        return result;
    }

    [Fact]
    public void Seed_rebuilds_print_the_seed_tables_line_for_line()
    {
        var seeds = CorpusPaths.SharedSeeds();
        if (seeds is null) return; // a fresh clone has no ../shared
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var id = "seed" + Path.GetFileName(file)[..3];
            var spec = CorpusGenerator.HandWrittenSpecs().Single(s => s.Id == id);
            var mine = TableLines(TextReportWriter.Render(ReportLayout.Build(spec)));
            var theirs = TableLines(File.ReadAllText(file));
            Assert.True(theirs.Count > 300, $"{file}: table lines not found");
            Assert.Equal(theirs, mine);
        }
    }

    [Fact]
    public void Seed_rebuilds_keep_the_seed_headings_and_title_but_not_its_narrative()
    {
        var seeds = CorpusPaths.SharedSeeds();
        if (seeds is null) return;
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            var id = "seed" + Path.GetFileName(file)[..3];
            var mine = TextReportWriter.Render(ReportLayout.Build(CorpusGenerator.HandWrittenSpecs().Single(s => s.Id == id))).Split('\n');
            var theirs = File.ReadAllText(file).Split('\n');
            foreach (var heading in theirs.Where(l => l.EndsWith("情况", StringComparison.Ordinal) && l.Length < 30 && !l.StartsWith('\t')))
                Assert.Contains(heading, mine);
            // No narrative sentence of the seed (long lines outside tables) may appear in the rebuild.
            foreach (var sentence in theirs.Where(l => l.Length > 60 && !l.StartsWith('\t')))
                Assert.DoesNotContain(sentence.Replace(TextReportWriter.GoBackMarker, ""), mine.Select(l => l.Replace(TextReportWriter.GoBackMarker, "")));
        }
    }
}
