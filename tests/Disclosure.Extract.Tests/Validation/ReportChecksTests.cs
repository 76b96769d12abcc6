using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;

namespace Disclosure.Extract.Tests.Validation;

public class ReportChecksTests
{
    private static CheckResult Rule(IEnumerable<CheckResult> checks, string rule) => Assert.Single(checks, c => c.Rule == rule);

    private static IReadOnlyList<CheckResult> Run(Dictionary<string, string> cells, TemplateLayout layout, bool singleOtherRow = false) =>
        ReportChecks.Run(SampleReport.Parse(cells, layout, singleOtherRow), layout, singleOtherRow);

    [Theory]
    [InlineData(TemplateLayout.Gov2019, false, 23)]
    [InlineData(TemplateLayout.Gov2021, false, 25)]
    [InlineData(TemplateLayout.Gov2021, true, 23)]
    public void A_consistent_report_passes_every_check(TemplateLayout layout, bool singleOtherRow, int tableRows)
    {
        var checks = Run(SampleReport.ConsistentCells(layout, singleOtherRow), layout, singleOtherRow);

        Assert.All(checks, c => Assert.Equal(CheckStatus.Pass, c.Status));
        Assert.All(checks, c => Assert.Empty(c.AssumedZero));
        Assert.Equal(7, checks.Count(c => c.Rule.StartsWith("applications.balance.")));
        Assert.Equal(7, checks.Count(c => c.Rule.StartsWith("applications.resultsSum.")));
        Assert.Equal(tableRows, checks.Count(c => c.Rule.StartsWith("applications.rowSum.")));
        Assert.Equal(3, checks.Count(c => c.Rule.StartsWith("review.sum.")));
        Rule(checks, "values.nonNegative");
        Rule(checks, "values.integer");
        Rule(checks, "applications.rowSum.denied.stateSecret");
        Rule(checks, "review.sum.litigationAfterReview");
        Assert.Equal(checks.Count, checks.Select(c => c.Rule).Distinct().Count());
    }

    [Fact]
    public void Balance_failure_gives_both_sides_and_the_keys()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["applications.newReceived.naturalPerson"] = "21";
        cells["applications.newReceived.total"] = "23";

        var checks = Run(cells, TemplateLayout.Gov2021);

