using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Workbench.Ml.Monitoring;

namespace Workbench.Workspace.Monitoring;

/// <summary>Stores monitors and their reports (JSON) in <c>wb_monitors</c>.</summary>
internal sealed class MonitorStore(SqliteWorkspace workspace)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record Row(long Id, string Name, string Model, long Version, string RunId, string Stream, string Reference,
        string Created, long Batches, long Alerts, string Options, string Report);

    private const string Columns = "id, name, model, version, run_id AS RunId, stream, reference, created, batches, alerts, options, report";

    public async Task<IReadOnlyList<MonitorInfo>> ListAsync(CancellationToken ct)
    {
        await using var connection = await workspace.OpenAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM wb_monitors ORDER BY created DESC, id DESC;", cancellationToken: ct));
        return rows.Select(Info).ToList();
    }

    public async Task<MonitorResult?> GetAsync(string name, CancellationToken ct)
    {
        await using var connection = await workspace.OpenAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM wb_monitors WHERE name = @name;", new { name }, cancellationToken: ct));
        return row is null ? null : new MonitorResult(Info(row),
            JsonSerializer.Deserialize<MonitoringOptions>(row.Options, Json)!, JsonSerializer.Deserialize<MonitoringReport>(row.Report, Json)!);
    }

    public async Task<MonitorResult> SaveAsync(MonitorRequest request, int version, string runId, string reference,
        MonitoringReport report, CancellationToken ct)
    {
        await using var connection = await workspace.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO wb_monitors(name, model, version, run_id, stream, reference, created, batches, alerts, options, report)
            VALUES (@Name, @Model, @version, @runId, @Stream, @reference, @created, @batches, @alerts, @options, @report)
            ON CONFLICT(name) DO UPDATE SET model = excluded.model, version = excluded.version, run_id = excluded.run_id,
                stream = excluded.stream, reference = excluded.reference, created = excluded.created, batches = excluded.batches,
                alerts = excluded.alerts, options = excluded.options, report = excluded.report;
            """, new
        {
            request.Name, request.Model, version, runId, request.Stream, reference,
            created = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            batches = report.Batches.Count, alerts = report.Alerts.Count,
            options = JsonSerializer.Serialize(request.Options, Json), report = JsonSerializer.Serialize(report, Json),
        }, cancellationToken: ct));
        return (await GetAsync(request.Name, ct))!;
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        await using var connection = await workspace.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM wb_monitors WHERE name = @name;", new { name }, cancellationToken: ct)) > 0;
    }

    private static MonitorInfo Info(Row r) => new(r.Id, r.Name, r.Model, (int)r.Version, r.RunId, r.Stream, r.Reference,
        DateTime.Parse(r.Created, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), (int)r.Batches, (int)r.Alerts);
}
