using System.CommandLine;
using System.Globalization;
using Disclosure.Extract.Benchmarking;
using Disclosure.Extract.Cli;
using Disclosure.Extract.Tests.TestSupport;
using Spectre.Console;

namespace Disclosure.Extract.Tests.Cli;

/// <summary>
/// The benchmark command prints the figures it promises (per format: reader and pipeline rows with docs/s and ms per
/// document; memory; label cost; baselines). Only the report's shape and sanity are asserted, never a speed.
/// </summary>
public sealed class BenchmarkCommandTests
{
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
        root.Subcommands.Add(BenchmarkCommand.Create(console));
        var exit = root.Parse(["benchmark", .. args]).Invoke();
        return (exit, output.ToString());
    }

    // Table rows as trimmed cells; Spectre draws cell borders with '│'.
    private static List<string[]> Rows(string output) =>
        output.Split('\n')
            .Where(l => l.TrimStart().StartsWith('│'))
            .Select(l => l.Trim().Trim('│').Split('│').Select(c => c.Trim()).ToArray())
            .ToList();

    private static double Number(string cell) => double.Parse(cell.TrimEnd('×'), CultureInfo.InvariantCulture);

    private static string CorpusFile(string folder, string extension) =>
        Directory.EnumerateFiles(Path.Combine(CorpusFolder.Path, folder), "*" + extension).Order(StringComparer.Ordinal).First();

    [Fact]
    public void Prints_reader_and_pipeline_throughput_per_format_memory_and_label_cost()
    {
        var (exit, output) = Run(CorpusFile("docx", ".docx"), CorpusFile("text", ".txt"), "--repeat", "1");

        Assert.Equal(0, exit);
        var rows = Rows(output);
        var header = rows.First(r => r[0] == "format" && r.Contains("stage"));
        foreach (var column in new[] { "files", "MB", "pages", "docs/s", "pages/s", "median ms/doc", "p95 ms/doc", "CPU ms/doc", "allocated MB/doc" })
            Assert.Contains(column, header);
        int Col(string name) => Array.IndexOf(header, name);

        foreach (var format in new[] { "docx", "text" })
        {
            var at = rows.FindIndex(r => r.Length == header.Length && r[0] == format);
            Assert.True(at >= 0, $"no row for {format}:\n{output}");
            var (reader, pipeline) = (rows[at], rows[at + 1]);
            Assert.Equal("1", reader[Col("files")]);
            Assert.StartsWith("reader", reader[Col("stage")]);
            Assert.StartsWith("pipeline", pipeline[Col("stage")]);
            foreach (var row in new[] { reader, pipeline })
            {
                Assert.True(Number(row[Col("docs/s")]) > 0, string.Join(" | ", row));
                Assert.True(Number(row[Col("median ms/doc")]) <= Number(row[Col("p95 ms/doc")]));
                Assert.True(Number(row[Col("allocated MB/doc")]) > 0);
            }
            // Pages are a PDF notion: Word and text rows have none.
            Assert.Equal("-", reader[Col("pages/s")]);
        }
        // Formats without documents still get their row, so a reader of the report sees what was not measured.
        foreach (var format in new[] { "pdf", "html" })
            Assert.Contains(rows, r => r[0] == format && r.Contains("no documents"));

        var peak = rows.First(r => r[0] == "process peak working set");
        Assert.True(Number(peak[1]) > 1, "peak working set in MB");
        Assert.Contains(rows, r => r[0] == "managed heap peak" && Number(r[1]) > 0);

        var labelHeader = rows.First(r => r.Contains("labels/report"));
        var labels = rows[rows.IndexOf(labelHeader) + 1];
        Assert.Equal("2", labels[Array.IndexOf(labelHeader, "reports")]);
        Assert.True(Number(labels[Array.IndexOf(labelHeader, "labels/report")]) > 10, "a report has dozens of row and column labels");
        Assert.Contains(labels[^1], new[] { "yes", "no" });
    }

    [Fact]
    public void Unreadable_files_are_listed_and_left_out_of_the_figures()
    {
        var (exit, output) = Run(CorpusFile("docx", ".docx"), Path.Combine(CorpusFolder.Path, "bad", "empty.docx"), "--repeat", "1", "--no-baseline");

        Assert.Equal(0, exit);
        var rows = Rows(output);
        Assert.Contains(rows, r => r[0].EndsWith("empty.docx", StringComparison.Ordinal) && r[1] == "EMPTY_FILE");
        Assert.Equal("1", rows.First(r => r[0] == "docx")[1]);
        Assert.DoesNotContain("Ratio to baselines", output);
    }

    [Fact]
    public void A_missing_input_is_an_error()
    {
        var (exit, output) = Run(Path.Combine(CorpusFolder.Path, "no-such-folder"));

        Assert.Equal(2, exit);
        Assert.Contains("not found", output);
    }

    [Fact]
    public void A_missing_pdftotext_is_reported_not_thrown_as_a_crash()
    {
        var baseline = new PdftotextBaseline("pdftotext-that-is-not-installed");
        var ex = Assert.Throws<BaselineUnavailableException>(() => baseline.Process(CorpusFile("docx", ".docx")));
        Assert.Contains("not installed", ex.Message);
    }

    [SharedFact]
    public void Real_pdf_and_html_are_timed_beside_their_baselines_with_pages_and_a_ratio()
    {
        var pdf = Directory.EnumerateFiles(SharedFolder.Realworld!, "*.pdf").Order(StringComparer.Ordinal).FirstOrDefault();
        var html = Directory.EnumerateFiles(SharedFolder.Realworld!, "*.html").Order(StringComparer.Ordinal).FirstOrDefault();
        if (pdf is null || html is null) return;

        var (exit, output) = Run(pdf, html, "--repeat", "1");

        Assert.Equal(0, exit);
        var rows = Rows(output);
        var header = rows.First(r => r[0] == "format" && r.Contains("stage"));
        var reader = rows.First(r => r.Length == header.Length && r[0] == "pdf");
        Assert.True(int.Parse(reader[Array.IndexOf(header, "pages")], CultureInfo.InvariantCulture) >= 1);
        Assert.True(Number(reader[Array.IndexOf(header, "pages/s")]) > 0);
        Assert.Contains(rows, r => r.Length == header.Length && r[Array.IndexOf(header, "stage")] == "pdftotext -layout (baseline)");
        Assert.Contains(rows, r => r.Length == header.Length && r[Array.IndexOf(header, "stage")] == "AngleSharp parse only (baseline)");

        var ratioHeader = rows.First(r => r.Contains("reader ÷ baseline"));
        var pdfRatio = rows[rows.IndexOf(ratioHeader) + 1];
        Assert.Equal(["pdf", "pdftotext -layout"], pdfRatio[..2]);
        if (pdfRatio[2].StartsWith("skipped", StringComparison.Ordinal))
            Assert.Contains("not installed", pdfRatio[2]);
        else
            Assert.True(Number(pdfRatio[Array.IndexOf(ratioHeader, "reader ÷ baseline")]) > 0);
        var htmlRatio = rows[rows.IndexOf(ratioHeader) + 2];
        Assert.Equal(["html", "AngleSharp parse only"], htmlRatio[..2]);
        Assert.True(Number(htmlRatio[Array.IndexOf(ratioHeader, "pipeline ÷ baseline")]) > 0);
    }
}
