using Workbench.Ml.Scenarios;
using static Workbench.Ml.Tests.Scenarios.ScenarioStats;

namespace Workbench.Ml.Tests.Scenarios;

public class LoanScenarioGeneratorTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    [Fact]
    public void DefaultOptions_ProduceTheAgrawalSchemaInRange()
    {
        var t = LoanScenarioGenerator.Generate(new LoanScenarioOptions { Rows = 20_000 });
        Assert.Equal(["date", "salary", "commission", "age", "elevel", "car", "zipcode", "hvalue", "hyears", "loan",
            "debt_ratio", "employment_years", "group", "default"], t.Columns.Select(c => c.Name));
        Assert.Equal(20_000, t.RowCount);
        Assert.Equal(Day(Start), t["date"].Numbers![0]);
        Assert.Equal(Day(Start.AddDays(365)), t["date"].Numbers![^1]);
        var salary = t["salary"].Numbers!;
        var commission = t["commission"].Numbers!;
        Assert.All(salary, s => Assert.InRange(s, 20_000, 150_000));
        Assert.All(Enumerable.Range(0, salary.Length), i =>
            Assert.True(salary[i] >= 75_000 ? commission[i] == 0 : commission[i] is >= 10_000 and <= 75_000));
        Assert.Equal(20, t["age"].Numbers!.Min()); Assert.Equal(80, t["age"].Numbers!.Max());
        Assert.Equal(4, t["elevel"].Numbers!.Max()); Assert.Equal(20, t["car"].Numbers!.Max());
        Assert.Equal(30, t["hyears"].Numbers!.Max());
        Assert.All(t["loan"].Numbers!, v => Assert.InRange(v, 0, 500_000));
        Assert.Equal(LoanColumns.Zipcodes, t["zipcode"].Strings!.Distinct().Order());
        Assert.Equal(["A", "B"], t["group"].Strings!.Distinct().Order());
        Assert.All(t["default"].Numbers!, v => Assert.True(v is 0 or 1));
    }

    [Fact]
    public void Hvalue_FollowsZipcode()
    {
        // Agrawal: hvalue is uniform in [0.5, 1.5] × (9 − zipcode) × 100,000.
        var t = LoanScenarioGenerator.Generate(new LoanScenarioOptions { Rows = 10_000 });
        var zip = t["zipcode"].Strings!;
        var hv = t["hvalue"].Numbers!;
        Assert.All(Enumerable.Range(0, zip.Length), i =>
        {
            var k = 9 - int.Parse(zip[i]!);
            Assert.InRange(hv[i], 50_000.0 * k, 150_000.0 * k);
        });
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.05)]
    [InlineData(0.2)]
    [InlineData(0.5)]
    public void BaseRate_DefaultRateWithinThreeStandardErrors(double rate)
    {
        // Bound: 3 × sqrt(p(1−p) × (1/n + 1/200,000)); the second term is the intercept's calibration sample.
        const int n = 200_000;
        var t = LoanScenarioGenerator.Generate(new LoanScenarioOptions { Rows = n, BaseRate = rate, Seed = 7 });
        var observed = t["default"].Numbers!.Average();
        var bound = 3 * Math.Sqrt(rate * (1 - rate) * (1.0 / n + 1.0 / 200_000));
        Assert.InRange(observed, rate - bound, rate + bound);
    }

    [Fact]
    public void SameSeed_GivesIdenticalTableAndADifferentSeedDiffers()
    {
        var options = new LoanScenarioOptions { Rows = 150_000, Seed = 11, Missing = new("age", 0.2, Start, Start.AddDays(30)) };
        var a = LoanScenarioGenerator.Generate(options);
        var b = LoanScenarioGenerator.Generate(options);
        var c = LoanScenarioGenerator.Generate(options with { Seed = 12 });
        foreach (var col in a.Columns)
        {
            if (col.Numbers is not null) Assert.Equal(col.Numbers, b[col.Name].Numbers!);
            else Assert.Equal(col.Strings, b[col.Name].Strings!);
        }
        Assert.NotEqual(a["salary"].Numbers!, c["salary"].Numbers!);
        Assert.NotEqual(a["default"].Numbers!, c["default"].Numbers!);
    }

    [Fact]
    public void Progress_ReachesOneAndCancellationStops()
    {
        var reports = new List<double>();
        LoanScenarioGenerator.Generate(new LoanScenarioOptions { Rows = 200_000 }, new SyncProgress(reports.Add));
        Assert.Equal(4, reports.Count);
        Assert.Equal(1.0, reports.Max());
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            LoanScenarioGenerator.Generate(new LoanScenarioOptions { Rows = 200_000 }, null, cts.Token));
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        private readonly Lock _gate = new();
        public void Report(double value) { lock (_gate) report(value); }
    }
}
