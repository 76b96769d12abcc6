using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;

namespace Disclosure.Extract.Tests.Classification;

public class LabelTrainingTests
{
    [Fact]
    public void Training_twice_gives_the_same_predictions()
    {
        // A small slice (the column groups of table 四) keeps this fast; the pipeline and settings are those of the shipped model.
        var slice = LabelCorpusBuilder.Build(LabelData.Observed).Where(e => e.Table == StatisticsTable.Review && e.Axis == LabelAxis.ColumnGroup).ToList();
        var first = LabelModelTrainer.TrainInMemory(slice, maximumIterations: 30);
        var second = LabelModelTrainer.TrainInMemory(slice, maximumIterations: 30);
        var probes = LabelData.HeldOut.Where(e => e.Table == StatisticsTable.Review && e.Axis == LabelAxis.ColumnGroup).ToList();
        Assert.NotEmpty(probes);
        foreach (var e in probes)
            Assert.Equal(first.Predict(e.Table, e.Axis, e.Text, null), second.Predict(e.Table, e.Axis, e.Text, null));
        // It learned something: the slice's model reads table 四's held-out labels.
        var (accuracy, _) = LabelModelTrainer.Score(new TrainedLabelMatcher(first), probes);
        Assert.True(accuracy >= 0.9, $"slice model accuracy {accuracy:P0}");
    }
}
