using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Workbench.Workspace.Tracking;

public sealed partial class TrackingStore
{
    /// <summary>Most runs one list returns.</summary>
    public const int MaxListLimit = 5000;

    private const string NewestFirst = " ORDER BY r.started DESC, r.rowid DESC";

    /// <inheritdoc />
    public async Task<RunInfo?> GetRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        var runs = await RunRecords.QueryAsync(connection, RunRecords.Select + " WHERE r.id = @runId;", new { runId }, null, cancellationToken);
        return runs.FirstOrDefault();
    }

    /// <inheritdoc />
    /// <remarks>Runs cut off by a process that is gone are marked Interrupted first.</remarks>
    public async Task<RunDetail?> GetRunDetailAsync(string runId, CancellationToken cancellationToken = default)
    {
        await SweepInterruptedAsync(cancellationToken);
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var args = new { runId };
        var run = (await RunRecords.QueryAsync(connection, RunRecords.Select + " WHERE r.id = @runId;", args, transaction, cancellationToken))
            .FirstOrDefault();
        if (run is null) return null;
        var parameters = await PairsAsync(connection, transaction, "SELECT name, value FROM wb_params WHERE run_id = @runId ORDER BY name;", args);
        var tags = await PairsAsync(connection, transaction, "SELECT name, value FROM wb_tags WHERE run_id = @runId ORDER BY name;", args);
        var metrics = (await connection.QueryAsync<(string Key, string Split, long Fold, string Subset, double? Value)>(
            "SELECT key, split, fold, subset, value FROM wb_metrics WHERE run_id = @runId ORDER BY split, fold, subset, key;", args, transaction))
            .Select(m => new RunMetric(m.Key, m.Value ?? double.NaN, m.Split, m.Fold < 0 ? null : (int)m.Fold, m.Subset == "" ? null : m.Subset))
            .ToList();
        var artifacts = (await connection.QueryAsync<(string Name, string MediaType, long Bytes)>(
            "SELECT name, media_type, bytes FROM wb_artifacts WHERE run_id = @runId ORDER BY name;", args, transaction))
            .Select(a => new RunArtifact(a.Name, a.MediaType, a.Bytes)).ToList();
        var children = await RunRecords.QueryAsync(connection,
            RunRecords.Select + " WHERE r.parent_id = @runId ORDER BY r.started, r.rowid;", args, transaction, cancellationToken);
        return new RunDetail(run, parameters, metrics, tags, artifacts, children);
    }

    /// <inheritdoc />
    /// <remarks>Four queries in all, whatever the number of runs: the runs, then the parameters, summary metrics and
    /// tags of exactly those runs (the same filter as a subquery), read with plain data readers. Runs cut off by a
    /// process that is gone are marked Interrupted first.</remarks>
    public async Task<IReadOnlyList<RunRow>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await SweepInterruptedAsync(cancellationToken);
        var (where, args) = Filter(query);
        var limited = where + NewestFirst + " LIMIT @limit";
        var ids = "SELECT r.id FROM wb_runs r JOIN wb_experiments e ON e.id = r.experiment_id" + limited;
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var runs = await RunRecords.QueryAsync(connection, RunRecords.Select + limited + ";", new DynamicParameters(args), transaction,
            cancellationToken);
        var parameters = new Dictionary<string, Dictionary<string, string>>();
        var tags = new Dictionary<string, Dictionary<string, string>>();
        var metrics = new Dictionary<string, Dictionary<string, double>>();
        await ReadAsync(connection, transaction, $"SELECT run_id, name, value FROM wb_params WHERE run_id IN ({ids}) ORDER BY name;", args,
            reader => Group(parameters, reader.GetString(0))[reader.GetString(1)] = reader.GetString(2), cancellationToken);
        await ReadAsync(connection, transaction, $"SELECT run_id, name, value FROM wb_tags WHERE run_id IN ({ids}) ORDER BY name;", args,
            reader => Group(tags, reader.GetString(0))[reader.GetString(1)] = reader.GetString(2), cancellationToken);
        var splits = MetricSplits.Summary.Select((split, i) => KeyValuePair.Create("split" + i, (object)split)).ToList();
        await ReadAsync(connection, transaction, "SELECT run_id, key, split, value FROM wb_metrics WHERE fold = -1 AND split IN (" +
            string.Join(", ", splits.Select(s => "@" + s.Key)) + $") AND run_id IN ({ids}) ORDER BY key;", [.. args, .. splits],
            reader => Group(metrics, reader.GetString(0))[MetricSplits.SummaryKey(reader.GetString(2), reader.GetString(1))] =
                reader.IsDBNull(3) ? double.NaN : reader.GetDouble(3), cancellationToken);
        return runs.Select(run => new RunRow(run, Lookup(parameters, run.Id), Lookup(metrics, run.Id), Lookup(tags, run.Id))).ToList();
    }

    private static (string Where, Dictionary<string, object> Args) Filter(RunQuery query)
    {
        var conditions = new List<string>();
        var args = new Dictionary<string, object> { ["limit"] = Math.Clamp(query.Limit, 1, MaxListLimit) };
        if (!query.IncludeChildren) conditions.Add("r.parent_id IS NULL");
        if (query.Experiment is not null) { conditions.Add("e.name = @experiment"); args["experiment"] = query.Experiment; }
        if (query.Status is { } status) { conditions.Add("r.status = @status"); args["status"] = status.ToString(); }
        if (!string.IsNullOrEmpty(query.Text))
        {
            conditions.Add("""
                (r.name LIKE @text ESCAPE '\' OR r.trainer LIKE @text ESCAPE '\' OR r.dataset LIKE @text ESCAPE '\'
                 OR EXISTS (SELECT 1 FROM wb_tags t WHERE t.run_id = r.id AND (t.name LIKE @text ESCAPE '\' OR t.value LIKE @text ESCAPE '\')))
                """);
            args["text"] = "%" + query.Text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        }
        return (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions), args);
    }

    private static async Task ReadAsync(SqliteConnection connection, SqliteTransaction transaction, string sql,
        IEnumerable<KeyValuePair<string, object>> args, Action<SqliteDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in args) command.Parameters.AddWithValue("@" + name, value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) row(reader);
    }

    private static Dictionary<string, T> Group<T>(Dictionary<string, Dictionary<string, T>> groups, string runId)
    {
        if (!groups.TryGetValue(runId, out var group)) groups[runId] = group = [];
        return group;
    }

    private static async Task<Dictionary<string, string>> PairsAsync(IDbConnection connection, IDbTransaction transaction, string sql, object args)
    {
        var pairs = new Dictionary<string, string>();
        foreach (var (name, value) in await connection.QueryAsync<(string, string)>(sql, args, transaction)) pairs[name] = value;
        return pairs;
    }

    private static IReadOnlyDictionary<string, T> Lookup<T>(Dictionary<string, Dictionary<string, T>> groups, string runId) =>
        groups.TryGetValue(runId, out var pairs) ? pairs : new Dictionary<string, T>();
}