        var balance = Rule(checks, "applications.balance.naturalPerson");
        Assert.Equal(CheckStatus.Fail, balance.Status);
        Assert.Equal("newReceived + carriedOver (22) != resultsTotal + carriedForward (21)", balance.Message);
        Assert.Equal(
            new[] { "applications.newReceived.naturalPerson", "applications.carriedOver.naturalPerson", "applications.resultsTotal.naturalPerson", "applications.carriedForward.naturalPerson" },
            balance.Fields.ToArray());
        Assert.Equal(CheckStatus.Fail, Rule(checks, "applications.balance.total").Status);
        Assert.Equal(CheckStatus.Pass, Rule(checks, "applications.balance.commercial").Status);
        Assert.Equal(CheckStatus.Pass, Rule(checks, "applications.rowSum.newReceived").Status);
    }

    [Fact]
    public void Results_sum_uses_the_single_other_row_in_2019()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        cells["applications.other.total.naturalPerson"] = "2";
        cells["applications.other.total.total"] = "2";

        var checks = Run(cells, TemplateLayout.Gov2019);

        var sum = Rule(checks, "applications.resultsSum.naturalPerson");
        Assert.Equal(CheckStatus.Fail, sum.Status);
        Assert.Contains("applications.other.total.naturalPerson", sum.Fields);
        Assert.Equal(20, sum.Fields.Length); // resultsTotal + granted, partial, 8 denied, 3 unavailable, 5 not processed, other
        Assert.Contains("resultsTotal (20) != ", sum.Message);
        Assert.EndsWith("(21)", sum.Message);
        Assert.Equal(CheckStatus.Pass, Rule(checks, "applications.rowSum.other.total").Status);
    }

    [Fact]
    public void Results_sum_uses_the_three_other_rows_in_2021()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["applications.other.overdueFee.naturalPerson"] = "1";
        cells["applications.other.overdueFee.total"] = "1";

        var sum = Rule(Run(cells, TemplateLayout.Gov2021), "applications.resultsSum.naturalPerson");

        Assert.Equal(CheckStatus.Fail, sum.Status);
        Assert.Equal(22, sum.Fields.Length);
        Assert.Contains("applications.other.overdueCorrection.naturalPerson", sum.Fields);
        Assert.Contains("applications.other.overdueFee.naturalPerson", sum.Fields);
        Assert.Contains("applications.other.other.naturalPerson", sum.Fields);
        Assert.DoesNotContain("applications.other.total.naturalPerson", sum.Fields);
    }

    [Fact]
    public void Results_sum_uses_other_total_when_a_2021_table_keeps_one_row()
    {
        var checks = Run(SampleReport.ConsistentCells(TemplateLayout.Gov2021, singleOtherRow: true), TemplateLayout.Gov2021, singleOtherRow: true);

        var sum = Rule(checks, "applications.resultsSum.total");
        Assert.Equal(CheckStatus.Pass, sum.Status);
        Assert.Contains("applications.other.total.total", sum.Fields);
        Assert.DoesNotContain(checks, c => c.Rule == "applications.rowSum.other.overdueFee");
    }

    [Fact]
    public void Row_sum_failure_names_the_row()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["applications.granted.total"] = "12";

        var check = Rule(Run(cells, TemplateLayout.Gov2021), "applications.rowSum.granted");

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal("total (12) != naturalPerson + commercial + research + publicInterest + legalService + otherOrg (11)", check.Message);
        Assert.Equal(7, check.Fields.Length);
    }

    [Fact]
    public void Review_totals_printed_as_zero_fail()
    {
        // A real pattern (template.md §3.1): parts 10 + 1 with the printed total 0.
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["review.administrativeReview.upheld"] = "10";
        cells["review.administrativeReview.corrected"] = "1";
        cells["review.administrativeReview.pending"] = "0";
        cells["review.administrativeReview.total"] = "0";

        var check = Rule(Run(cells, TemplateLayout.Gov2021), "review.sum.administrativeReview");

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal("total (0) != upheld + corrected + other + pending (11)", check.Message);
        Assert.Equal(
            new[] { "review.administrativeReview.total", "review.administrativeReview.upheld", "review.administrativeReview.corrected", "review.administrativeReview.other", "review.administrativeReview.pending" },
            check.Fields.ToArray());
    }

    [Fact]
    public void Blank_applicant_cells_under_a_zero_total_pass_as_assumed_zero()
    {
        // Seed 000's pattern: only the 总计 column is filled, with 0.
        var cells = SampleReport.UniformCells(TemplateLayout.Gov2019, "\u00A0");
        foreach (var key in cells.Keys.Where(k => k.StartsWith("applications.") && k.EndsWith(".total")).ToList())
            cells[key] = "0";

        var checks = Run(cells, TemplateLayout.Gov2019);

        var row = Rule(checks, "applications.rowSum.granted");
        Assert.Equal(CheckStatus.Pass, row.Status);
        Assert.Equal(6, row.AssumedZero.Length);
        Assert.Contains("applications.granted.naturalPerson", row.AssumedZero);
        Assert.DoesNotContain("applications.granted.total", row.AssumedZero);
        Assert.Contains("as 0", row.Message);
        Assert.Equal(CheckStatus.Pass, Rule(checks, "applications.balance.total").Status);
        // The applicant columns hold no number at all: nothing to verify.
        Assert.Equal(CheckStatus.Unverifiable, Rule(checks, "applications.balance.naturalPerson").Status);
        Assert.DoesNotContain(checks, c => c.Status == CheckStatus.Fail);
    }

    [Fact]
    public void A_blank_total_beside_numbers_is_unverifiable_not_a_failure()
    {
        // Shanghai 2019's pattern: the 总计 column left blank on result rows that hold numbers.
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        cells["applications.granted.total"] = "";

        var check = Rule(Run(cells, TemplateLayout.Gov2019), "applications.rowSum.granted");

        Assert.Equal(CheckStatus.Unverifiable, check.Status);
        Assert.Empty(check.AssumedZero);
        Assert.StartsWith("total (blank) != ", check.Message);
        Assert.Contains("(11)", check.Message);
    }

    [Fact]
    public void A_placeholder_that_balances_is_assumed_zero()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["review.litigationDirect.corrected"] = "—";

        var check = Rule(Run(cells, TemplateLayout.Gov2021), "review.sum.litigationDirect");

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Equal(new[] { "review.litigationDirect.corrected" }, check.AssumedZero.ToArray());
    }

    [Fact]
    public void Text_or_missing_operands_make_a_check_unverifiable()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        cells["review.litigationDirect.upheld"] = "约1";
        cells.Remove("review.administrativeReview.pending");

        var checks = Run(cells, TemplateLayout.Gov2021);

        var text = Rule(checks, "review.sum.litigationDirect");
        Assert.Equal(CheckStatus.Unverifiable, text.Status);
        Assert.Contains("review.litigationDirect.upheld", text.Message);
        var missing = Rule(checks, "review.sum.administrativeReview");
        Assert.Equal(CheckStatus.Unverifiable, missing.Status);
        Assert.Contains("review.administrativeReview.pending", missing.Message);
    }

    [Theory]
    [InlineData(TemplateLayout.Gov2019)]
    [InlineData(TemplateLayout.Gov2021)]
    public void An_unfilled_template_is_unverifiable_everywhere_and_never_fails(TemplateLayout layout)
    {
        var checks = Run(SampleReport.UniformCells(layout, "\u3000"), layout);

        Assert.All(checks, c => Assert.Equal(CheckStatus.Unverifiable, c.Status));
        Assert.All(checks, c => Assert.Empty(c.AssumedZero));
    }

    [Fact]
    public void Negative_counts_fail_but_a_negative_change_is_allowed()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        Assert.Equal(CheckStatus.Pass, Rule(Run(cells, TemplateLayout.Gov2019), "values.nonNegative").Status);

        cells["active.rules.newlyMade"] = "-2";
        var check = Rule(Run(cells, TemplateLayout.Gov2019), "values.nonNegative");

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal(new[] { "active.rules.newlyMade" }, check.Fields.ToArray());
        Assert.Contains("active.rules.newlyMade (-2)", check.Message);
    }

    [Fact]
    public void Decimal_counts_fail_the_integer_rule_but_amounts_may_have_decimals()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2021);
        Assert.Equal(CheckStatus.Pass, Rule(Run(cells, TemplateLayout.Gov2021), "values.integer").Status); // fees 7730.28

        cells["active.licensing.decisions"] = "2.5";
        var check = Rule(Run(cells, TemplateLayout.Gov2021), "values.integer");

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal(new[] { "active.licensing.decisions" }, check.Fields.ToArray());
    }

    [Fact]
    public void Unknown_layout_still_checks_what_it_can()
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019)
            .Where(c => !c.Key.StartsWith("active.")).ToDictionary(c => c.Key, c => c.Value);

        var checks = Run(cells, TemplateLayout.Unknown);

        Assert.Equal(CheckStatus.Pass, Rule(checks, "applications.balance.total").Status);
        Assert.Equal(CheckStatus.Pass, Rule(checks, "review.sum.administrativeReview").Status);
    }
}
