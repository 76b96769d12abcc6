using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;

namespace Disclosure.Extract.Benchmarking;

/// <summary>
/// Measures, on one thread and in one process, how fast documents go through a reader alone and through the whole
/// pipeline, per format; times outside baselines on the same files; and times label classification per report.
/// Every document is processed once to warm up (and to learn its format and pages), then <c>repeat</c> times measured.
/// </summary>
public sealed class ExtractionBenchmark(Func<ILabelMatcher> matcherFactory, IReadOnlyList<IReaderBaseline> baselines, int repeat)
{
    private static readonly SourceFormat[] FormatOrder = [SourceFormat.Pdf, SourceFormat.Html, SourceFormat.Docx, SourceFormat.Text];

    /// <summary>
    /// The project's label matcher as recognition uses it by default, loaded from the model file each time (not the
    /// process-wide shared instance), so that every call pays the whole load.
    /// </summary>
    public static Func<ILabelMatcher> DefaultMatcher => () => LabelMatchers.Load();

    /// <summary>The yardsticks the benchmark compares readers with: pdftotext for PDF, an AngleSharp parse for HTML.</summary>
    public static IReadOnlyList<IReaderBaseline> DefaultBaselines => [new PdftotextBaseline(), new AngleSharpParseBaseline()];

    public int Repeat { get; } = repeat >= 1 ? repeat : throw new ArgumentOutOfRangeException(nameof(repeat), "at least one measured run");

    private sealed record Document(string Path, long Bytes, SourceFormat Format, int? Pages, ImmutableArray<LabelQuery> Labels);

    public BenchmarkReport Run(IReadOnlyList<string> files, IProgress<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // Loaded before anything else runs, so the first load pays what it pays at start-up (JIT, static tables).
        var loading = Stopwatch.StartNew();
        var matcher = matcherFactory();
        var coldLoadMs = loading.Elapsed.TotalMilliseconds;

        var readers = ReaderRegistry.CreateDefault();
        var pipeline = new ExtractionPipeline(readers, new ReportRecognizer(matcher));
        progress?.Report($"warm-up: {files.Count} files once each");
        var (documents, skipped) = WarmUp(files, readers, pipeline, matcher);

        var formats = ImmutableArray.CreateBuilder<FormatFigures>();
        foreach (var format in FormatOrder)
        {
            var group = documents.Where(d => d.Format == format).ToList();
            if (group.Count == 0) continue;
            var name = format.ToString().ToLowerInvariant();
            progress?.Report($"{name}: {group.Count} files × {Repeat}, reader only");
            var reader = Time(group, path => readers.ReadFile(path), inProcess: true);
            progress?.Report($"{name}: {group.Count} files × {Repeat}, whole pipeline");
            var whole = Time(group, path => pipeline.Extract(path), inProcess: true);
            var baseline = baselines.FirstOrDefault(b => b.Format == format) is { } b ? TimeBaseline(b, group, progress) : null;
            formats.Add(new FormatFigures(format, group.Count, group.Sum(d => d.Bytes),
                group.Any(d => d.Pages is not null) ? group.Sum(d => d.Pages ?? 0) : null,
                reader.Timing, whole.Timing, Math.Max(reader.HeapPeak, whole.HeapPeak), baseline));
        }

        progress?.Report("label classification");
        var labels = TimeLabels(documents, matcher, coldLoadMs);
        return new BenchmarkReport(Repeat, formats.ToImmutable(), labels, MeasureMemory(formats), skipped, clock.Elapsed,
            IsOptimized(), LoadAverage());
    }

