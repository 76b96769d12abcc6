using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Disclosure.Extract.Recognition.Classification;

/// <summary>A held-out example the model got wrong.</summary>
public sealed record LabelMistake(StatisticsTable Table, LabelAxis Axis, string Text, string? Parent, string Expected, string Got, double Score);

/// <summary>What <see cref="LabelModelTrainer.Train"/> did and how well the model (alone, with the rules, and the rules alone) does on the held-out split.</summary>
public sealed record TrainingReport(
    int TrainingExamples, int HeldOutExamples, int Classes, double HeldOutAccuracy, double CombinedHeldOutAccuracy, double RuleHeldOutAccuracy,
    IReadOnlyList<LabelMistake> Mistakes, long ModelBytes, TimeSpan TrainingTime, string ModelPath);

/// <summary>
/// Trains the label classifier: character 1–3-grams of the normalized label (with and without glosses, and tagged
/// with its table and axis) plus its context (table and axis,
/// parent group, numbering style) into an L-BFGS maximum-entropy model with one class per key and a "none" class.
/// Single-threaded with a fixed seed and a fixed example order, so the same corpus gives the same model.
/// </summary>
public static class LabelModelTrainer
{
    public const int Seed = 17;

    /// <summary>Rebuilds train.tsv from the catalog and observed.tsv, trains, saves the model and scores the held-out split.</summary>
    public static TrainingReport Train(string labelsDir, string modelPath, bool regenerate = true)
    {
        var clock = Stopwatch.StartNew();
        var training = regenerate
            ? LabelCorpusBuilder.Write(labelsDir)
            : LabelExampleFile.Read(Path.Combine(labelsDir, LabelCorpusBuilder.TrainFile));
        var ml = new MLContext(seed: Seed);
        var model = Fit(ml, training, MaximumIterations);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        ml.Model.Save(model.Transformer, model.InputSchema, modelPath);
        clock.Stop();

        var heldOutPath = Path.Combine(labelsDir, LabelCorpusBuilder.HeldOutFile);
        var heldOut = File.Exists(heldOutPath) ? LabelExampleFile.Read(heldOutPath) : Array.Empty<LabelExample>();
        var classifier = LabelClassifier.Load(modelPath);
        var (accuracy, mistakes) = Score(new TrainedLabelMatcher(classifier), heldOut);
        var (ruleAccuracy, _) = Score(new RuleLabelMatcher(), heldOut);
        var (combinedAccuracy, _) = Score(new CombinedLabelMatcher(new RuleLabelMatcher(), new TrainedLabelMatcher(classifier)), heldOut);
        return new TrainingReport(training.Count, heldOut.Count, classifier.Classes.Length, accuracy, combinedAccuracy, ruleAccuracy, mistakes,
            new FileInfo(modelPath).Length, clock.Elapsed, Path.GetFullPath(modelPath));
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

    /// <summary>L-BFGS iterations for the shipped model; enough for convergence on the generated corpus.</summary>
    public const int MaximumIterations = 200;

    /// <summary>Trains a classifier in memory (nothing written), e.g. to check that training is deterministic.</summary>
    public static LabelClassifier TrainInMemory(IReadOnlyList<LabelExample> examples, int maximumIterations = MaximumIterations)
    {
        var ml = new MLContext(seed: Seed);
        var model = Fit(ml, examples, maximumIterations);
        return LabelClassifier.FromModel(ml, model.Transformer, model.InputSchema);
    }

    private sealed record FittedModel(ITransformer Transformer, DataViewSchema InputSchema);

    private static FittedModel Fit(MLContext ml, IReadOnlyList<LabelExample> examples, int maximumIterations)
    {
        var rows = examples.Select(e => LabelFeatures.From(e.Table, e.Axis, e.Text, ParentGroupOf(e), e.Key)).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var textOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var gramOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            CharFeatureExtractor = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(LabelFeatures.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", textOptions, nameof(LabelFeatures.Text)))
            .Append(ml.Transforms.Text.FeaturizeText("FullTextFeatures", textOptions, nameof(LabelFeatures.FullText)))
            .Append(ml.Transforms.Text.FeaturizeText("ContextGramFeatures", gramOptions, nameof(LabelFeatures.ContextGrams)))
            .Append(ml.Transforms.Categorical.OneHotEncoding(new[]
            {
                new InputOutputColumnPair("ContextFeatures", nameof(LabelFeatures.Context)),
                new InputOutputColumnPair("ParentFeatures", nameof(LabelFeatures.Parent)),
                new InputOutputColumnPair("NumberingFeatures", nameof(LabelFeatures.Numbering)),
            }))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "FullTextFeatures", "ContextGramFeatures", "ContextFeatures", "ParentFeatures", "NumberingFeatures"))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                L1Regularization = 0.02f,
                L2Regularization = 0.01f,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = maximumIterations,
                OptimizationTolerance = 1e-6f,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new FittedModel(pipeline.Fit(data), data.Schema);
    }

    /// <summary>The parent group key of a training example, read from its parent wording by the rules.</summary>
    private static string? ParentGroupOf(LabelExample e) =>
        e.Table == StatisticsTable.Applications && e.Axis == LabelAxis.Row ? ParentGroups.Resolve(e.Parent, null) : null;
}
