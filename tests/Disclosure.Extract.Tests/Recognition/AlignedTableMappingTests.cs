using System.Collections.Immutable;
using System.Globalization;
using Disclosure.Extract.Grid;
using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Recognition;

/// <summary>
/// Tables 二 and 三 mapped through the order-preserving alignment: duplicates, missing and swapped rows, and how a
/// low-confidence decision reaches the field's confidence and a LABEL_LOW_CONFIDENCE warning.
/// </summary>
public class AlignedTableMappingTests
{
    private static readonly ILabelMatcher Shipped = new ReportRecognizer().Matcher;

    /// <summary>The shipped matcher, except for the labels given a ranking of their own (a misread or ambiguous label).</summary>
    private sealed class ScriptedMatcher(Dictionary<string, LabelCandidate[]> script) : ILabelMatcher
    {
        public IReadOnlyList<LabelCandidate> Rank(LabelQuery query) =>
            query.Axis == LabelAxis.Row && script.TryGetValue(query.Text.Trim(), out var ranked) ? ranked : Shipped.Rank(query);
    }

    private static LabelCandidate[] Ranked(params (string Key, double Score)[] c) => c.Select(x => new LabelCandidate(x.Key, x.Score, "scripted")).ToArray();

    private static readonly string[] Columns = { "naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrg", "total" };

    private static string Value(int row, int col) => (row * 10 + col + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Table 三 (2021) with one label cell per row beside its group cell; rows may be relabelled or left out.</summary>
    private static GridTable Applications(Func<int, string, string?> label, int localRowAfter = -1)
    {
        var b = new GridTableBuilder();
        b.StartRow().AddCell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 2, 3).AddCell("申请人情况", 7);
        b.StartRow().AddCell("自然人", 1, 2).AddCell("法人或其他组织", 5).AddCell("总计", 1, 2);
        b.StartRow();
        foreach (var h in new[] { "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他" }) b.AddCell(h);
        for (var i = 0; i < TableShapeTests.Rows2021.Length; i++)
        {
            var (group, printed, _) = TableShapeTests.Rows2021[i];
            if (label(i, printed) is not { } text) continue;
            b.StartRow().AddCell(group ?? "").AddCell(text);
            for (var c = 0; c < 7; c++) b.AddCell(Value(i, c));
            if (i != localRowAfter) continue;
            b.StartRow().AddCell("").AddCell("其中：通过互联网提交的申请");
            for (var c = 0; c < 7; c++) b.AddCell("9");
        }
        return b.Build(0);
    }

    private static RecognizedReport Recognize(ILabelMatcher matcher, params GridTable[] tables)
    {
        var blocks = tables.Select((t, i) => (Block)new TableBlock(i, t.WithIndex(i))).ToImmutableArray();
        return new ReportRecognizer(matcher).Recognize(new TokenGrid(SourceFormat.Html, null, blocks, ImmutableArray<ReaderNote>.Empty));
    }

    private static int RowOf(string key) => Array.FindIndex(TableShapeTests.Rows2021, r => r.Key == key);

    private static void AssertRow(RecognizedReport report, string key, int printedRow)
    {
        var fields = report.Fields.ToDictionary(f => f.Key);
        foreach (var (col, c) in Columns.Select((col, c) => (col, c)))
            Assert.Equal(Value(printedRow, c), fields.GetValueOrDefault($"applications.{key}.{col}")?.Raw);
    }

    [Fact]
    public void A_misread_duplicate_takes_its_second_choice_with_its_low_confidence_and_a_warning()
    {
        // 3.危及… misread as the row above with some certainty; its own key is only its second choice.
        var misread = TableShapeTests.Rows2021[RowOf("denied.threeSecurities")].Label;
        var matcher = new ScriptedMatcher(new() { [misread] = Ranked(("denied.prohibitedByLaw", 0.85), ("denied.threeSecurities", 0.3)) });

        var report = Recognize(matcher, Applications((_, l) => l));

        AssertRow(report, "denied.prohibitedByLaw", RowOf("denied.prohibitedByLaw"));
        AssertRow(report, "denied.threeSecurities", RowOf("denied.threeSecurities"));
        Assert.All(report.Fields.Where(f => f.Key.StartsWith("applications.denied.threeSecurities.", StringComparison.Ordinal)),
            f => Assert.Equal(0.3, f.LabelConfidence, 6));
        Assert.Contains(report.Warnings, w => w.Code == RecognitionWarnings.DuplicateRow && w.Field == "applications.denied.threeSecurities");
        var flagged = report.Warnings.Where(w => w.Code == RecognitionWarnings.LabelLowConfidence).Select(w => w.Field!).ToHashSet();
        Assert.Equal(Columns.Select(c => $"applications.denied.threeSecurities.{c}").ToHashSet(), flagged);
        var decision = Assert.Single(report.Decisions, d => d.Label == misread);
        Assert.Equal(("denied.threeSecurities", 0.3), (decision.Key, Math.Round(decision.Confidence, 6)));
        Assert.Contains("order", decision.Method);
    }

