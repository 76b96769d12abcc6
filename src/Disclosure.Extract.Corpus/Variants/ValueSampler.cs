using Disclosure.Extract.Recognition;

namespace Disclosure.Extract.Corpus.Variants;

/// <summary>How busy an organization is, which sets the size of its numbers.</summary>
public enum OrganizationScale { Township, County, CityDepartment }

/// <summary>
/// Samples realistic statistics for one report: every identity of fields.md holds (balance, results sum, row sums,
/// review sums); most applications are granted or not held; small bodies make no 规章.
/// </summary>
public static class ValueSampler
{
    private static readonly (string Key, double Weight)[] ApplicantWeights =
    [
        ("naturalPerson", 1.0), ("commercial", 0.22), ("research", 0.02), ("publicInterest", 0.03), ("legalService", 0.08), ("otherOrg", 0.05),
    ];

    private static readonly Dictionary<string, double> ResultWeights = new()
    {
        ["granted"] = 0.45, ["partiallyGranted"] = 0.08,
        ["denied.stateSecret"] = 0.004, ["denied.prohibitedByLaw"] = 0.01, ["denied.threeSecurities"] = 0.004,
        ["denied.thirdPartyRights"] = 0.02, ["denied.internalAffairs"] = 0.01, ["denied.processInformation"] = 0.02,
        ["denied.enforcementFiles"] = 0.006, ["denied.administrativeQuery"] = 0.02,
        ["unavailable.notHeld"] = 0.16, ["unavailable.needsCreation"] = 0.04, ["unavailable.unclearAfterCorrection"] = 0.02,
        ["notProcessed.complaint"] = 0.04, ["notProcessed.repeated"] = 0.03, ["notProcessed.publications"] = 0.005,
        ["notProcessed.excessive"] = 0.01, ["notProcessed.confirmation"] = 0.01,
        ["other.total"] = 0.06, ["other.overdueCorrection"] = 0.03, ["other.overdueFee"] = 0.004, ["other.other"] = 0.03,
    };

    public static Dictionary<string, decimal> Sample(SplitMix64 rng, TemplateLayout layout, bool singleOtherRow, OrganizationScale scale)
    {
        var n = new Dictionary<string, decimal>();
        SampleActive(rng, layout, scale, n);
        SampleApplications(rng, layout, singleOtherRow, scale, n);
        SampleReview(rng, scale, n);
        return n;
    }

    private static int Size(OrganizationScale scale, int township, int county, int city) =>
        scale switch { OrganizationScale.Township => township, OrganizationScale.County => county, _ => city };

