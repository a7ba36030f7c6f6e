using System.Diagnostics;
using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Tests.Tracking;

public sealed class TrackingStoreLivenessTests : IDisposable
{
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    private static RunOwner Owner(int pid) => new(Guid.NewGuid().ToString("N"), pid, new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc));

    [Fact]
    public async Task RunListAndRunDetail_MarkADeadOwnersRunWithoutARestart()
    {
        var killed = new TrackingStore(_temp.Workspace, Owner(1111), _ => true);
        var parent = await killed.StartRunAsync(new NewRun("exp", "cv", "cli"));
        var fold = await killed.StartRunAsync(new NewRun("exp", "fold 1", "cli", ParentId: parent.Id));
        var live = await new TrackingStore(_temp.Workspace, Owner(3333), _ => true).StartRunAsync(new NewRun("exp", "web", "web"));
        var viewer = new TrackingStore(_temp.Workspace, Owner(2222), owner => owner.Pid != 1111);

        var rows = await viewer.ListRunsAsync(new RunQuery("exp", IncludeChildren: true));

        Assert.Equal(RunStatus.Interrupted, rows.Single(r => r.Run.Id == parent.Id).Run.Status);
        Assert.Equal(RunStatus.Interrupted, rows.Single(r => r.Run.Id == fold.Id).Run.Status);
        Assert.Equal(RunStatus.Running, rows.Single(r => r.Run.Id == live.Id).Run.Status);

        var other = await new TrackingStore(_temp.Workspace, Owner(4444), _ => true).StartRunAsync(new NewRun("exp", "other", "cli"));
        var detail = await new TrackingStore(_temp.Workspace, Owner(5555), owner => owner.Pid != 4444).GetRunDetailAsync(other.Id);
        Assert.Equal(RunStatus.Interrupted, detail!.Run.Status);
        Assert.Contains("pid 4444", detail.Run.Error);
    }

    [Fact]
    public async Task StaleHeartbeat_MarksTheRunEvenWhenItsProcessCannotBeChecked()
    {
        var away = new TrackingStore(_temp.Workspace, Owner(1111), _ => true);
        var stale = await away.StartRunAsync(new NewRun("exp", "stale", "cli"));
        var fresh = await away.StartRunAsync(new NewRun("exp", "fresh", "cli"));
        var old = DateTime.UtcNow - TrackingStore.HeartbeatTimeout - TimeSpan.FromMinutes(1);
        _temp.Scalar($"UPDATE wb_runs SET heartbeat = '{old:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}' WHERE id = '{stale.Id}'; SELECT 0;");

        var marked = await new TrackingStore(_temp.Workspace, Owner(2222), _ => true).MarkInterruptedAsync();

        Assert.Equal(1, marked);
        Assert.Equal(RunStatus.Interrupted, (await away.GetRunAsync(stale.Id))!.Status);
        Assert.Equal(RunStatus.Running, (await away.GetRunAsync(fresh.Id))!.Status);
    }

    [Fact]
    public async Task RealStore_RecordsStartTicksAndAHeartbeat()
    {
        await using var store = new TrackingStore(_temp.Workspace);
        var run = await store.StartRunAsync(new NewRun("exp", "r", "cli"));

        Assert.Equal(0, _temp.Scalar($"SELECT COUNT(*) FROM wb_runs WHERE id = '{run.Id}' AND heartbeat IS NULL;"));
        if (OperatingSystem.IsLinux())
        {
            var ticks = _temp.Scalar($"SELECT owner_ticks FROM wb_runs WHERE id = '{run.Id}';");
            Assert.Equal(RunOwner.Current.StartTicks, ticks);
            Assert.True(ticks > 0);
        }
    }

    [Fact]
    public void KilledChildProcess_IsGoneAndAReusedStartTickIsNotAlive()
    {
        using var child = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var started = child.StartTime.ToUniversalTime();
        long? ticks = OperatingSystem.IsLinux() ? RunOwner.ProcStat.Read(child.Id)!.Value.StartTicks : null;
        var owner = new RunOwner("child", child.Id, started, ticks);
        Assert.True(RunOwner.IsAlive(owner));
        if (ticks is { } t) Assert.False(RunOwner.IsAlive(owner with { StartTicks = t + 1 }));

        child.Kill();
        child.WaitForExit();

        Assert.False(RunOwner.IsAlive(owner));
    }
}
