using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Disclosure.Extract.Benchmarking;
using Disclosure.Extract.Grid;
using Spectre.Console;

namespace Disclosure.Extract.Cli;

/// <summary>
/// `benchmark [FOLDERS…] [--repeat N] [--no-baseline] [--tiered-jit]`: docs/s, pages/s, ms per document and memory per format,
/// for the reader alone and the whole pipeline, beside pdftotext / an AngleSharp parse timed in the same run,
/// and the cost of classifying one report's labels.
/// </summary>
public static class BenchmarkCommand
{
    private static readonly SourceFormat[] Formats = [SourceFormat.Pdf, SourceFormat.Html, SourceFormat.Docx, SourceFormat.Text];

    /// <summary>Issue 5's budget for loading the label model and classifying one report's labels.</summary>
    private const double LabelBudgetMs = 5;

    /// <summary>The command as the tool runs it: measured in a child process with tiered JIT off (see README).</summary>
    public static Command Create() => Create(AnsiConsole.Console, relaunchForSteadyJit: true);

    /// <summary>The command measuring in this process and writing to a given console (tests read what it prints).</summary>
    public static Command Create(IAnsiConsole console) => Create(console, relaunchForSteadyJit: false);

    private static Command Create(IAnsiConsole console, bool relaunchForSteadyJit)
    {
        var inputs = new Argument<string[]>("folders")
        {
            Description = "documents or folders (searched recursively); default: corpus/ and ../shared/realworld when present",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var repeat = new Option<int>("--repeat", "-r") { Description = "measured runs per document, after one warm-up", DefaultValueFactory = _ => 3 };
        var baseline = new Option<bool>("--baseline") { Description = "time pdftotext -layout (PDF) and an AngleSharp parse (HTML) on the same files (default)", DefaultValueFactory = _ => true };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "skip the baselines" };
        var tieredJit = new Option<bool>("--tiered-jit")
        {
            Description = "measure in this process with the runtime's tiered JIT (small sets then partly time unoptimized code)",
        };
        var command = new Command("benchmark", "throughput (docs/s, pages/s), ms per document and peak memory per format, with baselines")
        {
            inputs, repeat, baseline, noBaseline, tieredJit,
        };
        repeat.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--repeat must be at least 1");
        });
        command.SetAction(parse =>
        {
            if (relaunchForSteadyJit && !parse.GetValue(tieredJit) && TieredJitEnabled() && RelaunchWithoutTieredJit() is { } exit)
                return exit;
            return Run(console, parse.GetValue(inputs) ?? [], parse.GetValue(repeat), parse.GetValue(baseline) && !parse.GetValue(noBaseline));
        });
        return command;
    }

    private const string TieredCompilationVariable = "DOTNET_TieredCompilation";

    private static bool TieredJitEnabled() =>
        Environment.GetEnvironmentVariable(TieredCompilationVariable) != "0"
        && AppContext.GetData("System.Runtime.TieredCompilation")?.ToString() is not ("false" or "False" or "0");

    /// <summary>
    /// Runs this same command line again in a child process with tiered compilation off, sharing this console, and
    /// returns its exit code; null when this process cannot be relaunched (it then measures itself).
    /// </summary>
    /// <remarks>
    /// With the runtime's default tiered JIT, code called once per document stays unoptimized for many documents, and
    /// a benchmark over a handful of files (one real PDF) would time the JIT's warm-up rather than the reader: up to
    /// four times slower than the same code once optimized. Tiering cannot be switched off inside a running process.
    /// </remarks>
    private static int? RelaunchWithoutTieredJit()
    {
        if (Environment.ProcessPath is not { } host) return null;
        var args = Environment.GetCommandLineArgs();
        // Under `dotnet app.dll` the host needs the assembly path; an apphost is the program itself.
        var viaDotnet = Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var start = new System.Diagnostics.ProcessStartInfo(host) { UseShellExecute = false };
        foreach (var a in viaDotnet ? args : args.Skip(1)) start.ArgumentList.Add(a);
        start.Environment[TieredCompilationVariable] = "0";
        try
        {
            using var child = System.Diagnostics.Process.Start(start);
            if (child is null) return null;
            child.WaitForExit();
            return child.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static int Run(IAnsiConsole console, string[] inputs, int repeat, bool withBaselines)
    {
        if (inputs.Length == 0) inputs = DefaultInputs();
        if (inputs.Length == 0)
        {
            console.MarkupLine("[red]no corpus/ folder here and no folders given[/]");
            return 2;
        }
        var (files, missing) = InputFiles.Expand(inputs);
        foreach (var m in missing) console.MarkupLineInterpolated($"[red]not found:[/] {m}");
        if (missing.Count > 0 || files.Count == 0)
        {
            if (files.Count == 0) console.MarkupLine("[red]no input documents[/]");
            return 2;
        }

        console.MarkupLineInterpolated($"benchmark: {files.Count} files from {string.Join(", ", inputs)}; 1 warm-up + {repeat} measured runs per document, one thread");
        var benchmark = new ExtractionBenchmark(ExtractionBenchmark.DefaultMatcher, withBaselines ? ExtractionBenchmark.DefaultBaselines : [], repeat);
        var report = benchmark.Run(files.Select(f => f.Path).ToList(),
            new Progress(message => console.MarkupLineInterpolated($"[grey]  {message}[/]")));

        Print(console, report, withBaselines);
        return report.Formats.IsEmpty ? 1 : 0;
    }

    private static string[] DefaultInputs()
    {
        var list = new List<string>();
        if (Directory.Exists("corpus")) list.Add("corpus");
        else if (RepositoryRoot() is { } root && Directory.Exists(Path.Combine(root, "corpus"))) list.Add(Path.Combine(root, "corpus"));
        var realworld = Path.Combine("..", "shared", "realworld");
        if (Directory.Exists(realworld)) list.Add(realworld);
        return list.ToArray();
    }

    // Run from elsewhere (the built executable, say), the corpus is the one of the repository the tool was built in.
    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Disclosure.Extract.sln"))) return dir.FullName;
        return null;
    }

    private static void Print(IAnsiConsole console, BenchmarkReport report, bool withBaselines)
    {
        var jit = TieredJitEnabled() ? "tiered JIT on (runtime default: small sets partly time unoptimized code)" : "tiered JIT off (optimized code from the first call)";
        console.MarkupLineInterpolated(
            $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {jit}; measured in {report.Elapsed.TotalSeconds:0.0} s");
        if (report.LoadAverage is { } load && load > Environment.ProcessorCount)
            console.MarkupLineInterpolated(
                $"[yellow]busy machine: load average {load:0.0} on {Environment.ProcessorCount} cores; wall-clock figures are inflated, CPU ms/doc is steadier[/]");
        if (!report.OptimizedBuild)
            console.MarkupLine("[yellow]Debug build: figures understate the real speed; run with -c Release[/]");

        console.Write(ThroughputTable(report, withBaselines));
        if (withBaselines) console.Write(BaselineTable(report));
        console.Write(MemoryTable(report));
        if (report.Labels is { } labels) console.Write(LabelTable(labels));
        else console.MarkupLine("[yellow]label classification: no document had statistics tables to classify[/]");

        if (!report.Skipped.IsEmpty)
        {
            var skipped = new Table().Title("Not measured (could not be extracted)").AddColumns("file", "code", "reason");
            foreach (var s in report.Skipped)
                skipped.AddRow(Markup.Escape(s.Path), Markup.Escape(s.Code), Markup.Escape(s.Message));
            console.Write(skipped);
        }
    }

    private static Table ThroughputTable(BenchmarkReport report, bool withBaselines)
    {
        var table = new Table().Title($"Throughput per format ({report.Repeat} measured runs per document, every run one sample)")
            .AddColumns("format", "files", "MB", "pages", "stage", "docs/s", "pages/s", "median ms/doc", "p95 ms/doc", "CPU ms/doc", "allocated MB/doc");
        foreach (var format in Formats)
        {
            var name = Name(format);
            if (report.Formats.FirstOrDefault(f => f.Format == format) is not { } f)
            {
                table.AddRow(name, "0", "-", "-", "[grey]no documents[/]", "-", "-", "-", "-", "-", "-");
                continue;
            }
            var files = Int(f.Files);
            var mb = Mb(f.Bytes);
            var pages = f.Pages is { } p ? Int(p) : "-";
            table.AddRow(Stage(name, files, mb, pages, "reader → TokenGrid", f.Reader));
            table.AddRow(Stage("", "", "", "", "pipeline (read, recognize, validate, JSON)", f.Pipeline));
            if (f.Baseline is { Timing: { } t } b) table.AddRow(Stage("", "", "", "", Markup.Escape(b.Tool) + " [grey](baseline)[/]", t));
            else if (f.Baseline is { } missing)
                table.AddRow("", "", "", "", Markup.Escape(missing.Tool) + " [grey](baseline)[/]", "[yellow]skipped[/]", "-", "-", "-", "-", "-");
        }
        return table;

        static string[] Stage(string format, string files, string mb, string pages, string stage, StageTiming t) =>
        [
            format, files, mb, pages, stage, Number(t.DocsPerSecond, "0.0"), t.PagesPerSecond is { } pps ? Number(pps, "0.0") : "-",
            Number(t.MedianMs, "0.00"), Number(t.P95Ms, "0.00"), t.CpuMsPerRun is { } cpu ? Number(cpu, "0.00") : "-",
            t.AllocatedBytesPerRun is { } a ? Mb((long)a) : "-",
        ];
    }

    private static Table BaselineTable(BenchmarkReport report)
    {
        var table = new Table().Title("Ratio to baselines timed on the same files in the same run (docs/s ours ÷ docs/s baseline; above 1 = ours faster)")
            .AddColumns("format", "baseline", "baseline docs/s", "baseline pages/s", "reader ÷ baseline", "pipeline ÷ baseline");
        foreach (var f in report.Formats.Where(f => f.Baseline is not null))
        {
            var b = f.Baseline!;
            if (b.Timing is not { } t)
            {
                table.AddRow(Name(f.Format), Markup.Escape(b.Tool), $"[yellow]skipped: {Markup.Escape(b.Unavailable ?? "unavailable")}[/]", "-", "-", "-");
                continue;
            }
            table.AddRow(Name(f.Format), Markup.Escape(b.Tool), Number(t.DocsPerSecond, "0.0"),
                t.PagesPerSecond is { } pps ? Number(pps, "0.0") : "-",
                Number(f.Reader.SpeedRatioTo(t), "0.00") + "×", Number(f.Pipeline.SpeedRatioTo(t), "0.00") + "×");
        }
        if (table.Rows.Count == 0) table.AddRow("-", "[grey]no PDF or HTML documents: no baseline to compare with[/]", "-", "-", "-", "-");
        return table;
    }

    private static Table MemoryTable(BenchmarkReport report)
    {
        var m = report.Memory;
        var table = new Table().Title("Memory").AddColumns("measure", "MB", "what it is");
        table.AddRow("process peak working set", Mb(m.ProcessPeakWorkingSetBytes),
            "operating system's peak for the whole process (Process.PeakWorkingSet64): runtime, JIT code, libraries and documents");
        table.AddRow("managed heap peak", Mb(m.ManagedHeapPeakBytes),
            "largest .NET heap right after a document with its result alive (GC.GetTotalMemory), over all formats");
        foreach (var f in report.Formats)
            table.AddRow($"managed heap peak, {Name(f.Format)}", Mb(f.ManagedHeapPeakBytes), "the same, for this format's documents only");
        table.AddRow("allocated in total", Mb(m.TotalAllocatedBytes),
            $"managed bytes allocated by the whole run (GC.GetTotalAllocatedBytes); collections gen0/1/2: {m.Gen0Collections}/{m.Gen1Collections}/{m.Gen2Collections}");
        return table;
    }

    private static Table LabelTable(LabelFigures l)
    {
        // The first load in a process also pays one-off JIT compilation and static tables shared with the rest of the
        // tool; the budget is judged per report on a fresh load once the code is compiled, the first load shown beside it.
        var table = new Table().Title($"Label classification (ILabelMatcher: {Markup.Escape(l.Matcher)}; a fresh model load plus all distinct labels recognition asks about in one report)")
            .AddColumns("reports", "labels/report", "first load ms (incl. JIT)", "load ms", "load + classify median ms/report", "p95 ms/report",
                $"under {LabelBudgetMs:0} ms");
        table.AddRow(Int(l.Reports), Number(l.LabelsPerReport, "0.0"), Number(l.ColdLoadMs, "0.000"), Number(l.WarmLoadMs, "0.000"),
            Number(l.PerReport.MedianMs, "0.000"), Number(l.PerReport.P95Ms, "0.000"),
            l.PerReport.MedianMs < LabelBudgetMs ? "[green]yes[/]" : "[red]no[/]");
        return table;
    }

    private static string Name(SourceFormat f) => f.ToString().ToLowerInvariant();
    private static string Int(long n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Number(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);
    private static string Mb(long bytes) => Number(bytes / (1024.0 * 1024.0), "0.00");

    /// <summary>Reports progress on the calling thread (System.Progress would post to the thread pool, out of order).</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
