using System.Text;
using Disclosure.Extract.Evaluation;

namespace Disclosure.Extract.Tests.EndToEnd;

/// <summary>Fails a test with the same wrong-field listing `eval` prints (expected, got, raw, source).</summary>
internal static class ScoreAssert
{
    public static void Perfect(DocumentScore score)
    {
        Assert.True(score.Error is null, $"{score.Path}: {score.Error}");
        if (score.Perfect) return;
        var sb = new StringBuilder($"{score.Path}: {score.Correct}/{score.Scored} fields correct, template {score.GotTemplate} (truth {score.ExpectedTemplate})\n");
        foreach (var issue in score.MetadataIssues) sb.AppendLine("  report " + issue);
        foreach (var w in score.Wrong.Take(40))
            sb.AppendLine($"  {w.Key}: expected {w.Expected?.ToString() ?? "null"}, got {w.Got?.ToString() ?? "null"} (raw '{w.Raw}', " +
                          (w.Source is null ? "not found" : $"table {w.Source.Table} row {w.Source.Row} col {w.Source.Col} page {w.Source.Page}") + ")");
        Assert.Fail(sb.ToString());
    }
}
