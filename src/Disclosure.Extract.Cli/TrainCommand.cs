using System.CommandLine;
using System.Globalization;
using Disclosure.Extract.Recognition.Classification;
using Spectre.Console;

namespace Disclosure.Extract.Cli;

/// <summary>`train [--labels DIR] [--model FILE]`: rebuilds the label classifier from corpus/labels and scores it on the held-out split.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var labels = new Option<string?>("--labels") { Description = "folder with observed.tsv and heldout.tsv (default: corpus/labels of the checkout)" };
        var model = new Option<string?>("--model") { Description = "where to write the model (default: models/label-classifier.bin of the checkout)" };
        var noGenerate = new Option<bool>("--no-generate") { Description = "train on the existing train.tsv instead of regenerating it" };
        var command = new Command("train", "train the label classifier (deterministic) and print held-out accuracy") { labels, model, noGenerate };
        command.SetAction(parse => Run(parse.GetValue(labels), parse.GetValue(model), !parse.GetValue(noGenerate)));
        return command;
    }

    private static int Run(string? labelsDir, string? modelPath, bool regenerate)
    {
        labelsDir ??= LabelModelLocation.LabelsFolder();
        if (labelsDir is null || !Directory.Exists(labelsDir))
        {
            AnsiConsole.MarkupLine("[red]labels folder not found; pass --labels[/]");
            return 2;
        }
        modelPath ??= LabelModelLocation.DefaultTrainingTarget();
        var report = LabelModelTrainer.Train(labelsDir, modelPath, regenerate);

        var ci = CultureInfo.InvariantCulture;
        AnsiConsole.MarkupLineInterpolated($"trained on {report.TrainingExamples} examples, {report.Classes} classes, in {report.TrainingTime.TotalSeconds.ToString("0.0", ci)} s");
        AnsiConsole.MarkupLineInterpolated($"model: {report.ModelPath} ({(report.ModelBytes / 1024.0).ToString("0", ci)} KiB, {report.Features} features, {report.Weights} non-zero weights)");
        foreach (var split in report.HeldOut)
        {
            var colour = split.CombinedAccuracy >= 0.995 ? "green" : "yellow";
            AnsiConsole.MarkupLine($"held-out {Markup.Escape(split.Split)} ({split.Examples} labels): with the rules (as recognition uses it) " +
                                   $"[{colour}]{split.CombinedAccuracy.ToString("P2", ci)}[/]; model alone {split.ModelAccuracy.ToString("P2", ci)}; " +
                                   $"rules alone {split.RuleAccuracy.ToString("P2", ci)}");
            if (split.CombinedMistakes.Count == 0) continue;
            AnsiConsole.MarkupLine($"mistakes on {Markup.Escape(split.Split)}, model with the rules:");
            var table = new Table().AddColumns("table", "axis", "label", "parent", "expected", "got", "score");
            foreach (var m in split.CombinedMistakes)
                table.AddRow(m.Table.ToString(), m.Axis.ToString(), Markup.Escape(m.Text.Replace("\n", "⏎")), Markup.Escape(m.Parent ?? ""),
                    Markup.Escape(m.Expected), Markup.Escape(m.Got), m.Score.ToString("0.00", ci));
            AnsiConsole.Write(table);
        }
        return 0;
    }
}
