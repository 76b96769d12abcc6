using System.CommandLine;
using System.Globalization;
using Disclosure.Extract.Cli;
using Disclosure.Extract.Tests.TestSupport;
using Spectre.Console;

namespace Disclosure.Extract.Tests.Cli;

/// <summary>
/// `eval` lists, per document, the label decisions recognition was least sure of — apart from the field listing —
/// so a misread label shows up even when the values happen to come out right.
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eval-labels-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400;
        var root = new RootCommand();
        root.Subcommands.Add(EvalCommand.Create(console));
        var exit = root.Parse(["eval", .. args]).Invoke();
        return (exit, output.ToString());
    }

    private static List<string[]> Rows(string output) =>
        output.Split('\n')
            .Where(l => l.TrimStart().StartsWith('│'))
            .Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())
            .ToList();

    /// <summary>A clean corpus report and a copy whose row 3.危及… is printed with the label of the row above.</summary>
    private void WriteDocuments()
    {
        const string name = "gen02-baseline-2021";
        var text = File.ReadAllText(Path.Combine(CorpusFolder.Path, "text", name + ".txt"));
        var truth = Path.Combine(CorpusFolder.Path, "text", name + ".truth.json");
        Assert.Contains("\t3.危及“三安全一稳定”\n", text);
        File.WriteAllText(Path.Combine(_folder, "clean.txt"), text);
        File.Copy(truth, Path.Combine(_folder, "clean.truth.json"));
        File.WriteAllText(Path.Combine(_folder, "misprint.txt"), text.Replace("\t3.危及“三安全一稳定”\n", "\t2.其他法律行政法规禁止公开\n"));
        File.Copy(truth, Path.Combine(_folder, "misprint.truth.json"));
    }

    [Fact]
    public void Lists_the_lowest_confidence_label_decisions_of_each_document()
    {
        WriteDocuments();

        var (exit, output) = Run(_folder, "--lowest-labels", "2");

        Assert.Equal(0, exit);
        Assert.Contains("lowest-confidence label decisions", output);
        var rows = Rows(output);
        var header = rows.First(r => r.Contains("label as printed"));
        int Col(string name) => Array.IndexOf(header, name);
        foreach (var column in new[] { "document", "table", "label as printed", "key", "confidence", "method" })
            Assert.True(Col(column) >= 0, $"no column {column}");
        var decisions = rows.Skip(rows.IndexOf(header) + 1).TakeWhile(r => r.Length == header.Length).ToList();

        foreach (var document in new[] { "clean.txt", "misprint.txt" })
        {
            var listed = decisions.Where(r => r[Col("document")] == document).ToList();
            Assert.Equal(2, listed.Count);
            var scores = listed.Select(r => double.Parse(r[Col("confidence")], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(scores.Order(), scores);
        }

        // The misprinted row is the least certain decision: placed by template position, with its score.
        var worst = decisions.First(r => r[Col("document")] == "misprint.txt");
        Assert.Equal(("三", "2.其他法律行政法规禁止公开", "denied.threeSecurities", "0.500", "template position"),
            (worst[Col("table")], worst[Col("label as printed")], worst[Col("key")], worst[Col("confidence")], worst[Col("method")]));
        // The clean report has no decision that uncertain.
        Assert.All(decisions.Where(r => r[Col("document")] == "clean.txt"),
            r => Assert.True(double.Parse(r[Col("confidence")], CultureInfo.InvariantCulture) > 0.9, string.Join(" | ", r)));

        // Both still extract exactly: the field listing is unaffected.
        Assert.Contains("perfect documents: 2/2", output);
    }

    [Fact]
    public void Zero_hides_the_label_listing()
    {
        WriteDocuments();

        var (exit, output) = Run(_folder, "--lowest-labels", "0");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("lowest-confidence label decisions", output);
        Assert.Contains("perfect documents: 2/2", output);
    }
}
