using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>A held-out example the model got wrong.</summary>
public sealed record LabelMistake(StatisticsTable Table, LabelAxis Axis, string Text, string? Parent, string Expected, string Got, double Score);

/// <summary>Accuracy on one held-out split: the model alone, with the rules (as recognition uses it), the rules alone.</summary>
public sealed record HeldOutScore(
    string Split, int Examples, double ModelAccuracy, double CombinedAccuracy, double RuleAccuracy,
    IReadOnlyList<LabelMistake> ModelMistakes, IReadOnlyList<LabelMistake> CombinedMistakes);

/// <summary>What <see cref="LabelModelTrainer.Train"/> did and how well the result does on each held-out split.</summary>
public sealed record TrainingReport(
    int TrainingExamples, int Classes, IReadOnlyList<HeldOutScore> HeldOut,
    long ModelBytes, int Features, int Weights, TimeSpan TrainingTime, string ModelPath);

/// <summary>The trainer's regularization weights and iteration cap.</summary>
public sealed record LabelTrainingSettings(float L1, float L2, int MaximumIterations, float NoneWeight = 1f);

/// <summary>
/// Trains the label classifier: the features of <see cref="LabelFeatures"/> (character n-grams of the label in
/// several forms, tagged with table, axis and parent group, plus context) into ML.NET's L-BFGS maximum-entropy
/// trainer with one class per key and a "none" class; the learned weights are exported to a
/// <see cref="LinearLabelModel"/>. Single-threaded with a fixed seed and a fixed example order, so the same corpus
/// gives the same model.
/// </summary>
public static class LabelModelTrainer
{
    public const int Seed = 17;

    /// <summary>L-BFGS iterations for the shipped model; enough for convergence on the generated corpus.</summary>
    public const int MaximumIterations = 200;

    /// <summary>Regularization of the shipped model.</summary>
    public static readonly LabelTrainingSettings Shipped = new(L1: 0.001f, L2: 0.1f, MaximumIterations, NoneWeight: 0.5f);

    /// <summary>Rebuilds train.tsv from the catalog and observed.tsv, trains, saves the model and scores the held-out split.</summary>
    public static TrainingReport Train(string labelsDir, string modelPath, bool regenerate = true)
    {
        var clock = Stopwatch.StartNew();
        var training = regenerate
            ? LabelCorpusBuilder.Write(labelsDir)
            : LabelExampleFile.Read(Path.Combine(labelsDir, LabelCorpusBuilder.TrainFile));
        var model = Fit(training, Shipped).Exported;
        model.Save(modelPath);
        clock.Stop();

        var classifier = LabelClassifier.Load(modelPath);
        var scores = LabelCorpusBuilder.HeldOutSplits(labelsDir).Select(split =>
        {
            var (accuracy, mistakes) = Score(new TrainedLabelMatcher(classifier), split.Examples);
            var (combinedAccuracy, combinedMistakes) = Score(new CombinedLabelMatcher(new RuleLabelMatcher(), new TrainedLabelMatcher(classifier)), split.Examples);
            var (ruleAccuracy, _) = Score(new RuleLabelMatcher(), split.Examples);
            return new HeldOutScore(split.Name, split.Examples.Count, accuracy, combinedAccuracy, ruleAccuracy, mistakes, combinedMistakes);
        }).ToList();
        return new TrainingReport(training.Count, classifier.Classes.Length, scores, new FileInfo(modelPath).Length, model.FeatureCount, model.WeightCount, clock.Elapsed, Path.GetFullPath(modelPath));
    }

    /// <summary>Top-1 accuracy of a matcher: the first candidate scoring at least 0.6, or "none" when there is none.</summary>
    public static (double Accuracy, IReadOnlyList<LabelMistake> Mistakes) Score(ILabelMatcher matcher, IReadOnlyList<LabelExample> examples)
    {
        var mistakes = new List<LabelMistake>();
        foreach (var e in examples)
        {
            var best = matcher.Rank(e.Query).FirstOrDefault();
            var got = best is { Score: >= ReportRecognizer.LowConfidence } ? best.Key : LabelKeySpace.None;
            if (!SameKey(got, e.Key)) mistakes.Add(new LabelMistake(e.Table, e.Axis, e.Text, e.Parent, e.Key, got, best?.Score ?? 0));
        }
        return (examples.Count == 0 ? 0 : 1.0 - (double)mistakes.Count / examples.Count, mistakes);
    }

    // （六）其他处理 is one wording for two keys; either reading is right.
    private static bool SameKey(string got, string expected) =>
        got == expected || (got, expected) is ("other.total", "group:other") or ("group:other", "other.total");

    /// <summary>Trains a classifier in memory (nothing written), e.g. to check that training is deterministic.</summary>
    public static LabelClassifier TrainInMemory(IReadOnlyList<LabelExample> examples, int maximumIterations = MaximumIterations) =>
        new(Fit(examples, Shipped with { MaximumIterations = maximumIterations }).Exported);

