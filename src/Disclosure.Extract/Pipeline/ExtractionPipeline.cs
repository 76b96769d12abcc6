using System.Collections.Immutable;
using System.Diagnostics;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Output;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Pipeline;

/// <summary>Why a file produced no JSON: a stable code and a message naming the reason.</summary>
public sealed record ExtractionError(string Code, string Message);

/// <summary>The result for one input file: a document and its JSON, or an error; never both.</summary>
public sealed record ExtractionOutcome(string Path, ReportDocument? Document, string? Json, ExtractionError? Error, TimeSpan Elapsed)
{
    public bool Succeeded => Document is not null;

    /// <summary>The label decisions recognition made (for eval and debugging; not part of the JSON output).</summary>
    public ImmutableArray<LabelDecision> LabelDecisions { get; init; } = ImmutableArray<LabelDecision>.Empty;
}

/// <summary>
/// The whole pipeline for one file: reader → token grid → recognition → values and checks → validated JSON.
/// Every failure becomes an <see cref="ExtractionError"/> so a batch carries on.
/// </summary>
public sealed class ExtractionPipeline(ReaderRegistry readers, ReportRecognizer recognizer)
{
    public ExtractionPipeline() : this(ReaderRegistry.CreateDefault(), new ReportRecognizer()) { }

    public ReaderRegistry Readers => readers;
    public ReportRecognizer Recognizer => recognizer;

    public ExtractionOutcome Extract(string path)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var bytes = File.ReadAllBytes(path);
            var grid = readers.ReadFile(path);
            var (recognized, document) = RecognizeAndAssemble(path, bytes, grid);
            var json = ReportJson.Serialize(document);
            var schemaErrors = ReportSchema.Validate(json);
            if (schemaErrors.Count > 0)
                return Fail(path, "SCHEMA_INVALID", "output failed its JSON schema: " + string.Join("; ", schemaErrors.Take(3)), clock);
            return new ExtractionOutcome(path, document, json, null, clock.Elapsed) { LabelDecisions = recognized.Decisions };
        }
        catch (DocumentReadException ex)
        {
            return Fail(path, ex.Code, ex.Message, clock);
        }
        catch (IOException ex)
        {
            return Fail(path, "IO_ERROR", ex.Message, clock);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(path, "IO_ERROR", ex.Message, clock);
        }
    }

    /// <summary>Recognition and assembly for a grid already read (used by extract and by tests on grids).</summary>
    public ReportDocument Assemble(string path, ReadOnlySpan<byte> bytes, TokenGrid grid) => RecognizeAndAssemble(path, bytes, grid).Document;

    private (RecognizedReport Recognized, ReportDocument Document) RecognizeAndAssemble(string path, ReadOnlySpan<byte> bytes, TokenGrid grid)
    {
        var recognized = recognizer.Recognize(grid);
        if (!recognized.HasStatistics && !LooksLikeReport(recognized))
            throw new DocumentReadException(ReadErrorCodes.NotAReport,
                "no statistics table and no report title or chapter headings found: not a 政府信息公开工作年度报告");
        var source = SourceInfo.FromBytes(path, bytes, grid.Format, grid.PageCount);
        return (recognized, ReportAssembler.Assemble(source, recognized));
    }

    // A report whose tables could not be read (pasted as images, say) is still a report: its text says so.
    private static bool LooksLikeReport(RecognizedReport r) =>
        r.Sections.Length >= 3 || (r.Metadata.Title is not null && r.Sections.Length >= 1);

    private static ExtractionOutcome Fail(string path, string code, string message, Stopwatch clock) =>
        new(path, null, null, new ExtractionError(code, message), clock.Elapsed);
}
