using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;

namespace Disclosure.Extract.Tests.Classification;

public class LabelCorpusTests
{
    [Fact]
    public void Committed_training_file_is_what_the_builder_generates()
    {
        var dir = Directory.CreateTempSubdirectory("labels-");
        try
        {
            foreach (var file in LabelCorpusBuilder.HeldOutFiles.Prepend(LabelCorpusBuilder.WrittenFile).Prepend(LabelCorpusBuilder.ObservedFile))
                File.Copy(Path.Combine(LabelData.LabelsFolder, file), Path.Combine(dir.FullName, file));
            LabelCorpusBuilder.Write(dir.FullName);
            Assert.Equal(File.ReadAllText(Path.Combine(LabelData.LabelsFolder, LabelCorpusBuilder.TrainFile)),
                File.ReadAllText(Path.Combine(dir.FullName, LabelCorpusBuilder.TrainFile)));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Held_out_labels_are_unseen_in_training_even_after_normalization()
    {
        var training = LabelExampleFile.Read(Path.Combine(LabelData.LabelsFolder, LabelCorpusBuilder.TrainFile))
            .Select(LabelCorpusBuilder.NormalizedKey).ToHashSet();
        var template = LabelKeySpace.Definitions.SelectMany(d => d.Aliases.Prepend(d.Canonical).Select(w => (d.Table, d.Axis, LabelText.Core(w)))).ToHashSet();
        var splits = LabelCorpusBuilder.HeldOutSplits(LabelData.LabelsFolder);
        Assert.Equal(LabelCorpusBuilder.HeldOutFiles, splits.Select(s => s.Name));
        foreach (var (name, examples) in splits)
        {
            Assert.True(examples.Count >= 90, $"{name} has only {examples.Count} labels");
            var leaked = examples.Where(e => training.Contains(LabelCorpusBuilder.NormalizedKey(e))).Select(e => e.Text).ToList();
            Assert.True(leaked.Count == 0, $"{name} labels found in train.tsv: " + string.Join(", ", leaked));
            // Nor is any of them a template wording that normalization alone would match.
            Assert.DoesNotContain(examples, e => template.Contains(LabelCorpusBuilder.NormalizedKey(e)));
        }
    }

    [Fact]
    public void Every_key_of_every_table_has_training_examples_and_none_has_examples()
    {
        var training = LabelExampleFile.Read(Path.Combine(LabelData.LabelsFolder, LabelCorpusBuilder.TrainFile));
        foreach (var def in LabelKeySpace.Definitions.Where(d => d.Key != LabelKeys.Group("other")))
            Assert.True(training.Count(e => e.Table == def.Table && e.Axis == def.Axis && e.Key == def.Key) >= 20, $"{def.Table}/{def.Axis}/{def.Key}");
        foreach (var (table, axis) in LabelKeySpace.Contexts)
            Assert.Contains(training, e => e.Table == table && e.Axis == axis && e.Key == LabelKeySpace.None);
    }

    [Fact]
    public void Variant_generator_is_deterministic_and_changes_the_wording()
    {
        var a = new LabelVariantGenerator(5);
        var b = new LabelVariantGenerator(5);
        var first = Enumerable.Range(0, 50).Select(_ => a.Vary("其他法律行政法规禁止公开", "2.", 2)).ToList();
        var second = Enumerable.Range(0, 50).Select(_ => b.Vary("其他法律行政法规禁止公开", "2.", 2)).ToList();
        Assert.Equal(first, second);
        Assert.True(first.Select(LabelText.Core).Distinct().Count() > 30);
    }

    [Fact]
    public void Example_file_round_trips_line_breaks_and_tabs()
    {
        var path = Path.GetTempFileName();
        try
        {
            var examples = new[] { new LabelExample(StatisticsTable.Review, LabelAxis.Column, "结果\n维持\t\\", null, 3, "upheld", "test") };
            LabelExampleFile.Write(path, examples);
            Assert.Equal(examples, LabelExampleFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_key_in_an_example_file_is_a_clear_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "Review\tColumn\t\t\t结果维持\tnaturalPerson\ttest\n");
            var error = Assert.Throws<FormatException>(() => LabelExampleFile.Read(path));
            Assert.Contains("naturalPerson", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
