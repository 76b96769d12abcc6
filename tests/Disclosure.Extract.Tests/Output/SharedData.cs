namespace Disclosure.Extract.Tests.Output;

/// <summary>Finds ../shared (present in the development workspace, absent in a fresh clone).</summary>
internal static class SharedData
{
    /// <summary>The shared/realworld folder, or null when it is not there (tests then return early).</summary>
    public static string? RealWorldFolder()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DISCLOSURE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            var folder = Path.Combine(fromEnvironment, "realworld");
            return Directory.Exists(folder) ? folder : null;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realworld");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
