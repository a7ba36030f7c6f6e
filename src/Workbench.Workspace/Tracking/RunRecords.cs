using System.Data;
using System.Reflection;
using Dapper;

namespace Workbench.Workspace.Tracking;

/// <summary>The SQL that reads run headers, and the mapping of a <c>wb_runs</c> row to <see cref="RunInfo"/>.</summary>
internal static class RunRecords
{
    /// <summary>Selects run headers; append WHERE/ORDER BY. The alias of <c>wb_runs</c> is <c>r</c>.</summary>
    public const string Select = """
        SELECT r.id AS Id, e.name AS Experiment, r.parent_id AS ParentId, r.name AS Name, r.status AS Status,
               r.started AS Started, r.ended AS Ended, r.dataset AS Dataset, r.dataset_fingerprint AS DatasetFingerprint,
               r.task AS Task, r.trainer AS Trainer, r.seed AS Seed, r.app_version AS AppVersion, r.source AS Source,
               r.error AS Error
        FROM wb_runs r JOIN wb_experiments e ON e.id = r.experiment_id
        """;

    /// <summary>The informational version of the entry assembly (the host), recorded with every run.</summary>
    public static string AppVersion { get; } = ReadAppVersion();

    public static async Task<List<RunInfo>> QueryAsync(IDbConnection connection, string sql, object? parameters,
        IDbTransaction? transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(sql, parameters, transaction,
            cancellationToken: cancellationToken));
        return rows.Select(ToInfo).ToList();
    }

    /// <summary>Throws unless the run exists.</summary>
    public static async Task RequireAsync(IDbConnection connection, IDbTransaction? transaction, string runId,
        CancellationToken cancellationToken)
    {
        var found = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM wb_runs WHERE id = @id;", new { id = runId }, transaction, cancellationToken: cancellationToken));
        if (found == 0) throw NotFound(runId);
    }

    public static WorkspaceException NotFound(string runId) => new(
        $"There is no run '{runId}'. Run ids are {RunIds.Length} lowercase hex characters; list runs to find one.");

    public static RunStatus ParseStatus(string text) => Enum.Parse<RunStatus>(text);

    private static RunInfo ToInfo(Row r) => new(r.Id, r.Experiment, r.ParentId, r.Name, ParseStatus(r.Status),
        TrackingTime.Parse(r.Started), r.Ended is null ? null : TrackingTime.Parse(r.Ended), r.Dataset, r.DatasetFingerprint,
        r.Task, r.Trainer, r.Seed is null ? null : (int)r.Seed.Value, r.AppVersion, r.Source, r.Error);

    // The workbench's own version with its source commit ("0.1.0+<sha>"), the same whichever host (web, command line,
    // test runner) records the run.
    private static string ReadAppVersion()
    {
        var assembly = typeof(RunRecords).Assembly;
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
    }

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string Experiment { get; set; } = "";
        public string? ParentId { get; set; }
        public string Name { get; set; } = "";
        public string Status { get; set; } = "";
        public string Started { get; set; } = "";
        public string? Ended { get; set; }
        public string? Dataset { get; set; }
        public string? DatasetFingerprint { get; set; }
        public string? Task { get; set; }
        public string? Trainer { get; set; }
        public long? Seed { get; set; }
        public string AppVersion { get; set; } = "";
        public string Source { get; set; } = "";
        public string? Error { get; set; }
    }
}
