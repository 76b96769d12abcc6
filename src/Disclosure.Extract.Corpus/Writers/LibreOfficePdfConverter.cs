using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Extract.Corpus.Writers;

/// <summary>
/// Converts Word files to PDF with a headless LibreOffice (Debian: libreoffice-writer-nogui, fonts-noto-cjk), the way
/// most published report PDFs are exported from an office suite. LibreOffice stamps the conversion time, a random
/// document id and a checksum over them into each file; all are overwritten with fixed values of the same length so the cross-reference
/// offsets stay valid and one LibreOffice version gives the same bytes on every run.
/// </summary>
public static partial class LibreOfficePdfConverter
{
    /// <summary>The LibreOffice executable on PATH (soffice or libreoffice), or null when none is installed.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "soffice", "libreoffice", "soffice.exe" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Converts Word files (name → bytes) in one LibreOffice run; returns name → PDF bytes as LibreOffice wrote them (see <see cref="Normalize"/>).</summary>
    public static IReadOnlyDictionary<string, byte[]> Convert(string executable, IReadOnlyDictionary<string, byte[]> docxByName)
    {
        var work = Path.Combine(Path.GetTempPath(), "disclosure-pdf-" + Path.GetRandomFileName());
        var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
        var output = Directory.CreateDirectory(Path.Combine(work, "out")).FullName;
        // A private profile: a user's running LibreOffice would otherwise swallow the conversion request.
        var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
        try
        {
            foreach (var (name, bytes) in docxByName) File.WriteAllBytes(Path.Combine(input, name + ".docx"), bytes);
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", output })
                start.ArgumentList.Add(arg);
            foreach (var name in docxByName.Keys.Order(StringComparer.Ordinal)) start.ArgumentList.Add(Path.Combine(input, name + ".docx"));
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("LibreOffice did not finish converting within 10 minutes");
            }
            var result = new Dictionary<string, byte[]>();
            foreach (var name in docxByName.Keys)
            {
                var pdf = Path.Combine(output, name + ".pdf");
                if (!File.Exists(pdf))
                    throw new InvalidOperationException($"LibreOffice wrote no PDF for {name}: {stdout.Result} {stderr.Result}".Trim());
                result[name] = File.ReadAllBytes(pdf);
            }
            return result;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Replaces /CreationDate, /ModDate, the trailer /ID and /DocChecksum with fixed values of the same byte length.</summary>
    public static byte[] Normalize(byte[] pdf, DateTime stamp)
    {
        // Latin-1 maps every byte to one char and back, so binary streams survive the round trip unchanged.
        var text = Encoding.Latin1.GetString(pdf);
        var date = stamp.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        text = DateEntry().Replace(text, m => m.Groups[1].Value + "(D:" + Fit(date, m.Groups[2].Value.Length) + m.Groups[3].Value + ")");
        text = IdEntry().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length) + m.Groups[3].Value + new string('0', m.Groups[4].Length) + ">");
        text = DocChecksum().Replace(text, m => m.Groups[1].Value + new string('0', m.Groups[2].Length));
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Fit(string digits, int length) => digits.Length >= length ? digits[..length] : digits.PadRight(length, '0');

    [GeneratedRegex(@"(/(?:CreationDate|ModDate))\(D:(\d+)([^)]*)\)")]
    private static partial Regex DateEntry();

    // LibreOffice's trailer checksum covers the time stamp, so it changes on every run too.
    [GeneratedRegex(@"(/DocChecksum\s*/)([0-9A-Fa-f]+)")]
    private static partial Regex DocChecksum();

    [GeneratedRegex(@"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)>")]
    private static partial Regex IdEntry();
}
