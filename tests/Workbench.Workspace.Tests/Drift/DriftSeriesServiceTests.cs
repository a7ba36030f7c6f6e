using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;
using Workbench.Workspace.Drift;

namespace Workbench.Workspace.Tests.Drift;

public sealed class DriftSeriesServiceTests : IDisposable
{
    private static readonly DriftOptions Ks = new() { Test = DriftTestKind.Ks };
    private static readonly ReturnsColumn Returns = new("close", "return");

    private readonly TempWorkspace ws = new();

    public void Dispose() => ws.Dispose();

    private DriftSeriesService Service() => new(ws.Datasets);

    /// <summary>The built-in sp500 file (vega-datasets sp500-2000.csv, fetched at build time and copied to the output).</summary>
    private async Task ImportSp500Async() =>
        await ws.Datasets.ImportAsync("sp500", Path.Combine(AppContext.BaseDirectory, "Builtin", "Data", "sp500-2000.csv"), new ReadOptions(DataFormat.Csv));

    private static DriftSeriesRequest Yearly(int startMonth = 1) => new("sp500", "date",
        TimeWindows.Years(new DateOnly(2000, 1, 3), new DateOnly(2020, 4, 17), startMonth), WindowMode.Consecutive, Ks, ["return"], Returns: Returns);

    [Fact]
    public async Task Sp500YearlyReturns_MatchScipyKsBetweenNeighbours()
    {
        await ImportSp500Async();

        var result = await Service().RunAsync(Yearly());

        // /usr/bin/python3: d = pd.read_csv("sp500-2000.csv", parse_dates=["date"]); d["ret"] = d.close / d.close.shift(1) - 1
        // for each pair of neighbouring years a, b: stats.ks_2samp(d[d.date.dt.year == a].ret.dropna(), d[d.date.dt.year == b].ret.dropna())
        Assert.Equal(21, result.Windows.Count);
        Assert.Equal(20, result.Pairs.Count);
        var expected = new (string Ref, string Cur, int N, int M, double D, double P)[]
        {
            ("2000", "2001", 251, 248, 0.05225870710705565, 0.8589182965523272),
            ("2002", "2003", 252, 252, 0.15476190476190477, 0.004725463513219872),
            ("2007", "2008", 251, 253, 0.19640017007070532, 9.433666785103928e-05),
            ("2017", "2018", 251, 251, 0.20717131474103587, 3.96161688783381e-05),
            ("2018", "2019", 251, 252, 0.09620249162081831, 0.1827289485138488),
            ("2019", "2020", 252, 74, 0.24335049335049336, 0.001788294669164551),
        };
        foreach (var e in expected)
        {
            var pair = result.Pairs.Single(p => result.Windows[p.Reference].Label == e.Ref && result.Windows[p.Current].Label == e.Cur);
            var x = result.Column(pair, "return")!;
            Assert.Equal((e.N, e.M), (x.ReferenceRows, x.CurrentRows));
            Assert.Equal(e.D, x.Statistic, 1e-12);
            Assert.Equal(e.P, x.PValue!.Value, Math.Max(1e-9, e.P * 1e-6));
        }
        // 2000 loses its first day to the missing first return.
        Assert.Equal(1, result.Column(result.Pairs[0], "return")!.MissingReference);
        var covid = result.MostDrifted("return")!;
        Assert.Equal(("2019", "2020"), (result.Windows[covid.Reference].Label, result.Windows[covid.Current].Label));
    }

    [Fact]
    public async Task Sp500MarchToMarch_TheCovidWindowDriftsMost()
    {
        await ImportSp500Async();

        var result = await Service().RunAsync(Yearly(startMonth: 3));

        // /usr/bin/python3: windows [y-03-01, y+1-03-01); stats.ks_2samp(2019 window, 2020 window) on the returns
        var last = result.Pairs[^1];
        Assert.Equal(("2019-03…2020-02", "2020-03…2021-02"), (result.Windows[last.Reference].Label, result.Windows[last.Current].Label));
        var x = result.Column(last, "return")!;
        Assert.Equal((252, 34), (x.ReferenceRows, x.CurrentRows));
        Assert.Equal(0.39519140989729223, x.Statistic, 1e-12);
        Assert.Equal(0.00010035955511863272, x.PValue!.Value, 1e-9);
        var mid = result.Column(result.Pairs.Single(p => result.Windows[p.Reference].Label == "2002-03…2003-02"), "return")!;
        Assert.Equal(0.22189021691013722, mid.Statistic, 1e-12);
        Assert.Equal(5.6615661281694075e-06, mid.PValue!.Value, 1e-9);
        Assert.Same(last, result.MostDrifted("return"));
    }

    [Fact]
    public async Task UnknownDataset_ThrowsListingTheDatasets()
    {
        await ImportSp500Async();

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => Service().RunAsync(Yearly() with { Dataset = "stocks" }));

        Assert.Contains("no dataset named 'stocks'", e.Message);
        Assert.Contains("sp500", e.Message);
    }

    [Fact]
    public async Task TextColumnWithKs_IsRefusedWithTheReason()
    {
        await ws.Datasets.SaveAsync("t", TempWorkspace.Table("t", DataColumn.Numeric("day", ColumnType.Date, [18000, 18400]),
            DataColumn.Text("c", ColumnType.Categorical, ["a", "b"])), "test");
        var request = new DriftSeriesRequest("t", "day", TimeWindows.Years(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)),
            WindowMode.Consecutive, Ks, ["c"]);

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => Service().RunAsync(request));

        Assert.Contains("Column 'c' holds text", e.Message);
    }

    [Fact]
    public async Task UnknownColumn_IsRefused()
    {
        await ImportSp500Async();

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => Service().RunAsync(Yearly() with { Columns = ["price"], Returns = null }));

        Assert.Contains("has no column 'price'", e.Message);
    }
}
