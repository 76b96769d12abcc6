using System.CommandLine;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers;

namespace Disclosure.Extract.Cli;

/// <summary>`dump-grid FILE`: prints the token grid a reader produced (blocks, cells, spans, sources).</summary>
internal static class DumpGridCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "a report file" };
        var command = new Command("dump-grid", "show what a reader saw: paragraphs and table grids with spans and sources") { file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                Console.Out.Write(GridText.Render(ReaderRegistry.CreateDefault().ReadFile(path)));
                return 0;
            }
            catch (DocumentReadException ex)
            {
                Console.Error.WriteLine($"{path}: {ex.Code}: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
