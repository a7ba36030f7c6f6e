using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Tests.Tracking;

public sealed class TrackingStoreListTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly TrackingStore _store;

    public TrackingStoreListTests() => _store = new TrackingStore(_temp.Workspace);

    public void Dispose() => _temp.Dispose();

    private async Task<RunInfo> RunAsync(string experiment, string name, string trainer, string? parent = null, double? auc = null)
    {
        var run = await _store.StartRunAsync(new NewRun(experiment, name, "web", parent, "credit", null, "Binary", trainer, 1));
        await _store.LogParametersAsync(run.Id, new Dictionary<string, string> { ["trainer"] = trainer });
        if (auc is { } value)
            await _store.LogMetricsAsync(run.Id, [new("roc_auc", value, "test"), new("roc_auc", value - 0.1, "train"),
                new("roc_auc", value - 0.01, "cv"), new("roc_auc", 0.02, "cv_std"), new("roc_auc", 0.5, "fold", 0, "test")]);
        return run;
    }

    [Fact]
    public async Task List_NewestFirstWithParamsSummaryMetricsAndTags()
    {
        var first = await RunAsync("a", "first", "FastTree", auc: 0.8);
        var second = await RunAsync("a", "second", "LightGbm", auc: 0.9);
        await _store.SetTagsAsync(second.Id, new Dictionary<string, string> { ["stage"] = "review" });
        var rows = await _store.ListRunsAsync(new RunQuery());
        Assert.Equal([second.Id, first.Id], rows.Select(r => r.Run.Id));
        Assert.Equal("LightGbm", rows[0].Parameters["trainer"]);
        Assert.Equal("review", rows[0].Tags["stage"]);
        Assert.Empty(rows[1].Tags);
        Assert.Equal(new Dictionary<string, double> { ["test.roc_auc"] = 0.9, ["cv.roc_auc"] = 0.89, ["cv_std.roc_auc"] = 0.02 },
            rows[0].Metrics);
    }

    [Fact]
    public async Task List_ExcludesChildrenUnlessAsked()
    {
        var parent = await RunAsync("a", "parent", "FastTree");
        var child = await RunAsync("a", "fold 0", "FastTree", parent.Id);
        Assert.Equal([parent.Id], (await _store.ListRunsAsync(new RunQuery())).Select(r => r.Run.Id));
        var all = await _store.ListRunsAsync(new RunQuery(IncludeChildren: true));
        Assert.Equal([child.Id, parent.Id], all.Select(r => r.Run.Id));
        var detail = (await _store.GetRunDetailAsync(parent.Id))!;
        Assert.Equal(child.Id, Assert.Single(detail.Children).Id);
        Assert.Equal(parent.Id, detail.Children[0].ParentId);
    }

    [Fact]
    public async Task List_FiltersByExperimentStatusTextAndLimit()
    {
        var a1 = await RunAsync("a", "baseline", "MostFrequent");
        var a2 = await RunAsync("a", "boosted", "LightGbm");
        var b1 = await RunAsync("B", "forest", "FastForest");
        await _store.EndRunAsync(a1.Id, RunStatus.Finished);
        await _store.SetTagsAsync(b1.Id, new Dictionary<string, string> { ["note"] = "100%_sure" });
        Assert.Equal([a2.Id, a1.Id], (await _store.ListRunsAsync(new RunQuery("A"))).Select(r => r.Run.Id));
        Assert.Equal([a1.Id], (await _store.ListRunsAsync(new RunQuery(Status: RunStatus.Finished))).Select(r => r.Run.Id));
        Assert.Equal([a2.Id], (await _store.ListRunsAsync(new RunQuery(Text: "lightgbm"))).Select(r => r.Run.Id));
        Assert.Equal([b1.Id], (await _store.ListRunsAsync(new RunQuery(Text: "0%_s"))).Select(r => r.Run.Id));
        Assert.Equal([b1.Id], (await _store.ListRunsAsync(new RunQuery(Text: "%"))).Select(r => r.Run.Id));
        Assert.Equal(3, (await _store.ListRunsAsync(new RunQuery(Text: "credit"))).Count);
        Assert.Equal([b1.Id, a2.Id], (await _store.ListRunsAsync(new RunQuery(Limit: 2))).Select(r => r.Run.Id));
        Assert.Empty(await _store.ListRunsAsync(new RunQuery("nope")));
    }

    [Fact]
    public async Task HostileText_StoredVerbatimAndHarmless()
    {
        const string hostile = "x'); DROP TABLE wb_runs; -- \"<script>alert(1)</script>\" ☃";
        var run = await _store.StartRunAsync(new NewRun(hostile, hostile, "cli", Dataset: hostile, Trainer: hostile));
        await _store.LogParametersAsync(run.Id, new Dictionary<string, string> { [hostile] = hostile });
        await _store.SetTagsAsync(run.Id, new Dictionary<string, string> { [hostile] = hostile });
        await _store.LogMetricsAsync(run.Id, [new(hostile, 1, "test")]);
        await _store.SaveArtifactAsync(run.Id, hostile, hostile, [42]);
        var detail = (await _store.GetRunDetailAsync(run.Id))!;
        Assert.Equal((hostile, hostile, hostile), (detail.Run.Name, detail.Run.Experiment, detail.Run.Dataset));
        Assert.Equal(hostile, detail.Parameters[hostile]);
        Assert.Equal(hostile, detail.Tags[hostile]);
        Assert.Equal(hostile, detail.Metrics[0].Key);
        Assert.Equal(new RunArtifact(hostile, hostile, 1), detail.Artifacts[0]);
        Assert.Equal(run.Id, Assert.Single(await _store.ListRunsAsync(new RunQuery(hostile, Text: "DROP TABLE"))).Run.Id);
        Assert.Contains("wb_runs", _temp.Tables());
    }

    [Fact]
    public async Task Delete_CascadesToChildrenAndEverythingLogged()
    {
        var parent = await RunAsync("a", "parent", "FastTree", auc: 0.8);
        var child = await RunAsync("a", "fold", "FastTree", parent.Id, auc: 0.7);
        await _store.SetTagsAsync(child.Id, new Dictionary<string, string> { ["t"] = "v" });
        await _store.SaveArtifactAsync(parent.Id, "model.zip", "application/zip", [1]);
        var other = await RunAsync("a", "other", "FastTree", auc: 0.6);
        var running = await Assert.ThrowsAsync<WorkspaceException>(() => _store.DeleteRunAsync(parent.Id));
        Assert.Contains("still running", running.Message);
        await _store.EndRunAsync(parent.Id, RunStatus.Finished);
        await _store.DeleteRunAsync(parent.Id);
        Assert.Null(await _store.GetRunAsync(parent.Id));
        Assert.Null(await _store.GetRunAsync(child.Id));
        Assert.Equal(1, _temp.Scalar("SELECT COUNT(*) FROM wb_runs;"));
        Assert.Equal(0, _temp.Scalar($"SELECT COUNT(*) FROM wb_metrics WHERE run_id <> '{other.Id}';"));
        Assert.Equal(1, _temp.Scalar("SELECT COUNT(*) FROM wb_params;"));
        Assert.Equal(0, _temp.Scalar("SELECT COUNT(*) FROM wb_tags;") + _temp.Scalar("SELECT COUNT(*) FROM wb_artifacts;"));
        await Assert.ThrowsAsync<WorkspaceException>(() => _store.DeleteRunAsync(parent.Id));
    }
}
