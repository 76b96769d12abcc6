using System.Text.Json;

namespace Disclosure.Extract.Tests.Readers.Html;

/// <summary>
/// The real published pages in ../shared/realworld next to the solution folder. A fresh clone has no ../shared,
/// so callers get null and return early; the files are read in place, never copied into the repository.
/// </summary>
internal static class RealWorldPages
{
    public static string? Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Disclosure.Extract.sln"))) continue;
            var shared = Path.Combine(dir.FullName, "..", "shared", "realworld");
            return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
        }
        return null;
    }

    /// <summary>Full path of a real page, or null when the shared folder or the file is absent.</summary>
    public static string? PagePath(string name) =>
        Folder() is { } folder && File.Exists(Path.Combine(folder, name)) ? Path.Combine(folder, name) : null;

    /// <summary>The truth values of a page (field key → number, or null where the document prints nothing).</summary>
    public static Dictionary<string, decimal?> TruthValues(string pagePath)
    {
        var truthPath = Path.ChangeExtension(pagePath, null) + ".truth.json";
        using var json = JsonDocument.Parse(File.ReadAllText(truthPath));
        return json.RootElement.GetProperty("values").EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDecimal() : (decimal?)null);
    }
}
