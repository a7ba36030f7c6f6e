using Dapper;

namespace Workbench.Workspace.Tracking;

public sealed partial class TrackingStore
{
    /// <inheritdoc />
    /// <remarks>Only runs owned by another process instance whose process is gone are marked; runs of this process and
    /// of other live processes (the web server while the command line runs) are left alone.</remarks>
    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        var running = await connection.QueryAsync<(string Id, string Instance, long Pid, string Started)>(new CommandDefinition(
            "SELECT id, owner_instance, owner_pid, owner_started FROM wb_runs WHERE status = 'Running' AND owner_instance <> @instance;",
            new { instance = _owner.Instance }, cancellationToken: cancellationToken));
        var marked = 0;
        foreach (var run in running)
        {
            var owner = new RunOwner(run.Instance, (int)run.Pid, TrackingTime.Parse(run.Started));
            if (_isAlive(owner)) continue;
            marked += await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE wb_runs SET status = 'Interrupted', ended = @now, error = @error WHERE id = @id AND status = 'Running';",
                new
                {
                    now = TrackingTime.Now(), id = run.Id,
                    error = $"The process that ran it (pid {run.Pid}) stopped before the run ended, e.g. a server restart. " +
                        "Start the run again.",
                }, cancellationToken: cancellationToken));
        }
        return marked;
    }
}
