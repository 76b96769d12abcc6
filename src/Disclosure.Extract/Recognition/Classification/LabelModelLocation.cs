namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// Where the shipped label model lives: models/label-classifier.bin next to the executable (the build copies it
/// there), else in the repository's models/ folder above the working or base directory.
/// </summary>
public static class LabelModelLocation
{
    public const string FileName = "label-classifier.bin";
    public const string Folder = "models";

    /// <summary>The first existing model file, or null when none is found.</summary>
    public static string? Find()
    {
        var besideExe = Path.Combine(AppContext.BaseDirectory, Folder, FileName);
        if (File.Exists(besideExe)) return besideExe;
        var root = RepositoryRoot();
        var inRepo = root is null ? null : Path.Combine(root, Folder, FileName);
        return inRepo is not null && File.Exists(inRepo) ? inRepo : null;
    }

    /// <summary>The repository's models/label-classifier.bin (where `train` writes by default), or next to the executable outside a checkout.</summary>
    public static string DefaultTrainingTarget() =>
        Path.Combine(RepositoryRoot() ?? AppContext.BaseDirectory, Folder, FileName);

    /// <summary>The repository's corpus/labels folder, when running inside a checkout.</summary>
    public static string? LabelsFolder() => RepositoryRoot() is { } root ? Path.Combine(root, "corpus", "labels") : null;

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Disclosure.Extract.sln")))
                    return dir.FullName;
        return null;
    }
}

/// <summary>The label matchers the pipeline can use, built once.</summary>
public static class LabelMatchers
{
    private static readonly Lazy<LabelClassifier?> Shipped = new(() => LabelModelLocation.Find() is { } path ? LabelClassifier.Load(path) : null,
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shipped classifier, or null when no model file is found.</summary>
    public static LabelClassifier? ShippedClassifier => Shipped.Value;

    /// <summary>Rules plus a classifier loaded now from the model file (the shipped one by default), sharing nothing with other matchers.</summary>
    public static CombinedLabelMatcher Load(string? modelPath = null)
    {
        var path = modelPath ?? LabelModelLocation.Find() ?? throw new FileNotFoundException("no label model found (models/label-classifier.bin)");
        return new(new RuleLabelMatcher(), new TrainedLabelMatcher(LabelClassifier.Load(path)));
    }

    /// <summary>Rules plus the shipped classifier; the rules alone when no model is found or <paramref name="useClassifier"/> is false.</summary>
    public static CombinedLabelMatcher Combined(bool useClassifier = true) =>
        new(new RuleLabelMatcher(), useClassifier && ShippedClassifier is { } c ? new TrainedLabelMatcher(c) : null);
}
