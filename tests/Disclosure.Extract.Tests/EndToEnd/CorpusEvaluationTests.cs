using Disclosure.Extract.Evaluation;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.EndToEnd;

/// <summary>Every corpus document extracts at 100% field accuracy against the truth its generator wrote.</summary>
public class CorpusEvaluationTests
{
    private static readonly Evaluator Evaluator = new(new ExtractionPipeline());

    public static TheoryData<string> Documents() => CorpusFolder.DocumentsWithTruth();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Corpus_document_is_extracted_exactly(string relativePath)
    {
        var score = Evaluator.Score(Path.Combine(CorpusFolder.Path, relativePath));
        Assert.True(score.Scored > 0, "truth file scores no field");
        ScoreAssert.Perfect(score);
    }

    [Fact]
    public void Corpus_covers_both_layouts_and_the_readable_formats()
    {
        var truths = Evaluator.DocumentsWithTruth(CorpusFolder.Path).Select(d => (Doc: d, Truth: TruthFile.Load(TruthFile.PathFor(d)))).ToList();
        Assert.Contains(truths, t => t.Truth.Template == "2019");
        Assert.Contains(truths, t => t.Truth.Template == "2021");
        Assert.Contains(truths, t => t.Doc.EndsWith(".docx", StringComparison.Ordinal));
        Assert.Contains(truths, t => t.Doc.EndsWith(".txt", StringComparison.Ordinal));
    }
}
