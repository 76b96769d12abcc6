using Disclosure.Extract.Output;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.EndToEnd;

/// <summary>The plain-text reader recovers the same fields as the Word file of the same report.</summary>
public class TextAndWordAgreementTests
{
    private static readonly ExtractionPipeline Pipeline = new();

    public static TheoryData<string> ReportIds()
    {
        var data = new TheoryData<string>();
        foreach (var docx in Directory.EnumerateFiles(Path.Combine(CorpusFolder.Path, "docx"), "*.docx").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(docx);
            if (File.Exists(Path.Combine(CorpusFolder.Path, "text", id + ".txt"))) data.Add(id);
        }
        return data;
    }

    private static ReportDocument Extract(string path) =>
        Pipeline.Extract(path).Document ?? throw new Xunit.Sdk.XunitException($"{path} did not extract");

    [Theory]
    [MemberData(nameof(ReportIds))]
    public void Text_rendering_gives_the_same_fields_as_the_docx(string id)
    {
        var word = Extract(Path.Combine(CorpusFolder.Path, "docx", id + ".docx"));
        var text = Extract(Path.Combine(CorpusFolder.Path, "text", id + ".txt"));
        AssertSameFields(word, text);
    }

    /// <summary>The original seed renderings (../shared/seeds) read like our Word rebuilds of them.</summary>
    [SharedFact]
    public void Original_seed_texts_match_their_word_rebuilds()
    {
        var seeds = Directory.GetFiles(SharedFolder.Seeds!, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, seeds.Count);
        var rebuilds = Directory.GetFiles(Path.Combine(CorpusFolder.Path, "docx"), "seed*.docx").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, rebuilds.Count);
        for (var i = 0; i < seeds.Count; i++)
            AssertSameFields(Extract(rebuilds[i]), Extract(seeds[i]));
    }

    private static void AssertSameFields(ReportDocument expected, ReportDocument actual)
    {
        Assert.Equal(expected.Report.Template, actual.Report.Template);
        Assert.Equal(expected.Report.Year, actual.Report.Year);
        Assert.Equal(expected.Fields.Keys.Order(StringComparer.Ordinal), actual.Fields.Keys.Order(StringComparer.Ordinal));
        var differing = expected.Fields.Where(f => f.Value.Value != actual.Fields[f.Key].Value || f.Value.Kind != actual.Fields[f.Key].Kind)
            .Select(f => $"{f.Key}: {f.Value.Value}/{f.Value.Kind} vs {actual.Fields[f.Key].Value}/{actual.Fields[f.Key].Kind}").ToList();
        Assert.True(differing.Count == 0, string.Join("\n", differing));
        Assert.Equal(expected.Extras.Select(e => e.Label), actual.Extras.Select(e => e.Label));
    }
}
