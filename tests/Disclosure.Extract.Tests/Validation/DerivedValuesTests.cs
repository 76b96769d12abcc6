using Disclosure.Extract.Recognition;
using Disclosure.Extract.Validation;

namespace Disclosure.Extract.Tests.Validation;

public class DerivedValuesTests
{
    [Fact]
    public void Group_subtotals_and_cross_layout_totals_of_a_2021_report()
    {
        var derived = DerivedValues.Compute(SampleReport.Consistent(TemplateLayout.Gov2021), TemplateLayout.Gov2021, false);

        Assert.Equal(1m, derived["applications.denied.total.total"]);
        Assert.Equal(0m, derived["applications.denied.total.commercial"]);
        Assert.Equal(5m, derived["applications.unavailable.total.total"]);
        Assert.Equal(1m, derived["applications.unavailable.total.commercial"]);
        Assert.Equal(1m, derived["applications.notProcessed.total.naturalPerson"]);
        Assert.Equal(1m, derived["applications.other.total.total"]);
        Assert.Equal(2m, derived["applications.newReceived.legalPersonTotal"]);
        Assert.Equal(1m, derived["applications.unavailable.notHeld.legalPersonTotal"]);
        Assert.Equal(0m, derived["applications.carriedOver.legalPersonTotal"]);
        Assert.Equal(1m, derived["review.litigation.total"]);
        Assert.False(derived.ContainsKey("active.procurement.amountYuan"));
        Assert.Equal(derived.Keys.Order(StringComparer.Ordinal), derived.Keys);
    }

    [Fact]
    public void Other_total_is_a_field_not_a_derived_value_in_2019()
    {
        var derived = DerivedValues.Compute(SampleReport.Consistent(TemplateLayout.Gov2019), TemplateLayout.Gov2019, false);

        Assert.DoesNotContain(derived.Keys, k => k.StartsWith("applications.other.total.", StringComparison.Ordinal) && !k.EndsWith("legalPersonTotal"));
        Assert.Equal(0m, derived["applications.other.total.legalPersonTotal"]);
        Assert.Equal(251000m, derived["active.procurement.amountYuan"]);
    }

    [Theory]
    [InlineData("251000元", "251000")]
    [InlineData("127.082万元", "1270820")]
    [InlineData("0元", "0")]
    [InlineData("760000", null)]
    [InlineData("", null)]
    [InlineData("-", null)]
    public void Procurement_amount_in_yuan_only_with_a_known_unit(string raw, string? yuan)
    {
        var cells = SampleReport.ConsistentCells(TemplateLayout.Gov2019);
        cells["active.procurement.amount"] = raw;

        var derived = DerivedValues.Compute(SampleReport.Parse(cells, TemplateLayout.Gov2019), TemplateLayout.Gov2019, false);

        if (yuan is null) Assert.False(derived.ContainsKey("active.procurement.amountYuan"));
        else Assert.Equal(decimal.Parse(yuan), derived["active.procurement.amountYuan"]);
    }

    [Fact]
    public void Nothing_is_derived_from_a_blank_template()
    {
        var fields = SampleReport.Parse(SampleReport.UniformCells(TemplateLayout.Gov2021, ""), TemplateLayout.Gov2021);

        Assert.Empty(DerivedValues.Compute(fields, TemplateLayout.Gov2021, false));
    }

    [Fact]
    public void Sums_use_the_numbers_present_and_skip_blanks()
    {
        var cells = SampleReport.UniformCells(TemplateLayout.Gov2021, "");
        cells["applications.denied.stateSecret.total"] = "2";
        cells["applications.denied.thirdPartyRights.total"] = "3";
        cells["applications.denied.internalAffairs.total"] = "/";
        cells["review.litigationAfterReview.total"] = "4";

        var derived = DerivedValues.Compute(SampleReport.Parse(cells, TemplateLayout.Gov2021), TemplateLayout.Gov2021, false);

        Assert.Equal(5m, derived["applications.denied.total.total"]);
        Assert.False(derived.ContainsKey("applications.denied.total.naturalPerson"));
        Assert.Equal(4m, derived["review.litigation.total"]);
        Assert.Equal(2, derived.Count);
    }
}
