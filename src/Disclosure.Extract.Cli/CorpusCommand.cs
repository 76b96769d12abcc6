using System.CommandLine;
using Disclosure.Extract.Corpus;
using Spectre.Console;

namespace Disclosure.Extract.Cli;

/// <summary>`corpus generate`: rebuilds the bundled corpus (documents and truth) from its specs, deterministically.</summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out", "-o") { Description = "corpus folder", DefaultValueFactory = _ => "corpus" };
        var generate = new Command("generate", "regenerate corpus documents and truth files from corpus specs") { output };
        generate.SetAction(parse =>
        {
            var dir = parse.GetValue(output)!;
            var written = CorpusGenerator.Generate(dir).Count;
            AnsiConsole.MarkupLineInterpolated($"wrote {written} files under {dir}");
            return 0;
        });
        var command = new Command("corpus", "the bundled corpus of generated reports");
        command.Subcommands.Add(generate);
        return command;
    }
}
