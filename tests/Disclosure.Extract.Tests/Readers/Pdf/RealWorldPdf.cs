namespace Disclosure.Extract.Tests.Readers.Pdf;

/// <summary>Finds ../shared/realworld next to the repository; null in a fresh clone, where the tests using it return early.</summary>
internal static class RealWorldPdf
{
    public static string? Path(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Disclosure.Extract.sln")))
            dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var path = System.IO.Path.Combine(dir.Parent.FullName, "shared", "realworld", fileName);
        return File.Exists(path) ? path : null;
    }
}