    private (List<Document> Documents, ImmutableArray<SkippedDocument> Skipped) WarmUp(
        IReadOnlyList<string> files, ReaderRegistry readers, ExtractionPipeline pipeline, ILabelMatcher matcher)
    {
        var documents = new List<Document>();
        var skipped = ImmutableArray.CreateBuilder<SkippedDocument>();
        foreach (var path in files)
        {
            TokenGrid grid;
            try
            {
                grid = readers.ReadFile(path);
            }
            catch (DocumentReadException ex)
            {
                skipped.Add(new SkippedDocument(path, ex.Code, ex.Message));
                continue;
            }
            catch (IOException ex)
            {
                skipped.Add(new SkippedDocument(path, "IO_ERROR", ex.Message));
                continue;
            }
            var outcome = pipeline.Extract(path);
            if (outcome.Error is { } error)
            {
                skipped.Add(new SkippedDocument(path, error.Code, error.Message));
                continue;
            }
            var recorder = new RecordingLabelMatcher(matcher);
            new ReportRecognizer(recorder).Recognize(grid);
            documents.Add(new Document(path, new FileInfo(path).Length, grid.Format, grid.PageCount,
                recorder.Queries.Distinct().ToImmutableArray()));
        }
        return (documents, skipped.ToImmutable());
    }

    private (StageTiming Timing, long HeapPeak) Time(IReadOnlyList<Document> documents, Func<string, object?> work, bool inProcess)
    {
        // Start each stage from a collected heap so one stage's garbage is not billed to the next.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var samples = new List<double>(documents.Count * Repeat);
        long allocated = 0, heapPeak = 0, pages = 0;
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        for (var run = 0; run < Repeat; run++)
        {
            foreach (var d in documents)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                var result = work(d.Path);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
                GC.KeepAlive(result);
                pages += d.Pages ?? 0;
            }
        }
        self.Refresh();
        var cpuMsPerRun = (self.TotalProcessorTime - cpuBefore).TotalMilliseconds / samples.Count;
        var paged = documents.Any(d => d.Pages is not null);
        var timing = StageTiming.From(samples, paged ? pages : null,
            inProcess ? (double)allocated / samples.Count : null, inProcess ? cpuMsPerRun : null);
        return (timing, heapPeak);
    }

    private BaselineFigures TimeBaseline(IReaderBaseline baseline, IReadOnlyList<Document> documents, IProgress<string>? progress)
    {
        progress?.Report($"{baseline.Format.ToString().ToLowerInvariant()}: {documents.Count} files × {Repeat}, {baseline.Tool}");
        try
        {
            foreach (var d in documents) baseline.Process(d.Path);
            var timing = Time(documents, path => { baseline.Process(path); return null; }, baseline.RunsInThisProcess).Timing;
            return new BaselineFigures(baseline.Tool, timing, null);
        }
        catch (BaselineUnavailableException ex)
        {
            return new BaselineFigures(baseline.Tool, null, ex.Message);
        }
    }

    private LabelFigures? TimeLabels(IReadOnlyList<Document> documents, ILabelMatcher matcher, double coldLoadMs)
    {
        var reports = documents.Where(d => !d.Labels.IsEmpty).ToList();
        if (reports.Count == 0) return null;

        // Each sample loads the model afresh (empty caches) and classifies one report's labels: what one report costs
        // a process that has nothing loaded yet, apart from compiled code.
        var loads = new List<double>(reports.Count * Repeat);
        var samples = new List<double>(reports.Count * Repeat);
        for (var run = 0; run < Repeat; run++)
        {
            foreach (var d in reports)
            {
                var start = Stopwatch.GetTimestamp();
                var fresh = matcherFactory();
                loads.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Classify(fresh, d.Labels);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        loads.Sort();
        return new LabelFigures(matcher.GetType().Name, reports.Count, reports.Average(d => d.Labels.Length),
            coldLoadMs, StageTiming.Percentile(loads.ToArray(), 0.5), StageTiming.From(samples, null, null));
    }

    private static void Classify(ILabelMatcher matcher, ImmutableArray<LabelQuery> labels)
    {
        foreach (var q in labels) GC.KeepAlive(matcher.Rank(q));
    }

    private static MemoryFigures MeasureMemory(IEnumerable<FormatFigures> formats)
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new MemoryFigures(self.PeakWorkingSet64, formats.Select(f => f.ManagedHeapPeakBytes).DefaultIfEmpty(0).Max(),
            GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    }

    private static double? LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path)) return null;
        var first = File.ReadAllText(path).Split(' ', 2)[0];
        return double.TryParse(first, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : null;
    }

    private static bool IsOptimized() =>
        typeof(ExtractionBenchmark).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
}
