using System.Collections.Immutable;
using Disclosure.Extract.Grid;

namespace Disclosure.Extract.Benchmarking;

/// <summary>
/// Timings of one stage over a set of documents: every run of every document is one sample.
/// <paramref name="PagesProcessed"/> counts pages over all runs (null for formats without pages).
/// <paramref name="CpuMsPerRun"/> is this process's CPU time (all its threads: GC and JIT included) per run; on a busy
/// machine it moves less than the wall clock does. Null for work done in another process.
/// </summary>
public sealed record StageTiming(
    int Runs, double TotalSeconds, long? PagesProcessed, double MedianMs, double P95Ms, double? AllocatedBytesPerRun, double? CpuMsPerRun = null)
{
    public double DocsPerSecond => TotalSeconds > 0 ? Runs / TotalSeconds : 0;
    public double? PagesPerSecond => PagesProcessed is { } p && TotalSeconds > 0 ? p / TotalSeconds : null;

    /// <summary>How many times this stage's throughput (docs/s) is the other's: above 1 means faster.</summary>
    public double SpeedRatioTo(StageTiming other) => other.DocsPerSecond > 0 ? DocsPerSecond / other.DocsPerSecond : 0;

    internal static StageTiming From(IReadOnlyList<double> samplesMs, long? pagesProcessed, double? allocatedPerRun, double? cpuMsPerRun = null)
    {
        var sorted = samplesMs.Order().ToArray();
        return new StageTiming(sorted.Length, sorted.Sum() / 1000.0, pagesProcessed,
            Percentile(sorted, 0.5), Percentile(sorted, 0.95), allocatedPerRun, cpuMsPerRun);
    }

    // Nearest-rank percentile: a value that was actually measured, never an interpolation between two runs.
    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>
/// An outside tool timed on the same files in the same run, as a yardstick for a format's reader;
/// <see cref="Timing"/> is null and <see cref="Unavailable"/> says why when it could not be measured.
/// </summary>
public sealed record BaselineFigures(string Tool, StageTiming? Timing, string? Unavailable);

/// <summary>Throughput and memory of one format's documents: reader only, the whole pipeline, and a baseline.</summary>
/// <param name="Pages">Pages of one pass over the files (PDFs; null for formats without pages).</param>
/// <param name="ManagedHeapPeakBytes">Largest managed heap (GC.GetTotalMemory) seen right after a document, result still alive.</param>
public sealed record FormatFigures(
    SourceFormat Format,
    int Files,
    long Bytes,
    int? Pages,
    StageTiming Reader,
    StageTiming Pipeline,
    long ManagedHeapPeakBytes,
    BaselineFigures? Baseline);

/// <summary>
/// Cost of classifying every label of a report with an <see cref="Recognition.ILabelMatcher"/>: loading the matcher
/// (first time in the process, and again once warm), and per report a fresh load plus ranking all distinct label
/// queries recognition asks (<see cref="PerReport"/>, load included).
/// </summary>
public sealed record LabelFigures(
    string Matcher,
    int Reports,
    double LabelsPerReport,
    double ColdLoadMs,
    double WarmLoadMs,
    StageTiming PerReport);

/// <summary>
/// Memory of the whole run. <see cref="ProcessPeakWorkingSetBytes"/> is the operating system's figure for the process
/// (runtime, JIT-compiled code, libraries and every document); the managed figures count only the .NET heap.
/// </summary>
public sealed record MemoryFigures(
    long ProcessPeakWorkingSetBytes,
    long ManagedHeapPeakBytes,
    long TotalAllocatedBytes,
    int Gen0Collections,
    int Gen1Collections,
    int Gen2Collections);

/// <summary>A file left out of the measurement because it could not be extracted (bad input is not throughput).</summary>
public sealed record SkippedDocument(string Path, string Code, string Message);

/// <summary>Everything one benchmark run measured.</summary>
/// <param name="OptimizedBuild">False when the library was compiled without optimizations (Debug): figures then understate.</param>
/// <param name="LoadAverage">The machine's one-minute load average at the end (Linux), to judge how busy it was; null elsewhere.</param>
public sealed record BenchmarkReport(
    int Repeat,
    ImmutableArray<FormatFigures> Formats,
    LabelFigures? Labels,
    MemoryFigures Memory,
    ImmutableArray<SkippedDocument> Skipped,
    TimeSpan Elapsed,
    bool OptimizedBuild,
    double? LoadAverage);
