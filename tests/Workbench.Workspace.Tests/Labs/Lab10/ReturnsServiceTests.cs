using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Labs.Lab10;

namespace Workbench.Workspace.Tests.Labs.Lab10;

public sealed class ReturnsServiceTests : IDisposable
{
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sp500_SummarisesTheDailyReturnsWithTheWorstAndBestDay()
    {
        await BuiltinInstaller.InstallAsync(_temp.Datasets, "sp500");

        var summary = await new ReturnsService(_temp.Datasets).SummariseAsync(new ReturnsSource("sp500", "date", "close"));

        // /usr/bin/python3: d = pd.read_csv("sp500-2000.csv").sort_values("date"); r = d.close / d.close.shift(1) - 1
        // -> 5104 returns, 2000-01-04 .. 2020-04-17, min 2020-03-16 -0.11984, max 2008-10-13 +0.11580
        Assert.Equal("5,104 daily returns from 2000-01-04 to 2020-04-17. Worst day 2020-03-16 (−11.98 %), best day 2008-10-13 (+11.58 %).",
            summary.Describe());
        Assert.Equal(5104, summary.Returns.Count);
        Assert.Equal(-0.11984055248695646, summary.Returns[summary.Worst], 12);
        Assert.Equal(0.11580036960722695, summary.Returns[summary.Best], 12);
        Assert.True(summary.Days.Zip(summary.Days.Skip(1)).All(p => p.First < p.Second), "days are not in date order");
    }

    [Fact]
    public async Task OnePrice_HasNoReturns()
    {
        await _temp.Datasets.SaveAsync("one", TempWorkspace.Table("one",
            DataColumn.Numeric("date", ColumnType.Date, [DateValues.ToDays(new DateTime(2020, 1, 2))]),
            DataColumn.Numeric("close", ColumnType.Real, [100.0])), "test");

        var e = await Assert.ThrowsAsync<DriftException>(() => new ReturnsService(_temp.Datasets).SummariseAsync(new ReturnsSource("one", "date", "close")));
        Assert.Equal("Dataset 'one' has fewer than two prices, so it has no returns.", e.Message);
    }
}
