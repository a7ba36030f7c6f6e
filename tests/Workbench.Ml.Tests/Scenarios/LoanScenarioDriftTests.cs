using Workbench.Ml.Data;
using Workbench.Ml.Scenarios;
using static Workbench.Ml.Tests.Scenarios.ScenarioStats;

namespace Workbench.Ml.Tests.Scenarios;

/// <summary>The drift knobs produce the drift they promise. Bounds are 3 standard errors of the compared statistic:
/// a mean's SE is σ/√n with σ of the undrifted feature (salary uniform 20k–150k: 130,000/√12; age uniform on the
/// integers 20–80: √((61²−1)/12)); a share's SE is √(p(1−p)/n).</summary>
public class LoanScenarioDriftTests
{
    private const int N = 200_000;
    private static readonly DateOnly Start = new(2024, 1, 1), Mid = Start.AddDays(183), Last = Start.AddDays(365);
    private static readonly double SalarySd = 130_000 / Math.Sqrt(12), AgeSd = Math.Sqrt((61.0 * 61 - 1) / 12);

    private static TabularData Run(LoanScenarioOptions o) => LoanScenarioGenerator.Generate(o with { Rows = N, Seed = 3 });

    [Theory]
    [InlineData(CovariateFeature.Salary, 20_000.0, 85_000.0)]
    [InlineData(CovariateFeature.Age, 5.0, 50.0)]
    [InlineData(CovariateFeature.Age, 2.5, 50.0)]
    public void SuddenCovariateDrift_ShiftsMeanByTheSizeAfterStartOnly(CovariateFeature feature, double size, double mean)
    {
        var t = Run(new LoanScenarioOptions { Covariate = new(feature, DriftKind.Sudden, size, Mid) });
        var column = feature == CovariateFeature.Salary ? "salary" : "age";
        var sd = feature == CovariateFeature.Salary ? SalarySd : AgeSd;
        var before = Rows(t, Start, Mid.AddDays(-1));
        var after = Rows(t, Mid, Last);
        var m0 = Mean(t, column, before);
        var m1 = Mean(t, column, after);
        Assert.InRange(m0, mean - 3 * sd / Math.Sqrt(before.Length), mean + 3 * sd / Math.Sqrt(before.Length));
        var seDiff = sd * Math.Sqrt(1.0 / before.Length + 1.0 / after.Length);
        Assert.InRange(m1 - m0, size - 3 * seDiff, size + 3 * seDiff);
        var values = t[column].Numbers!;
        Assert.True(after.Min(i => values[i]) >= (feature == CovariateFeature.Salary ? 20_000 : 20) + Math.Floor(size));
        Assert.True(before.Max(i => values[i]) <= (feature == CovariateFeature.Salary ? 150_000 : 80));
        var salary = t["salary"].Numbers!;
        var commission = t["commission"].Numbers!;
        Assert.All(after, i => Assert.True(salary[i] >= 75_000 ? commission[i] == 0 : commission[i] >= 10_000));
    }

    [Fact]
    public void RegionMixDrift_MovesTheGivenShareToZipcodesZeroToTwo()
    {
        // P(zipcode in 0–2) = size + (1 − size)/3 after the start, 1/3 before.
        var t = Run(new LoanScenarioOptions { Covariate = new(CovariateFeature.RegionMix, DriftKind.Sudden, 0.5, Mid) });
        var zip = t["zipcode"].Strings!;
        bool Low(int i) => zip[i] is "0" or "1" or "2";
        var before = Rows(t, Start, Mid.AddDays(-1));
        var after = Rows(t, Mid, Last);
        Assert.InRange(Share(before, Low), 1.0 / 3 - 3 * ProportionSe(1.0 / 3, before.Length), 1.0 / 3 + 3 * ProportionSe(1.0 / 3, before.Length));
        var p = 0.5 + 0.5 / 3;
        Assert.InRange(Share(after, Low), p - 3 * ProportionSe(p, after.Length), p + 3 * ProportionSe(p, after.Length));
    }

