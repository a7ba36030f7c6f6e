using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Tracking;

public sealed class ModelRegistryTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly TrackingStore _store;
    private readonly ModelRegistry _registry;

    public ModelRegistryTests()
    {
        _store = new TrackingStore(_temp.Workspace);
        _registry = new ModelRegistry(_temp.Workspace);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<string> FinishedRunAsync(bool withModel = true, RunStatus status = RunStatus.Finished)
    {
        var run = await _store.StartRunAsync(new NewRun("exp", "r", "cli"));
        if (withModel) await _store.SaveArtifactAsync(run.Id, RunArtifacts.Model, "application/zip", [1, 2]);
        await _store.EndRunAsync(run.Id, status);
        return run.Id;
    }

    [Fact]
    public async Task Register_NumbersVersionsPerName()
    {
        var (r1, r2, r3) = (await FinishedRunAsync(), await FinishedRunAsync(), await FinishedRunAsync());
        Assert.Equal(1, (await _registry.RegisterAsync("credit", r1)).Version);
        Assert.Equal(2, (await _registry.RegisterAsync("CREDIT", r2)).Version);
        var other = await _registry.RegisterAsync("churn", r3);
        Assert.Equal(("churn", 1, r3), (other.Name, other.Version, other.RunId));
        var versions = await _registry.ListVersionsAsync("credit");
        Assert.Equal([(2, r2), (1, r1)], versions.Select(v => (v.Version, v.RunId)));
        Assert.Equal("credit", versions[0].Name);
        var models = await _registry.ListModelsAsync();
        Assert.Equal([("churn", 1), ("credit", 2)], models.Select(m => (m.Name, m.LatestVersion)));
    }

    [Fact]
    public async Task Aliases_MoveBetweenVersionsAndResolve()
    {
        var runs = new[] { await FinishedRunAsync(), await FinishedRunAsync(), await FinishedRunAsync() };
        foreach (var run in runs) await _registry.RegisterAsync("credit", run);
        await _registry.SetAliasAsync("credit", "champion", 1);
        await _registry.SetAliasAsync("credit", "challenger", 2);
        await _registry.SetAliasAsync("credit", "champion", 2);
        Assert.Equal(runs[1], (await _registry.ResolveAsync("credit", "Champion")).RunId);
        Assert.Equal(runs[0], (await _registry.ResolveAsync("credit", "1")).RunId);
        Assert.Equal(3, (await _registry.ResolveAsync("credit", "latest")).Version);
        var v2 = (await _registry.ListVersionsAsync("credit")).Single(v => v.Version == 2);
        Assert.Equal(["challenger", "champion"], v2.Aliases);
        Assert.Equal(new Dictionary<string, int> { ["challenger"] = 2, ["champion"] = 2 }, (await _registry.ListModelsAsync())[0].Aliases);
        await _registry.RemoveAliasAsync("credit", "challenger");
        Assert.Equal(["champion"], (await _registry.ResolveAsync("credit", "2")).Aliases);
    }

    [Fact]
    public async Task Resolve_UnknownListsWhatExists()
    {
        await _registry.RegisterAsync("credit", await FinishedRunAsync());
        await _registry.RegisterAsync("credit", await FinishedRunAsync());
        await _registry.SetAliasAsync("credit", "prod", 1);
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _registry.ResolveAsync("credit", "staging"));
        Assert.Contains("Versions: 1, 2; aliases: prod (→ 1)", e.Message);
        var missing = await Assert.ThrowsAsync<WorkspaceException>(() => _registry.ResolveAsync("churn", "1"));
        Assert.Contains("no registered model 'churn'. Registered models: credit.", missing.Message);
        var version = await Assert.ThrowsAsync<WorkspaceException>(() => _registry.SetAliasAsync("credit", "x", 9));
        Assert.Contains("no version 9; its versions are 1, 2", version.Message);
        var alias = await Assert.ThrowsAsync<WorkspaceException>(() => _registry.RemoveAliasAsync("credit", "x"));
        Assert.Contains("its aliases are prod", alias.Message);
    }

    [Theory]
    [InlineData("with space")]
    [InlineData("latest")]
    [InlineData("42")]
    [InlineData("a;DROP")]
    [InlineData("")]
    public async Task BadAlias_Throws(string alias)
    {
        await _registry.RegisterAsync("credit", await FinishedRunAsync());
        await Assert.ThrowsAsync<WorkspaceException>(() => _registry.SetAliasAsync("credit", alias, 1));
        Assert.Equal(0, _temp.Scalar("SELECT COUNT(*) FROM wb_model_aliases;"));
    }

    [Fact]
    public async Task Register_RefusesRunsWithoutModelOrNotFinished()
    {
        var noModel = await Assert.ThrowsAsync<WorkspaceException>(async () => await _registry.RegisterAsync("m", await FinishedRunAsync(withModel: false)));
        Assert.Contains("no model.zip artifact", noModel.Message);
        var failed = await Assert.ThrowsAsync<WorkspaceException>(async () => await _registry.RegisterAsync("m", await FinishedRunAsync(status: RunStatus.Failed)));
        Assert.Contains("is Failed; only a Finished run", failed.Message);
        var running = await _store.StartRunAsync(new NewRun("exp", "r", "cli"));
        await Assert.ThrowsAsync<WorkspaceException>(() => _registry.RegisterAsync("m", running.Id));
        await Assert.ThrowsAsync<WorkspaceException>(() => _registry.RegisterAsync("m", "000000000000"));
        Assert.Empty(await _registry.ListModelsAsync());
    }

    [Fact]
    public async Task DeleteRun_RefusedWhileRegistered()
    {
        var run = await FinishedRunAsync();
        await _registry.RegisterAsync("credit", run);
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _store.DeleteRunAsync(run));
        Assert.Contains("registered as model 'credit' version 1", e.Message);
        Assert.NotNull(await _store.GetRunAsync(run));
    }
}
