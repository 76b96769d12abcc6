using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Tests.Recognition;

/// <summary>
/// The order-preserving alignment on synthetic candidate lists: template order a…f, rows as a matcher would rank them.
/// </summary>
public class OrderedLabelAlignmentTests
{
    private static readonly string[] Order = { "a", "b", "c", "d", "e", "f" };

    private static IReadOnlyList<LabelCandidate> Row(params (string Key, double Score)[] candidates) =>
        candidates.Select(c => new LabelCandidate(c.Key, c.Score, "test")).ToList();

    private static IReadOnlyList<LabelCandidate> Exact(string key) => Row((key, 1.0));

    private static IReadOnlyList<AlignedLabel> Align(params IReadOnlyList<LabelCandidate>[] rows) =>
        OrderedLabelAlignment.Align(Order, rows);

    private static string?[] Keys(IReadOnlyList<AlignedLabel> aligned) => aligned.Select(a => a.Key).ToArray();

    [Fact]
    public void Clean_rows_keep_their_best_candidates()
    {
        var aligned = Align(Exact("a"), Exact("b"), Exact("c"), Exact("d"), Exact("e"), Exact("f"));
        Assert.Equal(Order, Keys(aligned));
        Assert.All(aligned, a => Assert.Equal(AlignmentMethod.Best, a.How));
    }

