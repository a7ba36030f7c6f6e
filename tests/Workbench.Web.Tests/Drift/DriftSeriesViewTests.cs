using Bunit;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;
using Workbench.Web.Drift;

namespace Workbench.Web.Tests.Drift;

public class DriftSeriesViewTests : WebTestContext
{
    private static double Day(int y, int m, int d) => DateValues.ToDays(new DateTime(y, m, d));

    /// <summary>x is 1..8 in January 2020 and 11..18 in March 2020; c alternates a/b; February and 2021 have no rows.</summary>
    private static DriftSeriesResult Result(params (DateOnly From, DateOnly To, string? Label)[] ranges)
    {
        var days = Enumerable.Range(1, 8).Select(d => Day(2020, 1, d)).Concat(Enumerable.Range(1, 8).Select(d => Day(2020, 3, d))).ToArray();
        var x = Enumerable.Range(1, 8).Select(v => (double)v).Concat(Enumerable.Range(11, 8).Select(v => (double)v)).ToArray();
        var c = Enumerable.Range(0, 16).Select(i => (string?)(i % 2 == 0 ? "a" : "b")).ToArray();
        var data = new TabularData("t", [DataColumn.Numeric("day", ColumnType.Date, days), DataColumn.Numeric("x", ColumnType.Real, x),
            DataColumn.Text("c", ColumnType.Categorical, c)]);
        return DriftSeries.Run(data, "day", TimeWindows.Custom(ranges), WindowMode.Consecutive, new DriftOptions());
    }

    private static readonly (DateOnly, DateOnly, string?)[] JanFebMar =
        [(new(2020, 1, 1), new(2020, 1, 31), "jan"), (new(2020, 2, 1), new(2020, 2, 29), "feb"), (new(2020, 3, 1), new(2020, 3, 31), "mar")];

    [Fact]
    public void EmptyWindow_ShowsItsProblemInTheTableAndAnAlert()
    {
        var cut = RenderWithProviders<DriftSeriesView>((nameof(DriftSeriesView.Result), Result(JanFebMar)));

        var rows = cut.FindAll("#drift-series-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Window feb (2020-02-01 to 2020-02-29) holds no rows", rows[0].TextContent);
        Assert.Contains("2 of 2 pairs could not be compared", cut.Find("#drift-series-problems").TextContent);
        Assert.Empty(cut.FindAll("#drift-pair-title"));
    }

    [Fact]
    public void MostDriftingColumn_IsShownFirstWithThePairInDetail()
    {
        var cut = RenderWithProviders<DriftSeriesView>((nameof(DriftSeriesView.Result),
            Result((new(2020, 1, 1), new(2020, 1, 31), "jan"), (new(2020, 3, 1), new(2020, 3, 31), "mar"), (new(2020, 1, 1), new(2020, 3, 31), "q1"))));

        // x: jan vs mar D = 1 (drifted), mar vs q1 D = 0.5; c (4 a, 4 b each month) never drifts.
        cut.WaitForAssertion(() => Assert.Contains("jan → mar", cut.Find("#drift-pair-title").TextContent), TimeSpan.FromSeconds(10));
        var cells = cut.FindAll("#drift-series-table tbody tr")[0].Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["jan", "mar", "8 / 8", "ks", "1", "0.0002", "drifted"], cells);
        Assert.Equal("x", cut.Find("#drift-detail-title").TextContent);
        Assert.Equal(2, cut.FindAll("#drift-table tbody tr").Count);
        Assert.NotNull(cut.Find("#drift-series-show"));
    }

    [Fact]
    public void ClickingAPair_ShowsThatPair()
    {
        var cut = RenderWithProviders<DriftSeriesView>((nameof(DriftSeriesView.Result),
            Result((new(2020, 1, 1), new(2020, 1, 31), "jan"), (new(2020, 3, 1), new(2020, 3, 31), "mar"), (new(2020, 1, 1), new(2020, 3, 31), "q1"))));

        cut.FindAll("#drift-series-table tbody tr")[1].Click();

        cut.WaitForAssertion(() => Assert.Contains("mar → q1", cut.Find("#drift-pair-title").TextContent), TimeSpan.FromSeconds(10));
        Assert.Contains("drift-selected", cut.FindAll("#drift-series-table tbody tr")[1].ClassName);
    }

    [Fact]
    public void PairTrace_MarksOnlyTheDriftedPairs()
    {
        var result = Result((new(2020, 1, 1), new(2020, 1, 31), "jan"), (new(2020, 3, 1), new(2020, 3, 31), "mar"), (new(2020, 3, 1), new(2020, 3, 31), "mar2"));

        var traces = DriftSeriesCharts.Series(result, "x", pValues: true);

        var drifted = (Plotly.Blazor.Traces.Scatter)traces[1];
        Assert.Equal(["jan → mar"], drifted.X!);
        var threshold = (Plotly.Blazor.Traces.Scatter)traces[2];
        Assert.Equal([0.05, 0.05], threshold.Y!);
        Assert.Equal(2, DriftSeriesCharts.Series(result, "x", pValues: false).Count);
    }
}
