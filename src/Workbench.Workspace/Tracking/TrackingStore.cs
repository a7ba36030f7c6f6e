using Dapper;

namespace Workbench.Workspace.Tracking;

/// <summary>Experiments, runs, parameters, metrics, tags and artifacts in the workspace's <c>wb_</c> tables; each run
/// records the process that owns it and a heartbeat, so any host can tell cut-off runs from live ones.</summary>
public sealed partial class TrackingStore : ITrackingStore, IAsyncDisposable
{
    private readonly SqliteWorkspace _workspace;
    private readonly RunOwner _owner;
    private readonly Func<RunOwner, bool> _isAlive;

    /// <summary>A store for the runs of this process.</summary>
    public TrackingStore(SqliteWorkspace workspace) : this(workspace, RunOwner.Current, RunOwner.IsAlive) { }

    /// <summary>A store acting for <paramref name="owner"/>, with its own liveness check (a simulated restart in tests).</summary>
    internal TrackingStore(SqliteWorkspace workspace, RunOwner owner, Func<RunOwner, bool> isAlive)
    {
        _workspace = workspace;
        _owner = owner;
        _isAlive = isAlive;
    }

    /// <inheritdoc />
    /// <remarks><see cref="ExperimentInfo.RunCount"/> counts top-level runs (fold runs are part of their parent).</remarks>
    public async Task<IReadOnlyList<ExperimentInfo>> ListExperimentsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, string Name, string Created, long Runs)>(new CommandDefinition("""
            SELECT e.id, e.name, e.created,
                   (SELECT COUNT(*) FROM wb_runs r WHERE r.experiment_id = e.id AND r.parent_id IS NULL)
            FROM wb_experiments e ORDER BY e.name COLLATE NOCASE;
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new ExperimentInfo(r.Id, r.Name, TrackingTime.Parse(r.Created), (int)r.Runs)).ToList();
    }

    /// <inheritdoc />
    public async Task<RunInfo> StartRunAsync(NewRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        TrackingNames.Require(run.Experiment, "experiment name");
        TrackingNames.Require(run.Name, "run name");
        TrackingNames.Require(run.Source, "run source");
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        if (run.ParentId is not null
            && await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wb_runs WHERE id = @id;", new { id = run.ParentId }, transaction) == 0)
            throw new WorkspaceException($"The parent run '{run.ParentId}' does not exist; start the parent run first.");
        var now = TrackingTime.Now();
        await connection.ExecuteAsync("INSERT INTO wb_experiments(name, created) VALUES (@name, @now) ON CONFLICT(name) DO NOTHING;",
            new { name = run.Experiment, now }, transaction);
        var experimentId = await connection.ExecuteScalarAsync<long>("SELECT id FROM wb_experiments WHERE name = @name;",
            new { name = run.Experiment }, transaction);
        var id = await NewIdAsync(connection, transaction);
        await connection.ExecuteAsync("""
            INSERT INTO wb_runs(id, experiment_id, parent_id, name, status, started, dataset, dataset_fingerprint, task, trainer,
                                seed, app_version, source, owner_instance, owner_pid, owner_started, owner_ticks, heartbeat)
            VALUES (@id, @experimentId, @ParentId, @Name, @status, @now, @Dataset, @DatasetFingerprint, @Task, @Trainer,
                    @Seed, @appVersion, @Source, @instance, @pid, @ownerStarted, @ownerTicks, @now);
            """, new
        {
            id, experimentId, run.ParentId, run.Name, status = nameof(RunStatus.Running), now, run.Dataset, run.DatasetFingerprint,
            run.Task, run.Trainer, run.Seed, appVersion = RunRecords.AppVersion, run.Source, instance = _owner.Instance,
            pid = _owner.Pid, ownerStarted = TrackingTime.ToText(_owner.StartedUtc), ownerTicks = _owner.StartTicks,
        }, transaction);
        var info = (await RunRecords.QueryAsync(connection, RunRecords.Select + " WHERE r.id = @id;", new { id }, transaction, cancellationToken))[0];
        await transaction.CommitAsync(cancellationToken);
        StartHeartbeat();
        return info;
    }

    /// <inheritdoc />
    public async Task EndRunAsync(string runId, RunStatus status, string? error = null, CancellationToken cancellationToken = default)
    {
        if (status is not (RunStatus.Finished or RunStatus.Failed or RunStatus.Canceled))
            throw new WorkspaceException($"A run ends as Finished, Failed or Canceled, not {status}.");
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE wb_runs SET status = @status, ended = @now, error = @error WHERE id = @runId AND status = 'Running';",
            new { status = status.ToString(), now = TrackingTime.Now(), error, runId }, cancellationToken: cancellationToken));
        if (changed == 1) return;
        var current = await connection.ExecuteScalarAsync<string?>("SELECT status FROM wb_runs WHERE id = @runId;", new { runId });
        throw current is null ? RunRecords.NotFound(runId)
            : new WorkspaceException($"Run '{runId}' already ended as {current}; it cannot end again as {status}.");
    }

    /// <inheritdoc />
    /// <remarks>A run still running in a live process is refused too; one whose process is gone can be deleted.</remarks>
    public async Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var found = (await connection.QueryAsync<RunningRow>(
            "SELECT id AS Id, status AS Status, owner_instance AS Instance, owner_pid AS Pid, owner_started AS Started, " +
            "owner_ticks AS Ticks, heartbeat AS Heartbeat FROM wb_runs WHERE id = @runId;", new { runId }, transaction)).ToList();
        if (found.Count == 0) throw RunRecords.NotFound(runId);
        var owner = found[0];
        if (owner.Status == nameof(RunStatus.Running) && (owner.Instance == _owner.Instance || !IsGone(owner, DateTime.UtcNow)))
            throw new WorkspaceException($"Run '{runId}' is still running; cancel it (or let it end) before deleting it.");
        var registered = (await connection.QueryAsync<(string Model, long Version, string RunId)>("""
            WITH RECURSIVE tree(id) AS (SELECT @runId UNION ALL SELECT r.id FROM wb_runs r JOIN tree t ON r.parent_id = t.id)
            SELECT m.name, v.version, v.run_id FROM wb_model_versions v JOIN wb_models m ON m.id = v.model_id
            WHERE v.run_id IN (SELECT id FROM tree) ORDER BY m.name, v.version;
            """, new { runId }, transaction)).ToList();
        if (registered.Count > 0)
            throw new WorkspaceException($"Run '{runId}' cannot be deleted: it is registered as " +
                string.Join(", ", registered.Select(r => $"model '{r.Model}' version {r.Version}")) +
                ". Registered versions keep their runs; delete another run, or keep this one.");
        // Children, parameters, metrics, tags and artifacts go with it (ON DELETE CASCADE).
        await connection.ExecuteAsync("DELETE FROM wb_runs WHERE id = @runId;", new { runId }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<string> NewIdAsync(System.Data.IDbConnection connection, System.Data.IDbTransaction transaction)
    {
        while (true)
        {
            var id = RunIds.New();
            if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wb_runs WHERE id = @id;", new { id }, transaction) == 0)
                return id;
        }
    }
}
