using System.Globalization;

namespace Workbench.Workspace.Logging;

/// <summary>Reads the structured log the <see cref="WorkspaceLoggerProvider"/> writes to <c>wb_log</c>.</summary>
public sealed class LogStore(SqliteWorkspace workspace) : ILogStore
{
    /// <summary>Most entries one query returns.</summary>
    public const int MaxLimit = 5000;

    /// <inheritdoc />
    public async Task<IReadOnlyList<LogEntry>> QueryAsync(LogQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        if (query.Levels is { Count: > 0 } levels)
        {
            conditions.Add("level IN (" + string.Join(", ", levels.Select((_, i) => "$level" + i)) + ")");
            for (var i = 0; i < levels.Count; i++) command.Parameters.AddWithValue("$level" + i, levels[i]);
        }
        AddLike(command, conditions, "source", "$source", query.SourceContains);
        AddLike(command, conditions, "message", "$text", query.TextContains);
        if (query.From is { } from) { conditions.Add("time >= $from"); command.Parameters.AddWithValue("$from", Format(from)); }
        if (query.To is { } to) { conditions.Add("time <= $to"); command.Parameters.AddWithValue("$to", Format(to)); }
        command.CommandText = "SELECT id, time, level, source, message, exception FROM wb_log" +
            (conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions)) + " ORDER BY id DESC LIMIT $limit;";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, MaxLimit));
        var entries = new List<LogEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new LogEntry(reader.GetInt64(0), DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        return entries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> SourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT source FROM wb_log ORDER BY source;";
        var sources = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) sources.Add(reader.GetString(0));
        return sources;
    }

    /// <summary>Times are stored as UTC ISO-8601 with a fixed width, so text order is time order.</summary>
    internal static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void AddLike(Microsoft.Data.Sqlite.SqliteCommand command, List<string> conditions, string column, string name, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        conditions.Add($"{column} LIKE {name} ESCAPE '\\'");
        command.Parameters.AddWithValue(name, "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
    }
}
