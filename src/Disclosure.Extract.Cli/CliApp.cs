using System.CommandLine;
using System.Text;
using Spectre.Console;

namespace Disclosure.Extract.Cli;

/// <summary>The `disclosure-extract` command line: extract, eval, train, corpus, dump-grid, benchmark.</summary>
public static class CliApp
{
    public static int Run(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        // Logs and CI capture output: wrap tables at a useful width rather than the 80-column default.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 180;
        var root = new RootCommand("Disclosure.Extract: 政府信息公开工作年度报告 (Word, PDF, HTML, text) to validated JSON");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(CorpusCommand.Create());
        root.Subcommands.Add(DumpGridCommand.Create());
        root.Subcommands.Add(BenchmarkCommand.Create());
        return root.Parse(args).Invoke();
    }
}
