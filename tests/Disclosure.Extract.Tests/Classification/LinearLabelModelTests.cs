using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Xunit.Abstractions;

namespace Disclosure.Extract.Tests.Classification;

public class LinearLabelModelTests(ITestOutputHelper output)
{
    private sealed class ScoreRow
    {
        [ColumnName("Score")]
        public float[] Score { get; set; } = [];
    }

    [Fact]
    public void Exported_weights_give_the_probabilities_of_the_ML_NET_model()
    {
        var slice = LabelCorpusBuilder.Build(LabelData.Observed).Where(e => e.Table == StatisticsTable.Review).ToList();
        var fitted = LabelModelTrainer.Fit(slice, LabelModelTrainer.Shipped with { MaximumIterations = 30 });
        var scored = fitted.Context.Data.CreateEnumerable<ScoreRow>(fitted.Transformer.Transform(fitted.Data), reuseRowObject: false).ToList();
        var exported = new LabelClassifier(fitted.Exported);
        var worst = 0.0;
        for (var i = 0; i < slice.Count; i++)
        {
            var e = slice[i];
            var mine = fitted.Exported.Probabilities(LabelFeatures.Encode(e.Table, e.Axis, e.Text, null));
            for (var c = 0; c < mine.Length; c++) worst = Math.Max(worst, Math.Abs(mine[c] - scored[i].Score[c]));
        }
        output.WriteLine($"{slice.Count} examples, {fitted.Exported.ClassNames.Length} classes, largest difference {worst:E2}");
        Assert.True(worst < 1e-4, $"largest probability difference {worst}");
    }
}
