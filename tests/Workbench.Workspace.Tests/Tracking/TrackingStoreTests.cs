using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Tests.Tracking;

public sealed class TrackingStoreTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly TrackingStore _store;

    public TrackingStoreTests() => _store = new TrackingStore(_temp.Workspace);

    public void Dispose() => _temp.Dispose();

    private Task<RunInfo> StartAsync(string name = "run", string experiment = "exp", string? parent = null) =>
        _store.StartRunAsync(new NewRun(experiment, name, "cli", parent, "penguins", "abc123", "Binary", "LightGbm", 7));

    [Fact]
    public async Task StartRun_RecordsHeaderAndCreatesExperiment()
    {
        var before = DateTime.UtcNow;
        var run = await StartAsync();
        Assert.Matches("^[0-9a-f]{12}$", run.Id);
        Assert.Equal(RunStatus.Running, run.Status);
        Assert.Equal(("exp", "run", "penguins", "abc123", "Binary", "LightGbm", 7, "cli"),
            (run.Experiment, run.Name, run.Dataset, run.DatasetFingerprint, run.Task, run.Trainer, run.Seed, run.Source));
        Assert.InRange(run.StartedUtc, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(DateTimeKind.Utc, run.StartedUtc.Kind);
        Assert.Null(run.EndedUtc);
        Assert.StartsWith("0.1.0", run.AppVersion); // the workbench's version, not the test host's
        var experiments = await _store.ListExperimentsAsync();
        Assert.Equal("exp", Assert.Single(experiments).Name);
        Assert.Equal(1, experiments[0].RunCount);
    }

    [Fact]
    public async Task ExperimentName_IgnoresCaseAndKeepsFirstSpelling()
    {
        await StartAsync(experiment: "Credit");
        var second = await StartAsync(experiment: "CREDIT");
        Assert.Equal("Credit", second.Experiment);
        Assert.Equal(2, Assert.Single(await _store.ListExperimentsAsync()).RunCount);
    }

    [Theory]
    [InlineData("", "run", "experiment name is empty")]
    [InlineData("exp", "   ", "run name is empty")]
    [InlineData("exp", "line\nbreak", "control character")]
    public async Task BadNames_ThrowAndRecordNothing(string experiment, string name, string message)
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _store.StartRunAsync(new NewRun(experiment, name, "cli")));
        Assert.Contains(message, e.Message);
        Assert.Equal(0, _temp.Scalar("SELECT COUNT(*) FROM wb_runs;"));
    }

    [Fact]
    public async Task NameOver200Characters_Throws()
    {
        await _store.StartRunAsync(new NewRun("exp", new string('x', 200), "cli"));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _store.StartRunAsync(new NewRun("exp", new string('x', 201), "cli")));
        Assert.Contains("201 characters", e.Message);
    }

    [Fact]
    public async Task MissingParent_Throws()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => StartAsync(parent: "0123456789ab"));
        Assert.Contains("'0123456789ab' does not exist", e.Message);
    }

    [Fact]
    public async Task EndRun_SetsStatusErrorAndDuration()
    {
        var run = await StartAsync();
        await _store.EndRunAsync(run.Id, RunStatus.Failed, "boom");
        var ended = (await _store.GetRunAsync(run.Id))!;
        Assert.Equal(RunStatus.Failed, ended.Status);
        Assert.Equal("boom", ended.Error);
        Assert.NotNull(ended.EndedUtc);
        Assert.True(ended.Duration >= TimeSpan.Zero);
        var again = await Assert.ThrowsAsync<WorkspaceException>(() => _store.EndRunAsync(run.Id, RunStatus.Finished));
        Assert.Contains("already ended as Failed", again.Message);
    }

    [Fact]
    public async Task EndRun_RefusesRunningOrInterruptedAsEndStatus()
    {
        var run = await StartAsync();
        await Assert.ThrowsAsync<WorkspaceException>(() => _store.EndRunAsync(run.Id, RunStatus.Interrupted));
        await Assert.ThrowsAsync<WorkspaceException>(() => _store.EndRunAsync(run.Id, RunStatus.Running));
        Assert.Equal(RunStatus.Running, (await _store.GetRunAsync(run.Id))!.Status);
    }

    [Fact]
    public async Task UnknownRun_ReadsNullAndLoggingThrows()
    {
        Assert.Null(await _store.GetRunAsync("ffffffffffff"));
        Assert.Null(await _store.GetRunDetailAsync("ffffffffffff"));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            _store.LogParametersAsync("ffffffffffff", new Dictionary<string, string> { ["a"] = "1" }));
        Assert.Contains("no run 'ffffffffffff'", e.Message);
        await Assert.ThrowsAsync<WorkspaceException>(() => _store.EndRunAsync("ffffffffffff", RunStatus.Finished));
    }

    [Fact]
    public async Task Parameters_LatestValueWins()
    {
        var run = await StartAsync();
        await _store.LogParametersAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.1", ["leaves"] = "31" });
        await _store.LogParametersAsync(run.Id, new Dictionary<string, string> { ["lr"] = "0.05" });
        var detail = (await _store.GetRunDetailAsync(run.Id))!;
        Assert.Equal(new Dictionary<string, string> { ["leaves"] = "31", ["lr"] = "0.05" }, detail.Parameters);
    }

    [Fact]
    public async Task Tags_EmptyValueRemoves()
    {
        var run = await StartAsync();
        await _store.SetTagsAsync(run.Id, new Dictionary<string, string> { ["team"] = "a", ["note"] = "first" });
        await _store.SetTagsAsync(run.Id, new Dictionary<string, string> { ["note"] = "", ["team"] = "b" });
        Assert.Equal(new Dictionary<string, string> { ["team"] = "b" }, (await _store.GetRunDetailAsync(run.Id))!.Tags);
    }

    [Fact]
    public async Task Artifacts_StoreBytesAndReplaceByName()
    {
        var run = await StartAsync();
        var bytes = Enumerable.Range(0, 3_000_000).Select(i => (byte)(i * 31)).ToArray();
        await _store.SaveArtifactAsync(run.Id, "model.zip", "application/zip", [1, 2, 3]);
        await _store.SaveArtifactAsync(run.Id, "model.zip", "application/zip", bytes);
        Assert.Equal(bytes, await _store.ReadArtifactAsync(run.Id, "model.zip"));
        Assert.Null(await _store.ReadArtifactAsync(run.Id, "other.json"));
        var artifact = Assert.Single((await _store.GetRunDetailAsync(run.Id))!.Artifacts);
        Assert.Equal(new RunArtifact("model.zip", "application/zip", 3_000_000), artifact);
    }
}
