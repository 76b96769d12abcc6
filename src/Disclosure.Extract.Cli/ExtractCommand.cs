using System.Collections.Concurrent;
using System.CommandLine;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Validation;
using WarningCodes = Disclosure.Extract.Validation.WarningCodes;
using Spectre.Console;

namespace Disclosure.Extract.Cli;

/// <summary>`extract FILES… --out DIR`: one JSON per input, a summary of what failed and why.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "report files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "folder for the JSON files", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "files processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var csv = new Option<string?>("--csv") { Description = "also write every field of every file as one tidy CSV table" };
        var command = new Command("extract", "extract reports into JSON (file.pdf → file.pdf.json)") { inputs, output, jobs, csv };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(jobs), parse.GetValue(csv)));
        return command;
    }

    private static int Run(string[] inputs, string outDir, int jobs, string? csvPath)
    {
        var (files, missing) = InputFiles.Expand(inputs);
        foreach (var m in missing) AnsiConsole.MarkupLineInterpolated($"[red]not found:[/] {m}");
        if (files.Count == 0)
        {
            AnsiConsole.MarkupLine("[red]no input documents[/]");
            return 2;
        }
        Directory.CreateDirectory(outDir);
        var pipeline = new ExtractionPipeline();
        var outcomes = new ConcurrentDictionary<int, (InputFile File, ExtractionOutcome Outcome)>();
        var done = 0;
        var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

        void Work(int i)
        {
            var input = files[i];
            var outcome = pipeline.Extract(input.Path);
            if (outcome.Json is not null) WriteAtomically(Path.Combine(outDir, input.OutputName), outcome.Json);
            outcomes[i] = (input, outcome);
            var n = Interlocked.Increment(ref done);
            if (!interactive) AnsiConsole.MarkupLine($"[grey][[{n}/{files.Count}]][/] {Describe(outcome)} {Markup.Escape(input.Path)}");
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        if (interactive)
        {
            AnsiConsole.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("extracting", maxValue: files.Count);
                Parallel.For(0, files.Count, options, i => { Work(i); task.Increment(1); });
            });
        }
        else
        {
            Parallel.For(0, files.Count, options, Work);
        }

        var ordered = Enumerable.Range(0, files.Count).Select(i => outcomes[i]).ToList();
        if (csvPath is not null) FieldTable.Write(csvPath, ordered.Where(o => o.Outcome.Document is not null)
            .Select(o => (o.File.Path, o.Outcome.Document!)));
        return Summarize(ordered, outDir);
    }

    private static string Describe(ExtractionOutcome o) =>
        o.Error is not null ? $"[red]unreadable ({o.Error.Code})[/]"
        : NoStatistics(o) ? "[yellow]read, but no statistics table[/]"
        : o.Document!.Checks.Any(c => c.Status == CheckStatus.Fail) ? "[yellow]ok, failed checks[/]" : "[green]ok[/]";

    // A report whose tables are pictures (or missing) yields all-blank fields: say so rather than "ok".
    private static bool NoStatistics(ExtractionOutcome o) =>
        o.Document is not null && o.Document.Warnings.Any(w => w.Code == WarningCodes.NoStatistics);

    private static int Summarize(List<(InputFile File, ExtractionOutcome Outcome)> outcomes, string outDir)
    {
        var noTables = outcomes.Where(o => NoStatistics(o.Outcome)).ToList();
        var ok = outcomes.Count(o => o.Outcome.Document is not null && !NoStatistics(o.Outcome)
            && o.Outcome.Document.Checks.All(c => c.Status != CheckStatus.Fail));
        var failedChecks = outcomes.Where(o => o.Outcome.Document is not null && !NoStatistics(o.Outcome)
            && o.Outcome.Document.Checks.Any(c => c.Status == CheckStatus.Fail)).ToList();
        var unreadable = outcomes.Where(o => o.Outcome.Error is not null).ToList();

        var table = new Table().AddColumns("file", "status", "details");
        foreach (var (file, o) in noTables)
            table.AddRow(Markup.Escape(file.Path), "[yellow]no statistics table[/]",
                Markup.Escape(string.Join("; ", o.Document!.Warnings.Where(w => w.Code != WarningCodes.NoStatistics).Select(w => $"{w.Code}: {w.Message}").Take(2))));
        foreach (var (file, o) in failedChecks)
        {
            var failed = o.Document!.Checks.Where(c => c.Status == CheckStatus.Fail).ToList();
            table.AddRow(Markup.Escape(file.Path), "[yellow]failed checks[/]",
                Markup.Escape($"{failed.Count}: " + string.Join("; ", failed.Take(3).Select(c => c.Message)) + (failed.Count > 3 ? " …" : "")));
        }
        foreach (var (file, o) in unreadable)
            table.AddRow(Markup.Escape(file.Path), $"[red]{Markup.Escape(o.Error!.Code)}[/]", Markup.Escape(o.Error.Message));
        if (table.Rows.Count > 0) AnsiConsole.Write(table);

        AnsiConsole.MarkupLineInterpolated(
            $"{outcomes.Count} files: [green]{ok} ok[/], [yellow]{failedChecks.Count} with failed checks[/], [yellow]{noTables.Count} without a readable statistics table[/], [red]{unreadable.Count} unreadable[/]; JSON in {outDir}");
        return ok + failedChecks.Count + noTables.Count > 0 ? 0 : 1;
    }

    // A crash or a full disk must never leave a half-written JSON that looks like a result.
    private static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        File.WriteAllText(tmp, content);
        File.Move(tmp, path, overwrite: true);
    }
}
