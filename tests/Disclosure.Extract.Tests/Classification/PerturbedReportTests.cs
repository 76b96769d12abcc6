using System.Text;
using Disclosure.Extract.Pipeline;
using Disclosure.Extract.Readers;
using Disclosure.Extract.Recognition;
using Disclosure.Extract.Recognition.Classification;
using Disclosure.Extract.Tests.TestSupport;
using Xunit.Abstractions;

namespace Disclosure.Extract.Tests.Classification;

/// <summary>
/// The seed reports of ../shared/seeds with some table labels reworded in ways the rules do not cover: with the
/// classifier every field comes out as from the original wording; with the rules alone some do not.
/// </summary>
public class PerturbedReportTests(ITestOutputHelper output)
{
    // Template wording → a real-looking variant the rules miss (checked below), with the key it must still get.
    private static readonly (string Label, string Variant, StatisticsTable Table, LabelAxis Axis, string Key)[] Rewordings =
    {
        ("其他对外管理服务事项", "其他对外服务管理事项", StatisticsTable.Active, LabelAxis.Row, "otherServices"),
        ("对外公开总数量", "对外公开总件数", StatisticsTable.Active, LabelAxis.Column, "totalPublished"),
        ("本年增/减", "本年增加/减少", StatisticsTable.Active, LabelAxis.Column, "change"),
        ("科研机构", "科学研究机构", StatisticsTable.Applications, LabelAxis.Column, "research"),
        ("（一）予以公开", "（一）予以全部公开", StatisticsTable.Applications, LabelAxis.Row, "granted"),
        ("尚未审结", "尚在审理", StatisticsTable.Review, LabelAxis.Column, "pending"),
    };

    [Fact]
    public void Rewordings_are_beyond_the_rules()
    {
        foreach (var r in Rewordings)
        {
            var query = new LabelQuery(r.Table, r.Axis, r.Variant);
            Assert.NotEqual(r.Key, LabelData.Decide(LabelData.Rules, query));
            Assert.Equal(r.Key, LabelData.Decide(LabelData.Combined, query));
        }
    }

    [SharedFact]
    public void Reworded_seed_reports_extract_as_the_originals_only_with_the_classifier()
    {
        var seeds = Directory.GetFiles(SharedFolder.Seeds!, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(seeds);
        var withRules = new ExtractionPipeline(ReaderRegistry.CreateDefault(), new ReportRecognizer(new CombinedLabelMatcher(new RuleLabelMatcher(), null)));
        var withModel = new ExtractionPipeline(ReaderRegistry.CreateDefault(), new ReportRecognizer(LabelData.Combined));
        var dir = Directory.CreateTempSubdirectory("perturbed-");
        var rulesWrong = 0;
        var reworded = 0;
        try
        {
            foreach (var seed in seeds)
            {
                var lines = File.ReadAllLines(seed, Encoding.UTF8);
                var changed = lines.Select(line => Rewordings.FirstOrDefault(r => line == "\t" + r.Label) is { Label: not null } r ? "\t" + r.Variant : line).ToArray();
                var count = lines.Zip(changed).Count(p => p.First != p.Second);
                if (count == 0) continue;
                reworded += count;
                var path = Path.Combine(dir.FullName, Path.GetFileName(seed));
                File.WriteAllLines(path, changed, new UTF8Encoding(false));

                var original = Values(withRules.Extract(seed));
                var byModel = Values(withModel.Extract(path));
                var byRules = Values(withRules.Extract(path));
                var modelDiff = Differences(original, byModel);
                var rulesDiff = Differences(original, byRules);
                output.WriteLine($"{Path.GetFileName(seed)}: {count} labels reworded; {original.Count(v => v.Value is not null)} values; " +
                                 $"rules alone differ in {rulesDiff.Count}, with the classifier in {modelDiff.Count}");
                Assert.True(modelDiff.Count == 0, $"{Path.GetFileName(seed)} with the classifier: " + string.Join(", ", modelDiff));
                if (rulesDiff.Count > 0) rulesWrong++;
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
        Assert.True(reworded >= 10, $"only {reworded} labels reworded");
        Assert.True(rulesWrong > 0, "the rules alone extract every reworded report correctly: the rewordings prove nothing");
    }

    private static Dictionary<string, decimal?> Values(ExtractionOutcome outcome)
    {
        Assert.NotNull(outcome.Document);
        return outcome.Document!.Fields.ToDictionary(f => f.Key, f => f.Value.Value);
    }

    private static List<string> Differences(Dictionary<string, decimal?> expected, Dictionary<string, decimal?> got) =>
        expected.Where(e => !got.TryGetValue(e.Key, out var v) || v != e.Value).Select(e => $"{e.Key}: {e.Value} → {(got.TryGetValue(e.Key, out var v) ? v : "missing")}").ToList();
}
