using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Tests.Tracking;

public sealed class TrackingStoreMetricsTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly TrackingStore _store;

    public TrackingStoreMetricsTests() => _store = new TrackingStore(_temp.Workspace);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FoldMetrics_KeptPerFoldAndSubset()
    {
        var run = await _store.StartRunAsync(new NewRun("exp", "cv", "cli"));
        await _store.LogMetricsAsync(run.Id, [
            new("accuracy", 0.9, "fold", 0, "train"), new("accuracy", 0.8, "fold", 0, "test"),
            new("accuracy", 0.7, "fold", 1, "test"), new("accuracy", 0.75, "cv"), new("accuracy", 0.05, "cv_std"),
            new("accuracy", 0.85, "test")]);
        await _store.LogMetricsAsync(run.Id, [new("accuracy", 0.72, "fold", 1, "test")]);
        var metrics = (await _store.GetRunDetailAsync(run.Id))!.Metrics;
        Assert.Equal(6, metrics.Count);
        Assert.Equal(0.72, metrics.Single(m => m is { Split: "fold", Fold: 1, Subset: "test" }).Value);
        Assert.Equal(0.9, metrics.Single(m => m is { Split: "fold", Fold: 0, Subset: "train" }).Value);
        Assert.Equal(0.85, metrics.Single(m => m is { Split: "test", Fold: null, Subset: null }).Value);
    }

    [Fact]
    public async Task NaNMetric_RoundTripsAsNaN()
    {
        var run = await _store.StartRunAsync(new NewRun("exp", "r", "cli"));
        await _store.LogMetricsAsync(run.Id, [new("cohen_kappa", double.NaN, "test")]);
        Assert.True(double.IsNaN(Assert.Single((await _store.GetRunDetailAsync(run.Id))!.Metrics).Value));
    }

    [Theory]
    [InlineData("holdout", null, null, "use one of train, validation, test, cv, cv_std, fold")]
    [InlineData("fold", null, "test", "needs a fold number")]
    [InlineData("fold", 0, "valid", "needs a fold number")]
    [InlineData("test", 2, null, "only split \"fold\"")]
    public async Task BadSplit_ThrowsAndWritesNothing(string split, int? fold, string? subset, string message)
    {
        var run = await _store.StartRunAsync(new NewRun("exp", "r", "cli"));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            _store.LogMetricsAsync(run.Id, [new("rmse", 1, "test"), new("rmse", 2, split, fold, subset)]));
        Assert.Contains(message, e.Message);
        Assert.Equal(0, _temp.Scalar("SELECT COUNT(*) FROM wb_metrics;"));
    }
}