    [Fact]
    public void A_duplicate_best_candidate_is_resolved_by_the_second_choice_that_fits_the_order()
    {
        // The third row reads like b (a misprint) but the gap between b and d has only c free.
        var aligned = Align(Exact("a"), Exact("b"), Row(("b", 0.9), ("e", 0.4), ("c", 0.3)), Exact("d"), Exact("e"), Exact("f"));

        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, Keys(aligned));
        Assert.Equal(AlignmentMethod.Order, aligned[2].How);
        Assert.True(aligned[2].Duplicate);
        Assert.Equal(0.3, aligned[2].Confidence, 6);
        // The first row with the wording keeps the key.
        Assert.Equal(AlignmentMethod.Best, aligned[1].How);
        Assert.False(aligned[1].Duplicate);
    }

    [Fact]
    public void A_duplicate_that_fits_nowhere_is_none_and_says_so()
    {
        var aligned = Align(Exact("a"), Exact("b"), Exact("b"), Exact("c"), Exact("d"), Exact("e"), Exact("f"));

        Assert.Equal(new[] { "a", "b", null, "c", "d", "e", "f" }, Keys(aligned));
        Assert.True(aligned[2].Duplicate);
        Assert.Equal(AlignmentMethod.None, aligned[2].How);
        // Its best key was denied: the "none" decision is anything but certain.
        Assert.True(aligned[2].Confidence < 0.1);
    }

    [Fact]
    public void A_missing_row_does_not_shift_the_rows_after_it()
    {
        // c is not printed; the uncertain row after b is d (its best), not c (the next key in order).
        var aligned = Align(Exact("a"), Exact("b"), Row(("d", 0.5), ("c", 0.45)), Exact("e"), Exact("f"));

        Assert.Equal(new[] { "a", "b", "d", "e", "f" }, Keys(aligned));
        Assert.Equal(0.5, aligned[2].Confidence, 6);
    }

    [Fact]
    public void A_row_without_candidates_is_not_placed_when_the_gap_has_more_keys_than_rows()
    {
        // c or d is missing: which one, position cannot tell.
        var aligned = Align(Exact("a"), Exact("b"), Row(), Exact("e"), Exact("f"));

        Assert.Equal(new[] { "a", "b", null, "e", "f" }, Keys(aligned));
        Assert.Equal(AlignmentMethod.None, aligned[2].How);
    }

    [Fact]
    public void A_row_without_candidates_fills_a_gap_of_exactly_its_size_by_position()
    {
        var aligned = Align(Exact("a"), Exact("b"), Row(), Exact("d"), Exact("e"), Exact("f"));

        Assert.Equal(Order, Keys(aligned));
        Assert.Equal(AlignmentMethod.Position, aligned[2].How);
        Assert.Equal(OrderedLabelAlignment.PositionScore, aligned[2].Confidence);
    }

    [Fact]
    public void Position_is_not_used_when_switched_off()
    {
        var aligned = OrderedLabelAlignment.Align(Order, new[] { Exact("a"), Exact("b"), Row(), Exact("d") }, placeByPosition: false);
        Assert.Null(aligned[2].Key);
    }

    [Fact]
    public void Swapped_confident_rows_keep_their_keys()
    {
        var aligned = Align(Exact("a"), Exact("c"), Exact("b"), Exact("d"), Exact("e"), Exact("f"));

        Assert.Equal(new[] { "a", "c", "b", "d", "e", "f" }, Keys(aligned));
        Assert.Contains(aligned, a => a.How == AlignmentMethod.OutOfOrder);
        Assert.All(aligned, a => Assert.Equal(1.0, a.Confidence));
    }

    [Fact]
    public void An_uncertain_row_out_of_order_keeps_a_free_key_at_reduced_confidence()
    {
        // The second row most likely is e, which nobody else claims, but it stands where only nothing fits.
        var aligned = Align(Exact("a"), Row(("e", 0.7)), Exact("b"), Exact("c"), Exact("d"), Exact("f"));

        Assert.Equal("e", aligned[1].Key);
        Assert.Equal(AlignmentMethod.OutOfOrder, aligned[1].How);
        Assert.True(aligned[1].Confidence < ReportRecognizer.LowConfidence, "flagged, not trusted silently");
    }

    [Fact]
    public void Order_decides_between_close_candidates()
    {
        // Between a and c only b is free: the row's slightly better d is taken by a later confident row.
        var aligned = Align(Exact("a"), Row(("d", 0.5), ("b", 0.45)), Exact("c"), Exact("d"), Exact("e"), Exact("f"));

        Assert.Equal(Order, Keys(aligned));
        Assert.Equal(AlignmentMethod.Order, aligned[1].How);
        Assert.Equal(0.45, aligned[1].Confidence, 6);
    }

    [Fact]
    public void Two_uncertain_rows_compete_for_one_key_by_score()
    {
        var aligned = Align(Exact("a"), Row(("b", 0.4)), Row(("b", 0.7)), Exact("c"), Exact("d"), Exact("e"), Exact("f"));

        Assert.Equal(new[] { "a", null, "b", "c", "d", "e", "f" }, Keys(aligned));
    }

    [Fact]
    public void A_local_row_matching_nothing_is_none_with_full_confidence()
    {
        var aligned = Align(Exact("a"), Exact("b"), Exact("c"), Row(), Exact("d"), Exact("e"), Exact("f"));

        Assert.Null(aligned[3].Key);
        Assert.Equal(AlignmentMethod.None, aligned[3].How);
        Assert.False(aligned[3].Duplicate);
        Assert.Equal(1.0, aligned[3].Confidence);
    }

    [Fact]
    public void A_weak_candidate_loses_to_none_when_the_matcher_leaves_most_probability_to_none()
    {
        // Calibrated scores: 0.1 for c, 0.9 for none of the keys.
        var aligned = Align(Exact("a"), Exact("b"), Row(("c", 0.1)), Exact("d"), Exact("e"), Exact("f"));
        Assert.Equal("c", aligned[2].Key); // the gap has c free and the row fits it exactly: position agrees
        aligned = Align(Exact("a"), Exact("b"), Row(("c", 0.1)), Exact("e"), Exact("f"));
        Assert.Null(aligned[2].Key);
    }

    [Fact]
    public void Keys_outside_the_order_are_ignored()
    {
        var aligned = Align(Exact("a"), Row(("x", 1.0), ("b", 0.6)), Exact("c"), Exact("d"), Exact("e"), Exact("f"));
        Assert.Equal(Order, Keys(aligned));
    }

    [Fact]
    public void No_key_is_given_twice_whatever_the_candidates()
    {
        var random = new Random(7);
        for (var run = 0; run < 300; run++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 10)).Select(_ => Row(Enumerable.Range(0, random.Next(0, 4))
                .Select(_ => (Order[random.Next(Order.Length)], Math.Round(random.NextDouble(), 2))).ToArray())).ToArray();
            var keys = Keys(Align(rows)).Where(k => k is not null).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
    }
}
