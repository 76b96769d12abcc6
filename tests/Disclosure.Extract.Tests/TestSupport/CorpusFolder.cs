namespace Disclosure.Extract.Tests.TestSupport;

/// <summary>The repository's corpus/ folder and the documents in it that have truth files.</summary>
public static class CorpusFolder
{
    public static string Path => System.IO.Path.Combine(SharedFolder.RepositoryRoot
        ?? throw new InvalidOperationException("repository root (Disclosure.Extract.sln) not found"), "corpus");

    /// <summary>Relative paths (for readable test names) of every corpus document with a sibling truth file.</summary>
    public static TheoryData<string> DocumentsWithTruth()
    {
        var data = new TheoryData<string>();
        foreach (var f in Disclosure.Extract.Evaluation.Evaluator.DocumentsWithTruth(Path))
            data.Add(System.IO.Path.GetRelativePath(Path, f));
        return data;
    }
}
