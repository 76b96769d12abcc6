namespace Disclosure.Extract.Cli;

/// <summary>One document to process and where its JSON goes (relative to the output folder).</summary>
internal sealed record InputFile(string Path, string OutputName);

/// <summary>Expands the command line's files and folders into documents; folders are searched recursively.</summary>
internal static class InputFiles
{
    // Folders hold truth files, notes and outputs too: only these are taken from a folder (a named file is always tried).
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".docx", ".doc", ".pdf", ".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml", ".txt",
    };

    /// <summary>
    /// A browser's "save page" writes X.htm beside a folder X_files holding its frames and scripts; those are parts of
    /// the page, not reports of their own.
    /// </summary>
    private static bool InSavedPageResources(string file)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!); dir?.Parent is not null; dir = dir.Parent)
        {
            if (!dir.Name.EndsWith("_files", StringComparison.OrdinalIgnoreCase)) continue;
            var page = dir.Name[..^"_files".Length];
            if (new[] { ".htm", ".html", ".shtml", ".xhtml" }.Any(ext => File.Exists(System.IO.Path.Combine(dir.Parent.FullName, page + ext))))
                return true;
        }
        return false;
    }

    public static (List<InputFile> Files, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (!DocumentExtensions.Contains(System.IO.Path.GetExtension(f))) continue;
                    if (System.IO.Path.GetFileName(f).StartsWith('.')) continue;
                    if (InSavedPageResources(f)) continue;
                    var full = System.IO.Path.GetFullPath(f);
                    if (seen.Add(full)) files.Add(new InputFile(f, System.IO.Path.GetRelativePath(input, f) + ".json"));
                }
            }
            else if (File.Exists(input))
            {
                var full = System.IO.Path.GetFullPath(input);
                if (seen.Add(full)) files.Add(new InputFile(input, System.IO.Path.GetFileName(input) + ".json"));
            }
            else
            {
                missing.Add(input);
            }
        }
        return (files, missing);
    }
}
