using System.Text.Json;
using Disclosure.Extract.Cli;
using Disclosure.Extract.Output;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Tests.TestSupport;

namespace Disclosure.Extract.Tests.EndToEnd;

/// <summary>A batch with bad files: each bad file gets a clear per-file error, the good ones still extract.</summary>
public sealed class BatchExtractionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string CorpusDocx() =>
        Directory.EnumerateFiles(Path.Combine(CorpusFolder.Path, "docx"), "*.docx").Order(StringComparer.Ordinal).First();

    private string Input => Path.Combine(_dir, "in");
    private string Output => Path.Combine(_dir, "out");

    private void Arrange()
    {
        Directory.CreateDirectory(Input);
        File.Copy(CorpusDocx(), Path.Combine(Input, "good.docx"));
        File.WriteAllBytes(Path.Combine(Input, "empty.docx"), Array.Empty<byte>());
        // A zip header followed by garbage: what a truncated download looks like.
        File.WriteAllBytes(Path.Combine(Input, "corrupt.docx"), "PK\u0003\u0004garbage that is not a zip archive"u8.ToArray());
        File.Copy(Path.Combine(CorpusFolder.Path, "bad", "letter-with-table.docx"), Path.Combine(Input, "letter.docx"));
    }

    [Fact]
    public void Bad_files_get_clear_errors_and_good_files_still_extract()
    {
        Arrange();
        var pipeline = new ExtractionPipeline();
        var outcomes = Directory.GetFiles(Input).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), pipeline.Extract);

        Assert.True(outcomes["good.docx"].Succeeded);
        Assert.Equal(ReadErrorCodes.EmptyFile, outcomes["empty.docx"].Error?.Code);
        Assert.Equal(ReadErrorCodes.CorruptFile, outcomes["corrupt.docx"].Error?.Code);
        Assert.Equal(ReadErrorCodes.NotAReport, outcomes["letter.docx"].Error?.Code);
        Assert.All(outcomes.Values.Where(o => !o.Succeeded), o => Assert.False(string.IsNullOrWhiteSpace(o.Error!.Message)));
    }

    [Fact]
    public void Cli_extract_writes_json_for_good_files_only_and_exits_zero()
    {
        Arrange();
        var exit = CliApp.Run(["extract", Input, "--out", Output, "--jobs", "2", "--csv", Path.Combine(_dir, "fields.csv")]);

        Assert.Equal(0, exit);
        var written = Directory.GetFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["good.docx.json"], written);
        var doc = ReportJson.Deserialize(File.ReadAllText(Path.Combine(Output, "good.docx.json")));
        Assert.Equal("good.docx", doc.Source.File);
        Assert.Empty(ReportSchema.Validate(File.ReadAllText(Path.Combine(Output, "good.docx.json"))));
        var csvLines = File.ReadAllLines(Path.Combine(_dir, "fields.csv"));
        Assert.Equal(doc.Fields.Count + 1, csvLines.Length);
    }

    [Fact]
    public void Cli_extract_fails_only_when_nothing_could_be_read()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllBytes(Path.Combine(Input, "empty.docx"), Array.Empty<byte>());
        Assert.NotEqual(0, CliApp.Run(["extract", Input, "--out", Output]));
        Assert.False(Directory.Exists(Output) && Directory.EnumerateFiles(Output).Any());
    }

    [Fact]
    public void Output_json_keeps_provenance_for_every_number()
    {
        var outcome = new ExtractionPipeline().Extract(CorpusDocx());
        using var json = JsonDocument.Parse(outcome.Json!);
        foreach (var field in json.RootElement.GetProperty("fields").EnumerateObject())
        {
            if (field.Value.GetProperty("kind").GetString() != "number") continue;
            var source = field.Value.GetProperty("source");
            Assert.True(source.GetProperty("table").GetInt32() >= 0, field.Name);
            Assert.True(source.GetProperty("row").GetInt32() >= 0, field.Name);
            Assert.True(source.GetProperty("col").GetInt32() >= 0, field.Name);
            Assert.False(string.IsNullOrEmpty(field.Value.GetProperty("raw").GetString()), field.Name);
        }
    }
}

/// <summary>Folders given to extract: browser-saved pages' resource folders are not reports of their own.</summary>
public sealed class SavedPageFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("saved-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Files_inside_a_saved_pages_resource_folder_are_skipped()
    {
        File.WriteAllText(Path.Combine(_dir, "report.htm"), "<html><body><p>x</p></body></html>");
        Directory.CreateDirectory(Path.Combine(_dir, "report_files"));
        File.WriteAllText(Path.Combine(_dir, "report_files", "frame.html"), "<html><body>nav</body></html>");
        // A folder that merely ends in _files, with no saved page beside it, is searched as usual.
        Directory.CreateDirectory(Path.Combine(_dir, "other_files"));
        File.WriteAllText(Path.Combine(_dir, "other_files", "kept.html"), "<html><body>kept</body></html>");

        var (files, missing) = Disclosure.Extract.Cli.InputFiles.Expand([_dir]);

        Assert.Empty(missing);
        Assert.Equal(["kept.html", "report.htm"], files.Select(f => Path.GetFileName(f.Path)).Order(StringComparer.Ordinal));
    }
}
