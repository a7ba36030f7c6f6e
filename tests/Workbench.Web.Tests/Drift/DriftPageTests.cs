using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Web.Datasets;
using Workbench.Web.Drift;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Drift;

namespace Workbench.Web.Tests.Drift;

public class DriftPageTests : WebTestContext
{
    private static readonly double[] Before = [1.2, 3.4, 2.2, 5.1, 0.3, 4.4, 2.9, 3.3];
    private static readonly double[] After = [2.5, 6.1, 4.8, 5.5, 3.9, 7.2, 4.1];

    public DriftPageTests() => Services.AddWorkbenchDrift();

    private async Task SaveAsync()
    {
        var store = Services.GetRequiredService<IDatasetStore>();
        await store.SaveAsync("before", new TabularData("before", [DataColumn.Numeric("x", ColumnType.Real, Before),
            DataColumn.Text("colour", ColumnType.Categorical, ["red", "blue", "red", "blue", "red", "blue", "red", "blue"])]), "test");
        await store.SaveAsync("after", new TabularData("after", [DataColumn.Numeric("x", ColumnType.Real, After),
            DataColumn.Text("colour", ColumnType.Categorical, ["red", "blue", "red", "blue", "red", "blue", "red"])]), "test");
    }

    private async Task<IRenderedComponent<Microsoft.AspNetCore.Components.IComponent>> RenderWithTwoDatasetsAsync()
    {
        await SaveAsync();
        var cut = RenderWithProviders<DriftPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponents<DatasetPicker>().Count), TimeSpan.FromSeconds(10));
        var pickers = cut.FindComponents<DatasetPicker>();
        await cut.InvokeAsync(() => pickers[0].Instance.ValueChanged.InvokeAsync("before"));
        await cut.InvokeAsync(() => pickers[1].Instance.ValueChanged.InvokeAsync("after"));
        return cut;
    }

    [Fact]
    public void EmptyWorkspace_ShowsTheEmptyStateAndADisabledButton()
    {
        var cut = RenderWithProviders<DriftPage>();

        Assert.NotNull(cut.Find("#drift-empty"));
        Assert.True(cut.Find("#drift-run").HasAttribute("disabled"));
    }

    [Fact]
    public async Task TwoDatasets_ShowTheTableSortedBySeverityAndTheColumnCharts()
    {
        var cut = await RenderWithTwoDatasetsAsync();

        cut.Click("#drift-run");

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#drift-table tbody tr")), TimeSpan.FromSeconds(10));
        var rows = cut.FindAll("#drift-table tbody tr");
        Assert.Equal(2, rows.Count);
        // x: /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([1.2,3.4,2.2,5.1,0.3,4.4,2.9,3.3],[2.5,6.1,4.8,5.5,3.9,7.2,4.1]))"
        // gives D = 0.6071, p = 0.0870; colour (4/8 vs 4/7 red) has a far larger p-value, so x comes first.
        var x = rows[0].Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("x real", x[0]);
        Assert.Equal("ks", x[1]);
        Assert.Contains("reference has 8 rows ≤ 1000", x[2]);
        Assert.Equal("0.6071", x[3]);
        Assert.Equal("0.0870", x[4]);
        Assert.Equal("p < 0.05", x[6]);
        Assert.Contains("stable", x[7]);
        Assert.StartsWith("colour", rows[1].Children[0].TextContent.Trim());
        Assert.Equal("z", rows[1].Children[1].TextContent.Trim());
        Assert.Contains("0 of 2 columns drifted", cut.Find("#drift-verdict").TextContent);

        // The most severe column is shown: its quantiles match numpy's, and both charts are drawn.
        Assert.Equal("x", cut.Find("#drift-detail-title").TextContent);
        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("#drift-quantiles tbody tr").Count), TimeSpan.FromSeconds(10));
        var quantiles = cut.FindAll("#drift-quantiles tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToList()).ToList();
        // /usr/bin/python3 -c "import numpy as np; print(np.quantile([1.2,3.4,2.2,5.1,0.3,4.4,2.9,3.3],[.05,.25,.5,.75,.95]))"
        Assert.Equal(["5 %", "0.615", "2.92", "+2.305"], quantiles[0]);
        Assert.Equal(["50 %", "3.1", "4.8", "+1.7"], quantiles[2]);
        Assert.NotNull(cut.Find("#drift-histogram"));
        Assert.NotNull(cut.Find("#drift-ecdf"));
        Assert.Contains("KS distance D = 0.6071 at 3.4", cut.Find("#drift-detail").TextContent);
    }

    [Fact]
    public async Task ClickingARow_ShowsThatColumn()
    {
        var cut = await RenderWithTwoDatasetsAsync();
        cut.Click("#drift-run");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("#drift-table tbody tr").Count), TimeSpan.FromSeconds(10));

        cut.FindAll("#drift-table tbody tr")[1].Click();

        cut.WaitForAssertion(() => Assert.Equal("colour", cut.Find("#drift-detail-title").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("#drift-ecdf"));
        Assert.Contains("numeric columns only", cut.Find("#drift-detail").TextContent);
    }

    [Fact]
    public async Task OneDatasetByDate_ComparesTheProposedHalves()
    {
        var days = Enumerable.Range(0, 60).Select(i => DateValues.ToDays(new DateTime(2020, 1, 1).AddDays(i))).ToArray();
        var values = Enumerable.Range(0, 60).Select(i => i < 30 ? i % 7 : (i - 30) % 5 + 1.5).ToArray();
        await Services.GetRequiredService<IDatasetStore>().SaveAsync("daily", new TabularData("daily",
            [DataColumn.Numeric("day", ColumnType.Date, days), DataColumn.Numeric("value", ColumnType.Real, values)]), "test");
        var cut = RenderWithProviders<DriftPage>();
        await cut.InvokeAsync(() => cut.FindComponent<MudRadioGroup<DriftSetupMode>>().Instance.ValueChanged.InvokeAsync(DriftSetupMode.Ranges));
        await cut.InvokeAsync(() => cut.FindComponent<DatasetPicker>().Instance.ValueChanged.InvokeAsync("daily"));

        cut.WaitForAssertion(() => Assert.Contains("Dates run from 2020-01-01 to 2020-02-29", cut.Markup), TimeSpan.FromSeconds(10));
        cut.Click("#drift-run");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("#drift-table tbody tr")), TimeSpan.FromSeconds(10));
        var row = cut.Find("#drift-table tbody tr").Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("value", row[0]);
        // First half 2020-01-01..2020-01-30 against 2020-01-31..2020-02-29:
        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([i%7 for i in range(30)],[i%5+1.5 for i in range(30)]))"
        // KstestResult(statistic=0.3333333333333333, pvalue=0.07088798787114439, ...)
        Assert.Equal("0.3333", row[3]);
        Assert.Equal("0.0709", row[4]);
        Assert.Contains("reference has 30 rows", row[2]);
    }

    /// <summary>Eight days in each month from January to April 2020: x is 1..8 in January and February, 11..18 after.</summary>
    private async Task SaveStepsAsync()
    {
        var days = new List<double>();
        var x = new List<double>();
        for (int m = 1; m <= 4; m++)
            for (int d = 1; d <= 8; d++)
            {
                days.Add(DateValues.ToDays(new DateTime(2020, m, d)));
                x.Add(d + (m >= 3 ? 10 : 0));
            }
        await Services.GetRequiredService<IDatasetStore>().SaveAsync("steps", new TabularData("steps",
            [DataColumn.Numeric("day", ColumnType.Date, [.. days]), DataColumn.Numeric("x", ColumnType.Real, [.. x])]), "test");
    }

    [Fact]
    public async Task SuccessiveMonths_ShowEveryPairWithTheStepMarked()
    {
        await SaveStepsAsync();
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        nav.NavigateTo("/drift?dataset=steps&windows=month");
        var cut = RenderWithProviders<DriftPage>();

        cut.WaitForAssertion(() => Assert.Contains("4 windows, 2020-01 to 2020-04: 3 comparisons", cut.Find("#drift-window-summary").TextContent), TimeSpan.FromSeconds(10));
        cut.Click("#drift-run");

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("#drift-series-table tbody tr").Count), TimeSpan.FromSeconds(10));
        var rows = cut.FindAll("#drift-series-table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        // 8 rows against 8: equal months give D = 0, p = 1; February against March (disjoint) D = 1, p = 2 / C(16, 8):
        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp(range(1,9), range(11,19)))" -> pvalue=0.00015540015540015537
        Assert.Equal(["2020-01", "2020-02", "8 / 8", "ks", "0", "1.0000", "stable"], rows[0]);
        Assert.Equal(["2020-02", "2020-03", "8 / 8", "ks", "1", "0.0002", "drifted"], rows[1]);
        Assert.Contains("2020-02 → 2020-03", cut.Find("#drift-pair-title").TextContent);
        Assert.NotNull(cut.Find("#drift-series-chart"));
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#drift-ecdf")), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task FixedReference_ComparesEveryMonthWithTheChosenOne()
    {
        await SaveStepsAsync();
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        nav.NavigateTo("/drift?dataset=steps&windows=month");
        var cut = RenderWithProviders<DriftPage>();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("#drift-window-summary")), TimeSpan.FromSeconds(10));

        await cut.InvokeAsync(() => cut.FindComponent<MudRadioGroup<Workbench.Ml.Drift.Windows.WindowMode>>().Instance
            .ValueChanged.InvokeAsync(Workbench.Ml.Drift.Windows.WindowMode.FixedReference));
        await cut.InvokeAsync(() => cut.FindComponents<MudSelect<int>>().Single(s => s.Instance.Label == "Reference window").Instance.ValueChanged.InvokeAsync(3));
        cut.WaitForAssertion(() => Assert.Contains("3 comparisons with the reference 2020-04", cut.Find("#drift-window-summary").TextContent), TimeSpan.FromSeconds(10));
        cut.Click("#drift-run");

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("#drift-series-table tbody tr").Count), TimeSpan.FromSeconds(10));
        var stats = cut.FindAll("#drift-series-table tbody tr").Select(r => (r.Children[0].TextContent.Trim(), r.Children[1].TextContent.Trim(), r.Children[4].TextContent.Trim())).ToList();
        Assert.Equal([("2020-04", "2020-01", "1"), ("2020-04", "2020-02", "1"), ("2020-04", "2020-03", "0")], stats);
    }

    [Fact]
    public async Task CustomRanges_StartWithTwoHalvesAndGrow()
    {
        await SaveStepsAsync();
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        nav.NavigateTo("/drift?dataset=steps&windows=year");
        var cut = RenderWithProviders<DriftPage>();
        cut.WaitForAssertion(() => Assert.Contains("The dates make only 1 window", cut.Find("#drift-window-summary").TextContent), TimeSpan.FromSeconds(10));
        Assert.True(cut.Find("#drift-run").HasAttribute("disabled"));

        await cut.InvokeAsync(() => cut.FindComponents<MudSelect<WindowCut>>().Single().Instance.ValueChanged.InvokeAsync(WindowCut.Custom));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindComponents<MudDateRangePicker>().Count), TimeSpan.FromSeconds(10));
        Assert.Contains("2 windows, 2020-01-01…2020-02-19 to 2020-02-20…2020-04-08", cut.Find("#drift-window-summary").TextContent);
        Assert.False(cut.Find("#drift-run").HasAttribute("disabled"));
        cut.Click("#drift-window-add");
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindComponents<MudDateRangePicker>().Count), TimeSpan.FromSeconds(10));
        Assert.Contains("3 windows", cut.Find("#drift-window-summary").TextContent);
    }

    [Fact]
    public async Task RefusedComparison_ShowsTheReasonInTheJob()
    {
        var store = Services.GetRequiredService<IDatasetStore>();
        await store.SaveAsync("numbers", new TabularData("numbers", [DataColumn.Numeric("x", ColumnType.Integer, [1, 2, 3])]), "test");
        await store.SaveAsync("words", new TabularData("words", [DataColumn.Text("x", ColumnType.Categorical, ["a", "b", "c"])]), "test");
        var cut = RenderWithProviders<DriftPage>();
        var pickers = cut.FindComponents<DatasetPicker>();
        await cut.InvokeAsync(() => pickers[0].Instance.ValueChanged.InvokeAsync("numbers"));
        await cut.InvokeAsync(() => pickers[1].Instance.ValueChanged.InvokeAsync("words"));

        cut.Click("#drift-run");

        cut.WaitForAssertion(() => Assert.Contains("Column 'x' is integer in the reference", cut.Find("#drift-job").TextContent), TimeSpan.FromSeconds(10));
        Assert.Empty(cut.FindAll("#drift-table"));
    }
}
