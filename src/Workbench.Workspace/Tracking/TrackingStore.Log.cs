using Dapper;

namespace Workbench.Workspace.Tracking;

public sealed partial class TrackingStore
{
    /// <summary>Defaults for logged data.</summary>
    public static class Defaults
    {
        /// <summary>The largest artifact stored, in bytes (models are a few MB).</summary>
        public const int MaxArtifactBytes = 256 * 1024 * 1024;
    }

    /// <inheritdoc />
    public async Task LogParametersAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var rows = parameters.Select(p => new { runId, name = TrackingNames.Require(p.Key, "parameter name"), value = p.Value ?? "" }).ToList();
        await WriteAsync(runId, """
            INSERT INTO wb_params(run_id, name, value) VALUES (@runId, @name, @value)
            ON CONFLICT(run_id, name) DO UPDATE SET value = excluded.value;
            """, rows, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>A metric logged again for the same key, split, fold and subset keeps the latest value. NaN is stored as
    /// NULL and read back as NaN.</remarks>
    public async Task LogMetricsAsync(string runId, IReadOnlyList<RunMetric> metrics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var rows = metrics.Select(m => new
        {
            runId, key = TrackingNames.Require(m.Key, "metric key"), split = CheckSplit(m), fold = m.Fold ?? -1,
            subset = m.Subset ?? "", value = double.IsNaN(m.Value) ? (double?)null : m.Value,
        }).ToList();
        await WriteAsync(runId, """
            INSERT INTO wb_metrics(run_id, key, split, fold, subset, value) VALUES (@runId, @key, @split, @fold, @subset, @value)
            ON CONFLICT(run_id, key, split, fold, subset) DO UPDATE SET value = excluded.value;
            """, rows, cancellationToken);
    }

    /// <inheritdoc />
    public async Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var rows = tags.Select(t => new { runId, name = TrackingNames.Require(t.Key, "tag name"), value = t.Value ?? "" }).ToList();
        await WriteAsync(runId, """
            DELETE FROM wb_tags WHERE run_id = @runId AND name = @name AND @value = '';
            INSERT INTO wb_tags(run_id, name, value) SELECT @runId, @name, @value WHERE @value <> ''
            ON CONFLICT(run_id, name) DO UPDATE SET value = excluded.value;
            """, rows, cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveArtifactAsync(string runId, string name, string mediaType, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        TrackingNames.Require(name, "artifact name");
        TrackingNames.Require(mediaType, "media type");
        if (content.Length > Defaults.MaxArtifactBytes)
            throw new WorkspaceException($"The artifact '{name}' has {content.Length:N0} bytes; the workspace stores at most " +
                $"{Defaults.MaxArtifactBytes:N0} bytes per artifact.");
        await WriteAsync(runId, """
            INSERT INTO wb_artifacts(run_id, name, media_type, bytes, content, created)
            VALUES (@runId, @name, @mediaType, @bytes, @content, @now)
            ON CONFLICT(run_id, name) DO UPDATE SET media_type = excluded.media_type, bytes = excluded.bytes,
                content = excluded.content, created = excluded.created;
            """, new[] { new { runId, name, mediaType, bytes = content.LongLength, content, now = TrackingTime.Now() } }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<byte[]?> ReadArtifactAsync(string runId, string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT content FROM wb_artifacts WHERE run_id = @runId AND name = @name;", new { runId, name },
            cancellationToken: cancellationToken));
    }

    /// <summary>Writes rows for one run in a transaction, after checking the run exists.</summary>
    private async Task WriteAsync<T>(string runId, string sql, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
    {
        await using var connection = await _workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await RunRecords.RequireAsync(connection, transaction, runId, cancellationToken);
        if (rows.Count > 0)
            await connection.ExecuteAsync(new CommandDefinition(sql, rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private static string CheckSplit(RunMetric metric)
    {
        if (!MetricSplits.All.Contains(metric.Split))
            throw new WorkspaceException($"The metric '{metric.Key}' has split '{metric.Split}'; use one of " +
                string.Join(", ", MetricSplits.All) + ".");
        if (metric.Split == MetricSplits.Fold)
        {
            if (metric.Fold is not >= 0 || metric.Subset is not ("train" or "test"))
                throw new WorkspaceException($"The fold metric '{metric.Key}' needs a fold number (0 or more) and the subset " +
                    $"\"train\" or \"test\"; it has fold {metric.Fold?.ToString() ?? "none"} and subset {metric.Subset ?? "none"}.");
        }
        else if (metric.Fold is not null || metric.Subset is not null)
            throw new WorkspaceException($"The metric '{metric.Key}' on split '{metric.Split}' has a fold or subset; " +
                "only split \"fold\" takes them.");
        return metric.Split;
    }
}
