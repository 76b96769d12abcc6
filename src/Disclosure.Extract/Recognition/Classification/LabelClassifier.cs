using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>
/// The trained label model, loaded once: gives a probability per key for a label in context. Thread-safe
/// (prediction engines are pooled, results of repeated labels are cached).
/// </summary>
public sealed class LabelClassifier
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<LabelFeatures, LabelPrediction>> _engines = new();
    private readonly ConcurrentDictionary<(string Context, string Text, string Parent, string Numbering), IReadOnlyDictionary<string, double>> _cache = new();
    private const int CacheLimit = 20_000;

    private LabelClassifier(MLContext ml, ITransformer model, ImmutableArray<string> classes)
    {
        _ml = ml;
        _model = model;
        Classes = classes;
    }

    /// <summary>The model's classes (keys and <see cref="LabelKeySpace.None"/>) in score order.</summary>
    public ImmutableArray<string> Classes { get; }

    /// <summary>Loads a model saved by <see cref="LabelModelTrainer"/>.</summary>
    public static LabelClassifier Load(string modelPath)
    {
        if (!File.Exists(modelPath)) throw new FileNotFoundException($"label model not found: {modelPath}", modelPath);
        var ml = new MLContext(seed: LabelModelTrainer.Seed);
        using var stream = File.OpenRead(modelPath);
        var model = ml.Model.Load(stream, out var inputSchema);
        return FromModel(ml, model, inputSchema);
    }

    internal static LabelClassifier FromModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        var output = model.GetOutputSchema(inputSchema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        output["Score"].GetSlotNames(ref names);
        var classes = names.DenseValues().Select(n => n.ToString()).ToImmutableArray();
        return new LabelClassifier(ml, model, classes);
    }

    /// <summary>Probability of every class for a label, given its table, axis, printed text and parent group key.</summary>
    public IReadOnlyDictionary<string, double> Predict(StatisticsTable table, LabelAxis axis, string text, string? parentGroup)
    {
        var features = LabelFeatures.From(table, axis, text, parentGroup);
        var cacheKey = (features.Context, features.Text, features.Parent, features.Numbering);
        if (_cache.TryGetValue(cacheKey, out var cached)) return cached;

        if (!_engines.TryTake(out var engine)) engine = _ml.Model.CreatePredictionEngine<LabelFeatures, LabelPrediction>(_model);
        float[] scores;
        try { scores = engine.Predict(features).Score; }
        finally { _engines.Add(engine); }

        var probabilities = new Dictionary<string, double>(Classes.Length, StringComparer.Ordinal);
        for (var i = 0; i < Classes.Length; i++) probabilities[Classes[i]] = scores[i];
        var result = probabilities.AsReadOnly();
        if (_cache.Count >= CacheLimit) _cache.Clear();
        _cache[cacheKey] = result;
        return result;
    }
}
