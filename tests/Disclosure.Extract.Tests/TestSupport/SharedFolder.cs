namespace Disclosure.Extract.Tests.TestSupport;

/// <summary>
/// Locates the project's shared material (../shared beside the repository), which a fresh clone lacks:
/// every property is null when it is absent, and tests that need it return early.
/// </summary>
public static class SharedFolder
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The shared folder (../shared relative to the folder holding Disclosure.Extract.sln), or null.</summary>
    public static string? Path => Root.Value;

    /// <summary>../shared/realworld: real reports with their truth files, or null.</summary>
    public static string? Realworld => Sub("realworld");

    /// <summary>../shared/seeds: the five sample reports as plain text, or null.</summary>
    public static string? Seeds => Sub("seeds");

    /// <summary>The repository root (the folder holding Disclosure.Extract.sln), or null.</summary>
    public static string? RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Disclosure.Extract.sln")))
                    return dir.FullName;
            return null;
        }
    }

    private static string? Sub(string name)
    {
        if (Path is null) return null;
        var dir = System.IO.Path.Combine(Path, name);
        return Directory.Exists(dir) ? dir : null;
    }

    private static string? Locate()
    {
        if (RepositoryRoot is not { } root) return null;
        var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
