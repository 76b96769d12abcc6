using System.ComponentModel;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Readers.Html;

namespace Disclosure.Extract.Benchmarking;

/// <summary>An outside tool doing (part of) a reader's work on the same file, timed beside it as a yardstick.</summary>
public interface IReaderBaseline
{
    SourceFormat Format { get; }

    /// <summary>The tool as a user would name it (e.g. "pdftotext -layout").</summary>
    string Tool { get; }

    /// <summary>True when the work runs inside this process, so its allocations and CPU time can be counted.</summary>
    bool RunsInThisProcess { get; }

    /// <summary>Processes one file; throws <see cref="BaselineUnavailableException"/> when the tool cannot do it.</summary>
    void Process(string path);
}

/// <summary>The baseline tool is missing or failed on a file; the message says which and why.</summary>
public sealed class BaselineUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// poppler's <c>pdftotext -layout FILE -</c> as an external process, output discarded: the wall clock includes process
/// start-up, as it does for anyone who shells out to it.
/// </summary>
public sealed class PdftotextBaseline(string executable = "pdftotext") : IReaderBaseline
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    public SourceFormat Format => SourceFormat.Pdf;
    public string Tool => "pdftotext -layout";
    public bool RunsInThisProcess => false;

    public void Process(string path)
    {
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList = { "-layout", path, "-" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = System.Diagnostics.Process.Start(start)
                ?? throw new BaselineUnavailableException($"{executable} did not start");
        }
        catch (Win32Exception ex)
        {
            throw new BaselineUnavailableException($"{executable} is not installed (Debian: apt-get install poppler-utils)", ex);
        }
        using (process)
        {
            // Both pipes are drained at once: a full stderr pipe would otherwise block the tool forever.
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new BaselineUnavailableException($"{executable} took over {Limit.TotalSeconds:0} s on {Path.GetFileName(path)}");
            }
            if (process.ExitCode != 0)
                throw new BaselineUnavailableException(
                    $"{executable} failed on {Path.GetFileName(path)} (exit {process.ExitCode}): {error.Result.Trim()}");
        }
    }
}

/// <summary>
/// The floor under the HTML reader: the same charset decoding (and .mht unpacking) followed by an AngleSharp parse of
/// the whole page, without locating the article or building any table.
/// </summary>
public sealed class AngleSharpParseBaseline : IReaderBaseline
{
    public SourceFormat Format => SourceFormat.Html;
    public string Tool => "AngleSharp parse only";
    public bool RunsInThisProcess => true;

    public void Process(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string? transportCharset = null;
        if (MhtmlArchive.LooksLikeArchive(bytes))
        {
            var page = MhtmlArchive.ExtractHtml(bytes);
            bytes = page.Html;
            transportCharset = page.Charset;
        }
        var (html, _) = HtmlCharset.Decode(bytes, transportCharset);
        var document = new HtmlParser().ParseDocument(html);
        GC.KeepAlive(document);
    }
}