    [Fact]
    public void A_missing_row_leaves_its_key_blank_and_an_uncertain_row_after_it_keeps_its_own()
    {
        // 6.属于四类过程性信息 is not printed; the next label is poorly read and might be either.
        var enforcement = TableShapeTests.Rows2021[RowOf("denied.enforcementFiles")].Label;
        var matcher = new ScriptedMatcher(new() { [enforcement] = Ranked(("denied.enforcementFiles", 0.5), ("denied.processInformation", 0.4)) });

        var report = Recognize(matcher, Applications((i, l) => i == RowOf("denied.processInformation") ? null : l));

        AssertRow(report, "denied.enforcementFiles", RowOf("denied.enforcementFiles"));
        AssertRow(report, "denied.administrativeQuery", RowOf("denied.administrativeQuery"));
        Assert.DoesNotContain(report.Fields, f => f.Key.StartsWith("applications.denied.processInformation.", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Code == RecognitionWarnings.LabelLowConfidence && w.Field == "applications.denied.enforcementFiles.total");
    }

    [Fact]
    public void Swapped_rows_keep_the_keys_their_labels_name()
    {
        var (a, b) = (RowOf("notProcessed.complaint"), RowOf("notProcessed.repeated"));
        var report = Recognize(Shipped, Applications((i, l) =>
            i == a ? TableShapeTests.Rows2021[b].Label : i == b ? TableShapeTests.Rows2021[a].Label : l));

        // Values follow the label: the row printed first (with row b's label) is notProcessed.repeated.
        AssertRow(report, "notProcessed.repeated", a);
        AssertRow(report, "notProcessed.complaint", b);
        Assert.Empty(report.Extras);
    }

    [Fact]
    public void A_local_row_between_template_rows_goes_to_extras()
    {
        // A local breakdown row after 一、本年新收… that matches no key.
        var report = Recognize(Shipped, Applications((_, l) => l, localRowAfter: 0));

        var extra = Assert.Single(report.Extras);
        Assert.Equal("其中：通过互联网提交的申请", extra.Label);
        for (var i = 0; i < TableShapeTests.Rows2021.Length; i++) AssertRow(report, TableShapeTests.Rows2021[i].Key, i);
        Assert.Contains(report.Decisions, d => d.Label == extra.Label && d.Key is null);
    }

    /// <summary>Table 二 (2021): captions, a 信息内容 header per block, data rows as given.</summary>
    private static GridTable Active(params (string Label, string[] Values)[] rows)
    {
        var b = new GridTableBuilder();
        void Block(string caption, string[] header)
        {
            b.StartRow().AddCell(caption, 4);
            b.StartRow().AddCell("信息内容");
            foreach (var h in header) b.AddCell(h, 3 / header.Length);
        }
        Block("第二十条第（一）项", new[] { "本年制发件数", "本年废止件数", "现行有效件数" });
        foreach (var (label, values) in rows.Take(2))
        {
            b.StartRow().AddCell(label);
            foreach (var v in values) b.AddCell(v);
        }
        Block("第二十条第（六）项", new[] { "本年处理决定数量" });
        foreach (var (label, values) in rows.Skip(2))
        {
            b.StartRow().AddCell(label);
            foreach (var v in values) b.AddCell(v, 3);
        }
        return b.Build(0);
    }

    [Fact]
    public void Table_two_keeps_swapped_rows_and_sends_a_second_row_of_one_label_to_extras()
    {
        var report = Recognize(Shipped, Active(
            ("规章", new[] { "1", "2", "3" }),
            ("行政规范性文件", new[] { "4", "5", "6" }),
            ("行政强制", new[] { "7" }),
            ("行政处罚", new[] { "8" }),
            ("行政处罚", new[] { "9" })));

        var fields = report.Fields.ToDictionary(f => f.Key, f => f.Raw);
        Assert.Equal("7", fields["active.coercion.decisions"]);
        Assert.Equal("8", fields["active.punishment.decisions"]);
        Assert.Equal("6", fields["active.normativeDocuments.inForce"]);
        var extra = Assert.Single(report.Extras);
        Assert.Equal(("行政处罚", "9"), (extra.Label, extra.Raw));
        Assert.Contains(report.Warnings, w => w.Code == RecognitionWarnings.DuplicateRow);
        Assert.Contains(report.Decisions, d => d.Table == StatisticsTable.Active && d.Key is null && d.Label == "行政处罚");
    }
}
