using Dapper;

namespace Workbench.Workspace.Tracking;

public sealed partial class TrackingStore
{
    /// <summary>A running run whose owner wrote no heartbeat for this long counts as cut off, even when its process
    /// cannot be checked (another operating system, another machine sharing the file).</summary>
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    /// <remarks>Only runs owned by another process instance are marked, and only when that owner is gone: no process
    /// with its pid and start time, or no heartbeat within <see cref="HeartbeatTimeout"/>. Runs of this process and of
    /// other live processes (the web server while the command line runs) are left alone.</remarks>
    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        var running = await connection.QueryAsync<RunningRow>(new CommandDefinition(
            "SELECT id AS Id, status AS Status, owner_instance AS Instance, owner_pid AS Pid, owner_started AS Started, " +
            "owner_ticks AS Ticks, heartbeat AS Heartbeat FROM wb_runs WHERE status = 'Running' AND owner_instance <> @instance;",
            new { instance = _owner.Instance }, cancellationToken: cancellationToken));
        var now = DateTime.UtcNow;
        var marked = 0;
        foreach (var run in running)
        {
            if (!IsGone(run, now)) continue;
            marked += await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE wb_runs SET status = 'Interrupted', ended = @now, error = @error WHERE id = @id AND status = 'Running';",
                new
                {
                    now = TrackingTime.Now(), id = run.Id,
                    error = $"The process that ran it (pid {run.Pid}) stopped before the run ended, e.g. it was killed or " +
                        "the server restarted. Start the run again.",
                }, cancellationToken: cancellationToken));
        }
        return marked;
    }

    /// <summary>Marks cut-off runs before a read shows statuses, so a run whose process was killed shows as
    /// Interrupted at once; a busy workspace only postpones that to the next read.</summary>
    private async Task SweepInterruptedAsync(CancellationToken cancellationToken)
    {
        try { await MarkInterruptedAsync(cancellationToken); }
        catch (Exception e) when (WorkspaceErrors.IsBusy(e)) { }
    }

    private bool IsGone(RunningRow run, DateTime now)
    {
        if (run.Heartbeat is { } beat && now - TrackingTime.Parse(beat) > HeartbeatTimeout) return true;
        return !_isAlive(new RunOwner(run.Instance, (int)run.Pid, TrackingTime.Parse(run.Started), run.Ticks));
    }

    /// <summary>A run's status and owner, as stored.</summary>
    internal sealed record RunningRow(string Id, string Status, string Instance, long Pid, string Started, long? Ticks, string? Heartbeat);
}
