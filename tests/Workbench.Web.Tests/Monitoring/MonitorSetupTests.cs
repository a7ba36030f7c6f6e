using MudBlazor.Extensions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Ml.Training;
using Workbench.Web.Datasets;
using Workbench.Web.Monitoring;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Monitoring;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Web.Tests.Monitoring;

public class MonitorSetupTests : WebTestContext
{
    /// <summary>y = 1 when x > 0; with a date column when asked.</summary>
    private static TabularData Table(int rows, bool withDate)
    {
        var random = new Random(7);
        var x = Enumerable.Range(0, rows).Select(_ => random.NextDouble() * 4 - 2).ToArray();
        var columns = new List<DataColumn>
        {
            DataColumn.Numeric("x", ColumnType.Real, x),
            DataColumn.Numeric("y", ColumnType.Integer, x.Select(v => v > 0 ? 1.0 : 0.0).ToArray()),
        };
        if (withDate) columns.Add(DataColumn.Numeric("day", ColumnType.Date, Enumerable.Range(0, rows).Select(i => 19_723.0 + i).ToArray()));
        return new TabularData("t", columns);
    }

    /// <summary>Two versions of "toy", with "champion" on version 1.</summary>
    private async Task RegisterAsync()
    {
        var datasets = Services.GetRequiredService<IDatasetStore>();
        var training = Services.GetRequiredService<ITrainingService>();
        var registry = Services.GetRequiredService<IModelRegistry>();
        await datasets.SaveAsync("plain", Table(300, withDate: false), "test");
        await datasets.SaveAsync("dated", Table(300, withDate: true), "test");
        for (var i = 0; i < 2; i++)
        {
            var run = await training.TrainAsync(new TrainingJobRequest("plain", new TrainingRequest(TaskKind.Binary, "y", ["x"], "LightGbm"),
                new SplitOptions(), 0, "setup", Source: "cli"));
            await registry.RegisterAsync("toy", run.RunId);
        }
        await registry.SetAliasAsync("toy", "champion", 1);
    }

    [Fact]
    public async Task NoRegisteredModel_ShowsTheEmptyStateWithTheDemoButton()
    {
        MonitoringDemoRequest? started = null;
        var cut = RenderWithProviders<MonitorSetup>(
            (nameof(MonitorSetup.DemoRequest), new MonitoringDemoRequest(StreamRows: 3_000, ReferenceRows: 1_000)),
            (nameof(MonitorSetup.OnDemo), Microsoft.AspNetCore.Components.EventCallback.Factory.Create<MonitoringDemoRequest>(this, r => started = r)));

        Assert.Contains("No registered model yet", cut.Find("#monitor-no-model").TextContent);
        Assert.Contains("3,000 loan applications", cut.Find("#monitor-demo").TextContent);
        Assert.Empty(cut.FindAll("#monitor-run"));
        await cut.InvokeAsync(() => cut.Find("#monitor-demo-run").Click());

        Assert.Equal(new MonitoringDemoRequest(3_000, 1_000), started);
    }

    [Fact]
    public async Task RegisteredModel_OffersVersionsAndAliasesStartingOnTheChampion()
    {
        await RegisterAsync();
        var cut = RenderWithProviders<MonitorSetup>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#monitor-setup")));

        var version = cut.FindComponents<MudSelect<string>>()[1];
        Assert.Equal("champion", version.Instance.GetState(x => x.Value));
        await cut.InvokeAsync(() => version.Instance.OpenMenu());

        var items = cut.FindAll(".mud-popover-open .mud-list-item").Select(i => i.TextContent.Trim()).ToList();
        Assert.Equal(["latest (v2)", "champion (v1)", "version 2", "version 1"], items);
        Assert.Empty(cut.FindAll("#monitor-no-model"));
    }

    [Fact]
    public async Task BatchByMonth_RequiresADateColumn()
    {
        await RegisterAsync();
        var cut = RenderWithProviders<MonitorSetup>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("#monitor-setup")));
        var stream = cut.FindComponents<DatasetPicker>()[0];
        var batchBy = cut.FindComponent<MudSelect<BatchBy>>();

        await cut.InvokeAsync(() => stream.Instance.ValueChanged.InvokeAsync("plain"));
        await cut.InvokeAsync(() => batchBy.Instance.ValueChanged.InvokeAsync(BatchBy.Month));

        Assert.Contains("Batching by month needs a date column, and 'plain' has none: batch by rows instead.", cut.Find("#monitor-validation").TextContent);
        Assert.True(cut.Find("#monitor-run").HasAttribute("disabled"));

        // A stream with a date column: the form picks it and monthly batches are fine, until the column is cleared.
        await cut.InvokeAsync(() => stream.Instance.ValueChanged.InvokeAsync("dated"));
        Assert.DoesNotContain("needs a date column", cut.Markup);
        Assert.False(cut.Find("#monitor-run").HasAttribute("disabled"));
        var timeColumn = cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Date column");
        await cut.InvokeAsync(() => timeColumn.Instance.ValueChanged.InvokeAsync(null));

        Assert.Contains("Batching by month needs a date column: choose one under Date column.", cut.Find("#monitor-validation").TextContent);
        Assert.True(cut.Find("#monitor-run").HasAttribute("disabled"));
    }
}
