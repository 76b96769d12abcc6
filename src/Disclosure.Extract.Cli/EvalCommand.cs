using System.CommandLine;
using System.Globalization;
using Disclosure.Extract.Evaluation;
using Disclosure.Extract.Pipeline;
using Spectre.Console;

namespace Disclosure.Extract.Cli;

/// <summary>`eval FOLDER`: field accuracy per format and per document against sibling *.truth.json files.</summary>
internal static class EvalCommand
{
    public static Command Create() => Create(AnsiConsole.Console);

    /// <summary>The command writing to <paramref name="console"/> (tests capture the output).</summary>
    public static Command Create(IAnsiConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "folder with documents and their X.truth.json files" };
        var lowest = new Option<int>("--lowest") { Description = "lowest-confidence fields to show per document", DefaultValueFactory = _ => 3 };
        var lowestLabels = new Option<int>("--lowest-labels")
        {
            Description = "lowest-confidence label decisions (printed label → key) to show per document; 0 hides them",
            DefaultValueFactory = _ => 3,
        };
        var strict = new Option<bool>("--strict") { Description = "exit 1 unless every document is perfect" };
        var command = new Command("eval", "score extraction against ground truth") { folder, lowest, lowestLabels, strict };
        command.SetAction(parse => Run(console, parse.GetValue(folder)!, parse.GetValue(lowest), parse.GetValue(lowestLabels), parse.GetValue(strict)));
        return command;
    }

    private static int Run(IAnsiConsole console, string folder, int lowest, int lowestLabels, bool strict)
    {
        if (!Directory.Exists(folder))
        {
            console.MarkupLineInterpolated($"[red]not a folder:[/] {folder}");
            return 2;
        }
        var evaluator = new Evaluator(new ExtractionPipeline());
        var docs = Evaluator.DocumentsWithTruth(folder).ToList();
        if (docs.Count == 0)
        {
            console.MarkupLineInterpolated($"[red]no documents with a .truth.json in[/] {folder}");
            return 2;
        }
        var scores = docs.AsParallel().AsOrdered().Select(d => evaluator.Score(d, lowest, lowestLabels)).ToList();

        var perDoc = new Table().AddColumns("document", "format", "template", "correct", "accuracy", "lowest confidence");
        foreach (var s in scores)
        {
            var template = s.TemplateMatches ? s.GotTemplate ?? "-" : $"[red]{s.GotTemplate ?? "none"} (truth {s.ExpectedTemplate})[/]";
            perDoc.AddRow(Markup.Escape(Path.GetRelativePath(folder, s.Path)), s.Format, template,
                $"{s.Correct}/{s.Scored}", Colour(s.Accuracy, s.Perfect),
                Markup.Escape(string.Join(", ", s.LowestConfidence.Select(l => $"{l.Key}={l.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}"))));
        }
        console.Write(perDoc);
        if (lowestLabels > 0) console.Write(LowestDecisions(folder, scores));

        foreach (var s in scores.Where(s => s.Error is not null || s.Wrong.Length > 0 || s.MetadataIssues.Length > 0))
        {
            console.MarkupLineInterpolated($"[bold]{Path.GetRelativePath(folder, s.Path)}[/]");
            if (s.Error is not null) console.MarkupLineInterpolated($"  [red]error[/] {s.Error}");
            foreach (var issue in s.MetadataIssues) console.MarkupLineInterpolated($"  report {issue}");
            foreach (var w in s.Wrong)
            {
                var src = w.Source is null ? "not found" :
                    $"table {w.Source.Table} row {w.Source.Row} col {w.Source.Col}" + (w.Source.Page is { } p ? $" page {p}" : "");
                console.MarkupLineInterpolated($"  {w.Key}: expected {Show(w.Expected)}, got {Show(w.Got)} (raw '{w.Raw}', {src})");
            }
        }

        var formats = new Table().AddColumns("format", "documents", "perfect", "fields correct", "field accuracy");
        foreach (var g in scores.GroupBy(s => s.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
            formats.AddRow(g.Key, g.Count().ToString(CultureInfo.InvariantCulture), g.Count(s => s.Perfect).ToString(CultureInfo.InvariantCulture),
                $"{g.Sum(s => s.Correct)}/{g.Sum(s => s.Scored)}", Ratio(g.Sum(s => s.Correct), g.Sum(s => s.Scored)));
        var total = (Correct: scores.Sum(s => s.Correct), Scored: scores.Sum(s => s.Scored));
        formats.AddRow("[bold]all[/]", scores.Count.ToString(CultureInfo.InvariantCulture), scores.Count(s => s.Perfect).ToString(CultureInfo.InvariantCulture),
            $"{total.Correct}/{total.Scored}", Ratio(total.Correct, total.Scored));
        console.Write(formats);
        console.WriteLine($"field accuracy: {Ratio(total.Correct, total.Scored)} ({total.Correct}/{total.Scored}), perfect documents: {scores.Count(s => s.Perfect)}/{scores.Count}");
        return strict && scores.Any(s => !s.Perfect) ? 1 : 0;
    }

    /// <summary>Per document, the label decisions recognition was least sure of (separate from field confidence).</summary>
    private static Table LowestDecisions(string folder, IEnumerable<DocumentScore> scores)
    {
        var table = new Table().AddColumns("document", "table", "label as printed", "key", "confidence", "method")
            .Title("lowest-confidence label decisions");
        foreach (var s in scores)
        foreach (var d in s.LowestDecisions)
            table.AddRow(Markup.Escape(Path.GetRelativePath(folder, s.Path)), TableName(d.Table), Markup.Escape(OneLine(d.Label)),
                d.Key is null ? "[grey](none: extras)[/]" : Markup.Escape(d.Key),
                d.Confidence.ToString("0.000", CultureInfo.InvariantCulture), Markup.Escape(d.Method ?? "-"));
        return table;
    }

    private static string TableName(Recognition.StatisticsTable table) => table switch
    {
        Recognition.StatisticsTable.Active => "二",
        Recognition.StatisticsTable.Applications => "三",
        _ => "四",
    };

    // Labels wrap inside cells; one line keeps the listing readable. Long labels are cut, their start identifies them.
    private static string OneLine(string label)
    {
        var line = string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 40 ? line : line[..39] + "…";
    }

    private static string Show(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";
    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("P2", CultureInfo.InvariantCulture);
    private static string Colour(double acc, bool perfect) =>
        (perfect ? "[green]" : "[yellow]") + acc.ToString("P1", CultureInfo.InvariantCulture) + "[/]";
}
