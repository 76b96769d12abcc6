using System.Collections.Immutable;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// The trained label model, loaded once: gives a probability per key for a label in context. Thread-safe (the
/// model is read-only; results of repeated labels are cached).
/// </summary>
public sealed class LabelClassifier
{
    private readonly LinearLabelModel _model;
    private readonly BoundedMemo<(StatisticsTable, LabelAxis, string, string), IReadOnlyDictionary<string, double>> _cache = new(20_000);

    public LabelClassifier(LinearLabelModel model) => _model = model;

    /// <summary>The model's classes (keys and <see cref="LabelKeySpace.None"/>) in score order.</summary>
    public ImmutableArray<string> Classes => _model.ClassNames;

    /// <summary>The weights behind the classifier.</summary>
    public LinearLabelModel Model => _model;

    /// <summary>Loads a model saved by <see cref="LabelModelTrainer"/>.</summary>
    public static LabelClassifier Load(string modelPath) => new(LinearLabelModel.Load(modelPath));

    /// <summary>Probability of every class for a label, given its table, axis, printed text and parent group key.</summary>
    public IReadOnlyDictionary<string, double> Predict(StatisticsTable table, LabelAxis axis, string text, string? parentGroup)
    {
        var cacheKey = (table, axis, text, parentGroup ?? "");
        if (_cache.TryGet(cacheKey, out var cached)) return cached;

        var scores = _model.Probabilities(LabelFeatures.Encode(table, axis, text, parentGroup));
        var probabilities = new Dictionary<string, double>(Classes.Length, StringComparer.Ordinal);
        for (var i = 0; i < Classes.Length; i++) probabilities[Classes[i]] = scores[i];
        return _cache.Add(cacheKey, probabilities.AsReadOnly());
    }
}
