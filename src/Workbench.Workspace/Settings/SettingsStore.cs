using System.Globalization;
using System.Text.Json;

namespace Workbench.Workspace.Settings;

/// <summary>Stores settings as JSON in <c>wb_settings</c>; each write of a (scope, key) increases its version.</summary>
public sealed class SettingsStore(SqliteWorkspace workspace) : ISettingsStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task<T?> GetAsync<T>(string scope, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM wb_settings WHERE scope = $scope AND key = $key;";
        command.Parameters.AddWithValue("$scope", scope);
        command.Parameters.AddWithValue("$key", key);
        if (await command.ExecuteScalarAsync(cancellationToken) is not string json) return default;
        try { return JsonSerializer.Deserialize<T>(json, Json); }
        catch (JsonException) { return default; }
        catch (NotSupportedException) { return default; }
    }

    /// <inheritdoc />
    public async Task SetAsync<T>(string scope, string key, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(key);
        var json = JsonSerializer.Serialize(value, Json);
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO wb_settings(scope, key, json, version, updated) VALUES ($scope, $key, $json, 1, $updated)
            ON CONFLICT(scope, key) DO UPDATE SET json = excluded.json, version = wb_settings.version + 1, updated = excluded.updated;
            """;
        command.Parameters.AddWithValue("$scope", scope);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$updated", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
