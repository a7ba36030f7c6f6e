using Dapper;

namespace Workbench.Workspace.Tracking;

public sealed partial class TrackingStore
{
    /// <summary>How often a process refreshes the heartbeat of its running runs.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private readonly Lock _heartbeatGate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _heartbeat;
    private long _startedRuns;

    /// <summary>Stops the heartbeat (the process is ending or the host is shutting down).</summary>
    public async ValueTask DisposeAsync()
    {
        Task? heartbeat;
        lock (_heartbeatGate)
        {
            if (_stopping.IsCancellationRequested) return;
            _stopping.Cancel();
            heartbeat = _heartbeat;
        }
        if (heartbeat is not null) await heartbeat;
        _stopping.Dispose();
    }

    /// <summary>Makes sure the heartbeat runs while this process has running runs.</summary>
    private void StartHeartbeat()
    {
        lock (_heartbeatGate)
        {
            _startedRuns++;
            if (_heartbeat is not null || _stopping.IsCancellationRequested) return;
            _heartbeat = Task.Run(BeatAsync);
        }
    }

    private async Task BeatAsync()
    {
        using var timer = new PeriodicTimer(HeartbeatInterval);
        long seen;
        lock (_heartbeatGate) seen = _startedRuns;
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                int beating;
                try
                {
                    await using var connection = await _workspace.OpenAsync(_stopping.Token);
                    beating = await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE wb_runs SET heartbeat = @now WHERE owner_instance = @instance AND status = 'Running';",
                        new { now = TrackingTime.Now(), instance = _owner.Instance }, cancellationToken: _stopping.Token));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    continue; // A busy or briefly unreachable file: the next beat tries again, well within the timeout.
                }
                lock (_heartbeatGate)
                {
                    // Stop when nothing runs, unless a run started since the last beat (its row may not have been visible).
                    if (beating > 0 || _startedRuns != seen) { seen = _startedRuns; continue; }
                    _heartbeat = null;
                    return;
                }
            }
        }
        catch (OperationCanceledException) { }
    }
}
