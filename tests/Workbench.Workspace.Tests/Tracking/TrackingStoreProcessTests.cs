using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Tests.Tracking;

public sealed class TrackingStoreProcessTests : IDisposable
{
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    private static RunOwner Owner(int pid) => new(Guid.NewGuid().ToString("N"), pid, new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task Restart_MarksDeadOwnersRunsInterrupted()
    {
        var before = new TrackingStore(_temp.Workspace, Owner(1111), _ => true);
        var cut = await before.StartRunAsync(new NewRun("exp", "cut off", "web"));
        var done = await before.StartRunAsync(new NewRun("exp", "done", "web"));
        await before.EndRunAsync(done.Id, RunStatus.Finished);

        var after = new TrackingStore(_temp.Workspace, Owner(2222), owner => owner.Pid != 1111);
        Assert.Equal(1, await after.MarkInterruptedAsync());
        var run = (await after.GetRunAsync(cut.Id))!;
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.NotNull(run.EndedUtc);
        Assert.Contains("pid 1111", run.Error);
        Assert.Equal(RunStatus.Finished, (await after.GetRunAsync(done.Id))!.Status);
        Assert.Equal(0, await after.MarkInterruptedAsync());
        await Assert.ThrowsAsync<WorkspaceException>(() => before.EndRunAsync(cut.Id, RunStatus.Finished));
    }

    [Fact]
    public async Task DeadOwnersRunningRun_CanBeDeleted()
    {
        var before = new TrackingStore(_temp.Workspace, Owner(1111), _ => true);
        var stale = await before.StartRunAsync(new NewRun("exp", "stale", "web"));
        var after = new TrackingStore(_temp.Workspace, Owner(2222), owner => owner.Pid != 1111);
        await after.DeleteRunAsync(stale.Id);
        Assert.Null(await after.GetRunAsync(stale.Id));
    }

    [Fact]
    public async Task LiveOwnerAndOwnRuns_AreLeftRunning()
    {
        var web = new TrackingStore(_temp.Workspace, Owner(3333), _ => true);
        var live = await web.StartRunAsync(new NewRun("exp", "web run", "web"));
        var cli = new TrackingStore(_temp.Workspace, Owner(4444), owner => owner.Pid == 3333);
        var own = await cli.StartRunAsync(new NewRun("exp", "cli run", "cli"));
        Assert.Equal(0, await cli.MarkInterruptedAsync());
        Assert.Equal(RunStatus.Running, (await cli.GetRunAsync(live.Id))!.Status);
        Assert.Equal(RunStatus.Running, (await cli.GetRunAsync(own.Id))!.Status);
    }

    [Fact]
    public void RealLiveness_CurrentProcessAliveAndReusedPidNot()
    {
        Assert.True(RunOwner.IsAlive(RunOwner.Current));
        Assert.False(RunOwner.IsAlive(RunOwner.Current with { StartedUtc = RunOwner.Current.StartedUtc.AddHours(-3) }));
        Assert.False(RunOwner.IsAlive(new RunOwner("x", int.MaxValue, DateTime.UtcNow)));
    }

    [Fact]
    public async Task RealStore_RecordsThisProcessAsOwner()
    {
        var run = await new TrackingStore(_temp.Workspace).StartRunAsync(new NewRun("exp", "r", "cli"));
        Assert.Equal(Environment.ProcessId, _temp.Scalar($"SELECT owner_pid FROM wb_runs WHERE id = '{run.Id}';"));
        Assert.Equal(0, await new TrackingStore(_temp.Workspace).MarkInterruptedAsync());
    }

    [Fact]
    public async Task TwoStoresOnOneFile_WriteConcurrently()
    {
        var first = new TrackingStore(new SqliteWorkspace(_temp.Workspace.Path));
        var second = new TrackingStore(new SqliteWorkspace(_temp.Workspace.Path));
        async Task WorkAsync(TrackingStore store, string name)
        {
            for (var i = 0; i < 20; i++)
            {
                var run = await store.StartRunAsync(new NewRun("shared", $"{name} {i}", "cli"));
                await store.LogMetricsAsync(run.Id, [new("rmse", i, "test")]);
                await store.LogParametersAsync(run.Id, new Dictionary<string, string> { ["i"] = i.ToString() });
                await store.EndRunAsync(run.Id, RunStatus.Finished);
            }
        }
        await Task.WhenAll(Task.Run(() => WorkAsync(first, "a")), Task.Run(() => WorkAsync(second, "b")));
        var rows = await first.ListRunsAsync(new RunQuery("shared"));
        Assert.Equal(40, rows.Count);
        Assert.All(rows, r => Assert.Equal(RunStatus.Finished, r.Run.Status));
        Assert.Equal(40, rows.Select(r => r.Run.Id).Distinct().Count());
        using var connection = _temp.Workspace.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }
}