    private static void SampleActive(SplitMix64 rng, TemplateLayout layout, OrganizationScale scale, Dictionary<string, decimal> n)
    {
        var makesRules = scale == OrganizationScale.CityDepartment && rng.Chance(0.5);
        if (layout == TemplateLayout.Gov2021)
        {
            foreach (var row in new[] { "rules", "normativeDocuments" })
            {
                var issued = row == "rules" ? (makesRules ? rng.Next(1, 6) : 0) : rng.Next(0, Size(scale, 6, 25, 60));
                var repealed = row == "rules" ? (makesRules ? rng.Next(0, 2) : 0) : rng.Next(0, Size(scale, 2, 8, 20));
                n[$"active.{row}.issued"] = issued;
                n[$"active.{row}.repealed"] = repealed;
                n[$"active.{row}.inForce"] = issued + (row == "rules" && !makesRules ? 0 : rng.Next(repealed, Size(scale, 30, 180, 600)));
            }
            n["active.licensing.decisions"] = rng.Next(0, Size(scale, 300, 5000, 40000));
            n["active.punishment.decisions"] = rng.Next(0, Size(scale, 60, 1200, 6000));
            n["active.coercion.decisions"] = rng.Next(0, Size(scale, 5, 80, 400));
            n["active.fees.amountWan"] = Math.Round((decimal)rng.NextDouble() * Size(scale, 20, 3000, 20000), 2);
            return;
        }
        var made = makesRules ? rng.Next(1, 6) : 0;
        n["active.rules.newlyMade"] = made;
        n["active.rules.newlyPublished"] = made;
        n["active.rules.totalPublished"] = made + (makesRules ? rng.Next(10, 120) : 0);
        var docs = rng.Next(0, Size(scale, 8, 30, 80));
        n["active.normativeDocuments.newlyMade"] = docs;
        n["active.normativeDocuments.newlyPublished"] = Math.Max(0, docs - rng.Next(0, 2));
        n["active.normativeDocuments.totalPublished"] = n["active.normativeDocuments.newlyPublished"] + rng.Next(0, Size(scale, 40, 200, 700));
        foreach (var (row, max) in new[] { ("licensing", Size(scale, 40, 400, 1200)), ("otherServices", Size(scale, 60, 600, 900)),
                                            ("punishment", Size(scale, 20, 300, 900)), ("coercion", Size(scale, 3, 40, 120)) })
        {
            var previous = rng.Next(0, max);
            n[$"active.{row}.previousCount"] = previous;
            n[$"active.{row}.change"] = rng.Next(-previous / 8, Math.Max(1, previous / 5));
            n[$"active.{row}.decisions"] = rng.Next(0, max * 12);
        }
        n["active.fees.previousCount"] = rng.Next(0, Size(scale, 3, 20, 60));
        n["active.fees.change"] = rng.Next(-2, 3);
        var projects = rng.Next(0, Size(scale, 10, 80, 300));
        n["active.procurement.projects"] = projects;
        n["active.procurement.amount"] = projects * rng.Next(2, 60) * 10000m + rng.Next(0, 9) * 1000m;
    }

    private static void SampleApplications(SplitMix64 rng, TemplateLayout layout, bool singleOtherRow, OrganizationScale scale, Dictionary<string, decimal> n)
    {
        var rows = TemplateCatalog.ApplicationRows(layout, singleOtherRow);
        var leaves = rows.Select(r => r.Key).Where(ResultWeights.ContainsKey).ToList();
        var cumulative = new List<double>();
        var sum = 0.0;
        foreach (var leaf in leaves) cumulative.Add(sum += ResultWeights[leaf]);
        var baseline = Size(scale, 6, 120, 900);
        foreach (var (col, weight) in ApplicantWeights)
        {
            var received = (int)Math.Round(baseline * weight * (0.3 + 1.4 * rng.NextDouble()));
            var carried = rng.Next(0, Math.Max(0, received / 12));
            var forward = rng.Next(0, Math.Max(0, (received + carried) / 10));
            var counts = leaves.ToDictionary(l => l, _ => 0);
            for (var i = 0; i < received + carried - forward; i++)
            {
                var x = rng.NextDouble() * sum;
                counts[leaves[cumulative.FindIndex(c => x < c) is var k and >= 0 ? k : leaves.Count - 1]]++;
            }
            n[$"applications.newReceived.{col}"] = received;
            n[$"applications.carriedOver.{col}"] = carried;
            foreach (var (leaf, count) in counts) n[$"applications.{leaf}.{col}"] = count;
            n[$"applications.resultsTotal.{col}"] = received + carried - forward;
            n[$"applications.carriedForward.{col}"] = forward;
        }
        foreach (var row in rows)
            n[$"applications.{row.Key}.total"] = ApplicantWeights.Sum(a => n[$"applications.{row.Key}.{a.Key}"]);
    }

    private static void SampleReview(SplitMix64 rng, OrganizationScale scale, Dictionary<string, decimal> n)
    {
        foreach (var (group, max) in new[] { ("administrativeReview", Size(scale, 1, 8, 30)), ("litigationDirect", Size(scale, 1, 4, 15)), ("litigationAfterReview", Size(scale, 0, 2, 8)) })
        {
            decimal total = 0;
            foreach (var outcome in new[] { "upheld", "corrected", "other", "pending" })
            {
                var v = outcome == "upheld" ? rng.Next(0, max) : rng.Next(0, max / 3);
                n[$"review.{group}.{outcome}"] = v;
                total += v;
            }
            n[$"review.{group}.total"] = total;
        }
    }
}
