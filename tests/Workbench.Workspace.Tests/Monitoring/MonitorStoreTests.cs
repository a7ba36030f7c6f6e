using Workbench.Ml.Monitoring;
using Workbench.Workspace.Monitoring;

namespace Workbench.Workspace.Tests.Monitoring;

public sealed class MonitorStoreTests
{
    private static MonitoringReport Report(int batches) => new(
        new MonitoringBaseline(500, 0.25, "roc_auc", 0.81),
        Enumerable.Range(0, batches).Select(i => new MonitoredBatch(i, $"rows {i}", i == 0 ? null : 19_000 + i, 100,
            [new FeatureBatch("age", 0.01 * i, 40 + i, i == 0 ? null : 0.02 * i)],
            new OutputBatch(-0.5, 0.2, 0.3, [0.1, 0.2, 0.3, 0.4, 0.5]),
            i == 0 ? null : new PerformanceBatch("roc_auc", 0.8, 100, i + 2), 0.4, double.NaN)).ToList(),
        [new MonitoringAlert(1, 1, AlertKind.FeatureDrift, "age", 0.12, 0.1, "Batch 2: age drifted.")], 1);

    private static MonitorRequest Request(string name) =>
        new(name, "credit", "champion", "stream'; DROP TABLE wb_monitors; --", null,
            new MonitoringOptions(BatchBy.Month, "date", Label: "y", Thresholds: new MonitoringThresholds(Psi: 0.2)));

    [Fact]
    public async Task SaveThenGet_RoundTripsOptionsAndReport()
    {
        using var temp = new TempWorkspace();
        var store = new MonitorStore(temp.Workspace);
        var report = Report(3);

        var saved = await store.SaveAsync(Request("weekly"), 2, "0123456789ab", "credit-default", report, default);

        Assert.Equal("weekly", saved.Info.Name);
        Assert.Equal((2, "0123456789ab", 3, 1), (saved.Info.Version, saved.Info.RunId, saved.Info.Batches, saved.Info.Alerts));
        Assert.Equal("stream'; DROP TABLE wb_monitors; --", saved.Info.Stream); // stored as text, harmless
        Assert.Equal(BatchBy.Month, saved.Options.BatchBy);
        Assert.Equal(0.2, saved.Options.Limits.Psi);
        Assert.Equal(0.81, saved.Report.Baseline.Performance);
        Assert.Null(saved.Report.Batches[0].Performance);
        Assert.Equal(4, saved.Report.Batches[2].Performance!.AvailableAtBatch);
        Assert.True(double.IsNaN(saved.Report.Batches[1].LatencyP95Ms));
        Assert.Equal(AlertKind.FeatureDrift, saved.Report.Alerts[0].Kind);
        Assert.Equal([0.1, 0.2, 0.3, 0.4, 0.5], saved.Report.Batches[1].Output.ScoreQuantiles);
    }

    [Fact]
    public async Task SaveSameName_ReplacesAndListsOnce()
    {
        using var temp = new TempWorkspace();
        var store = new MonitorStore(temp.Workspace);
        await store.SaveAsync(Request("m"), 1, "aaaaaaaaaaaa", "r", Report(2), default);
        await store.SaveAsync(Request("M"), 3, "bbbbbbbbbbbb", "r", Report(5), default);

        var only = Assert.Single(await store.ListAsync(default));
        Assert.Equal((3, 5), (only.Version, only.Batches));
    }

    [Fact]
    public async Task Delete_RemovesAndReportsWhetherItExisted()
    {
        using var temp = new TempWorkspace();
        var store = new MonitorStore(temp.Workspace);
        await store.SaveAsync(Request("m"), 1, "aaaaaaaaaaaa", "r", Report(1), default);

        Assert.True(await store.DeleteAsync("m", default));
        Assert.False(await store.DeleteAsync("m", default));
        Assert.Null(await store.GetAsync("m", default));
    }
}
