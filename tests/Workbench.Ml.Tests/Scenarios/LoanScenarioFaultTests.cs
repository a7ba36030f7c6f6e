using Workbench.Ml.Data;
using Workbench.Ml.Scenarios;
using static Workbench.Ml.Tests.Scenarios.ScenarioStats;

namespace Workbench.Ml.Tests.Scenarios;

/// <summary>The data-quality faults appear where and when asked, and nowhere else. Share bounds are 3 × √(p(1−p)/n).</summary>
public class LoanScenarioFaultTests
{
    private const int N = 200_000;
    private static readonly DateOnly Start = new(2024, 1, 1), Mid = Start.AddDays(183), Last = Start.AddDays(365);

    private static TabularData Run(LoanScenarioOptions o) => LoanScenarioGenerator.Generate(o with { Rows = N, Seed = 5 });

    [Theory]
    [InlineData("salary")]
    [InlineData("zipcode")]
    [InlineData("group")]
    [InlineData("employment_years")]
    public void MissingSpike_HasTheShareInsideTheWindowAndNoneOutside(string column)
    {
        var from = Start.AddDays(50);
        var to = Start.AddDays(79);
        var t = Run(new LoanScenarioOptions { Missing = new(column, 0.25, from, to) });
        var c = t[column];
        var inside = Rows(t, from, to);
        var bound = 3 * ProportionSe(0.25, inside.Length);
        Assert.InRange(Share(inside, c.IsMissing), 0.25 - bound, 0.25 + bound);
        var outside = Enumerable.Range(0, N).Except(inside).ToArray();
        Assert.Equal(N - inside.Length, outside.Length);
        Assert.DoesNotContain(outside, c.IsMissing);
        Assert.All(t.Columns.Where(o => o.Name != column), o => Assert.DoesNotContain(Enumerable.Range(0, N), o.IsMissing));
    }

    [Fact]
    public void NewCategory_AppearsOnlyFromStartWithTheShare()
    {
        var t = Run(new LoanScenarioOptions { NewRegion = new(Mid, 0.1) });
        var zip = t["zipcode"].Strings!;
        var before = Rows(t, Start, Mid.AddDays(-1));
        var after = Rows(t, Mid, Last);
        Assert.DoesNotContain(before, i => zip[i] == "9");
        var bound = 3 * ProportionSe(0.1, after.Length);
        Assert.InRange(Share(after, i => zip[i] == "9"), 0.1 - bound, 0.1 + bound);
        var hv = t["hvalue"].Numbers!;
        Assert.All(after.Where(i => zip[i] == "9"), i => Assert.InRange(hv[i], 50_000, 150_000));
    }

    [Fact]
    public void UnitChange_DividesIncomeByThousandFromStartLeavingLabelsAlone()
    {
        var plain = Run(new LoanScenarioOptions());
        var t = Run(new LoanScenarioOptions { Unit = new(Mid) });
        var from = Rows(t, Mid, Last)[0];
        foreach (var name in new[] { "salary", "commission" })
        {
            var a = plain[name].Numbers!;
            var b = t[name].Numbers!;
            Assert.Equal(a[..from], b[..from]);
            Assert.All(Enumerable.Range(from, N - from), i => Assert.Equal(a[i] / 1000, b[i]));
        }
        Assert.InRange(t["salary"].Numbers![from..].Max(), 20, 150);
        Assert.True(t["salary"].Numbers![..from].Min() >= 20_000);
        Assert.Equal(plain["default"].Numbers!, t["default"].Numbers!);
    }

    [Fact]
    public void GroupShare_GivesTheShareOfGroupB()
    {
        var t = Run(new LoanScenarioOptions { GroupShare = 0.3 });
        var all = Enumerable.Range(0, N).ToArray();
        var g = t["group"].Strings!;
        var bound = 3 * ProportionSe(0.3, N);
        Assert.InRange(Share(all, i => g[i] == "B"), 0.3 - bound, 0.3 + bound);
    }
}