    /// <summary>The ML.NET model as trained and its export; the two must give the same probabilities.</summary>
    internal sealed record FittedModel(MLContext Context, ITransformer Transformer, IDataView Data, LinearLabelModel Exported);

    /// <summary>ML.NET's input row: the key and the sparse feature vector over the training vocabulary.</summary>
    internal sealed class EncodedExample
    {
        public string Key { get; set; } = "";
        public float Weight { get; set; }
        public VBuffer<float> Features { get; set; }
    }

    internal static FittedModel Fit(IReadOnlyList<LabelExample> examples, LabelTrainingSettings settings)
    {
        var encoded = examples.Select(e => (e.Key, Vector: LabelFeatures.Encode(e.Table, e.Axis, e.Text, ParentGroupOf(e)))).ToList();
        // A sorted vocabulary keeps the model independent of dictionary iteration order.
        var vocabulary = encoded.SelectMany(e => e.Vector.Hashes).Distinct().Order().ToArray();
        var rows = encoded.Select(e => ToRow(e.Vector, vocabulary, e.Key, e.Key == LabelKeySpace.None ? settings.NoneWeight : 1f)).ToList();

        var ml = new MLContext(seed: Seed);
        var schema = SchemaDefinition.Create(typeof(EncodedExample));
        schema[nameof(EncodedExample.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, vocabulary.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var pipeline = ml.Transforms.Conversion.MapValueToKey(LabelColumn, nameof(EncodedExample.Key), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = nameof(EncodedExample.Features),
                ExampleWeightColumnName = nameof(EncodedExample.Weight),
                L1Regularization = settings.L1,
                L2Regularization = settings.L2,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = settings.MaximumIterations,
                OptimizationTolerance = 1e-6f,
                HistorySize = 10,
            }));
        var transformer = pipeline.Fit(data);
        // Weight vector c belongs to key value c+1, whose name the key column's annotation holds.
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        transformer.GetOutputSchema(data.Schema)[LabelColumn].GetKeyValues(ref names);
        var classes = names.DenseValues().Select(n => n.ToString()).ToList();
        return new FittedModel(ml, transformer, data, Export(transformer.LastTransformer.Model, vocabulary, classes));
    }

    private const string LabelColumn = "LabelKey";

    private static EncodedExample ToRow(LabelFeatureVector vector, uint[] vocabulary, string key, float weight)
    {
        var indices = new int[vector.Hashes.Length];
        for (var i = 0; i < indices.Length; i++) indices[i] = Array.BinarySearch(vocabulary, vector.Hashes[i]);
        // Hashes are sorted, and so is the vocabulary: the indices come out ascending as VBuffer requires.
        return new EncodedExample { Key = key, Weight = weight, Features = new VBuffer<float>(vocabulary.Length, indices.Length, (float[])vector.Values.Clone(), indices) };
    }

    /// <summary>The trained weights as a <see cref="LinearLabelModel"/>: per feature, the classes with a non-zero weight.</summary>
    private static LinearLabelModel Export(MaximumEntropyModelParameters parameters, uint[] vocabulary, IReadOnlyList<string> classes)
    {
        VBuffer<float>[] weights = null!;
        parameters.GetWeights(ref weights, out var classCount);
        if (classCount != classes.Count) throw new InvalidOperationException($"model has {classCount} classes, expected {classes.Count}");
        var dense = new float[classCount][];
        for (var c = 0; c < classCount; c++)
        {
            dense[c] = new float[vocabulary.Length];
            weights[c].CopyTo(dense[c]);
        }
        // Features whose weights L1 regularization zeroed are dropped: they cannot change a score.
        var hashes = new List<uint>();
        var offsets = new List<int>();
        var classIds = new List<ushort>();
        var values = new List<float>();
        for (var f = 0; f < vocabulary.Length; f++)
        {
            var start = values.Count;
            for (var c = 0; c < classCount; c++)
                if (dense[c][f] != 0)
                {
                    classIds.Add((ushort)c);
                    values.Add(dense[c][f]);
                }
            if (values.Count == start) continue;
            hashes.Add(vocabulary[f]);
            offsets.Add(start);
        }
        offsets.Add(values.Count);
        return new LinearLabelModel(classes.ToImmutableArray(), hashes.ToArray(), offsets.ToArray(), classIds.ToArray(), values.ToArray(),
            parameters.GetBiases().ToArray());
    }

    /// <summary>The parent group key of a training example, read from its parent wording by the rules.</summary>
    private static string? ParentGroupOf(LabelExample e) =>
        e.Table == StatisticsTable.Applications && e.Axis == LabelAxis.Row ? ParentGroups.Resolve(e.Parent, null) : null;
}