    [Fact]
    public void GradualDrift_RampsLinearlyBetweenStartAndEnd()
    {
        // Expected shift on day d: size × (d − start + 1) / (end − start + 1), 0 before, size after the end.
        var from = Start.AddDays(100);
        var to = Start.AddDays(299);
        var t = Run(new LoanScenarioOptions { Covariate = new(CovariateFeature.Salary, DriftKind.Gradual, 40_000, from, to) });
        var dates = t["date"].Numbers!;
        var means = new List<double>();
        foreach (var (a, b) in new[] { (0, 99), (100, 149), (150, 199), (200, 249), (250, 299), (300, 365) })
        {
            var rows = Rows(t, Start.AddDays(a), Start.AddDays(b));
            var expected = 85_000 + rows.Average(i =>
                40_000 * Math.Clamp((dates[i] - Day(from) + 1) / (Day(to) - Day(from) + 1), 0, 1));
            var mean = Mean(t, "salary", rows);
            var bound = 3 * SalarySd / Math.Sqrt(rows.Length);
            Assert.InRange(mean, expected - bound, expected + bound);
            means.Add(mean);
        }
        Assert.Equal(means.Order(), means);
    }

    [Fact]
    public void RecurringDrift_AlternatesOnAndOffEachPeriod()
    {
        var t = Run(new LoanScenarioOptions { Covariate = new(CovariateFeature.Age, DriftKind.Recurring, 8, Start.AddDays(60), PeriodDays: 30) });
        for (var k = 0; k < 8; k++)
        {
            var rows = Rows(t, Start.AddDays(60 + 30 * k), Start.AddDays(89 + 30 * k));
            var expected = 50 + (k % 2 == 0 ? 8 : 0);
            var bound = 3 * AgeSd / Math.Sqrt(rows.Length);
            Assert.InRange(Mean(t, "age", rows), expected - bound, expected + bound);
        }
    }

    [Fact]
    public void PriorDrift_ChangesTheDefaultRateAfterStart()
    {
        // Bound: 3 × sqrt(p(1−p) × (1/n + 1/200,000)), the second term for the intercept's calibration sample.
        var t = Run(new LoanScenarioOptions { BaseRate = 0.1, Prior = new(Mid, 0.3) });
        foreach (var (rows, p) in new[] { (Rows(t, Start, Mid.AddDays(-1)), 0.1), (Rows(t, Mid, Last), 0.3) })
        {
            var bound = 3 * Math.Sqrt(p * (1 - p) * (1.0 / rows.Length + 1.0 / 200_000));
            Assert.InRange(Mean(t, "default", rows), p - bound, p + bound);
        }
    }

    [Fact]
    public void ConceptDrift_ReversesDefaultRateAcrossSalaryTercilesKeepingTheRate()
    {
        var t = Run(new LoanScenarioOptions { BaseRate = 0.2, Concept = new(Mid) });
        var before = TercileRates(t, Rows(t, Start, Mid.AddDays(-1)));
        var afterRows = Rows(t, Mid, Last);
        var after = TercileRates(t, afterRows);
        Assert.True(before[0] > before[1] + 0.05 && before[1] > before[2] + 0.05, string.Join(", ", before));
        Assert.True(after[0] < after[1] - 0.05 && after[1] < after[2] - 0.05, string.Join(", ", after));
        var bound = 3 * Math.Sqrt(0.2 * 0.8 * (1.0 / afterRows.Length + 1.0 / 200_000));
        Assert.InRange(Mean(t, "default", afterRows), 0.2 - bound, 0.2 + bound);
    }

    private static double[] TercileRates(TabularData t, int[] rows)
    {
        var salary = t["salary"].Numbers!;
        var label = t["default"].Numbers!;
        return [.. Enumerable.Range(0, 3).Select(k => rows
            .Where(i => (int)Math.Min(2, (salary[i] - 20_000) / (130_000 / 3.0)) == k)
            .Average(i => label[i]))];
    }
}
