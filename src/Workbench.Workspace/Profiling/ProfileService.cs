using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Workbench.Ml.Profiling;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Profiling;

/// <summary>Profiles datasets with <see cref="ProfileCalculator"/> and caches the JSON in <c>wb_profiles</c> per
/// (dataset id, version); deleting a dataset deletes its cached profiles. A profile computing for one browser tab is
/// shared with every other tab that asks for the same dataset version.</summary>
public sealed class ProfileService(SqliteWorkspace workspace, IDatasetStore datasets, IJobRunner jobs, ILogger<ProfileService> logger)
    : IProfileService
{
    /// <inheritdoc />
    public async Task<DatasetProfile?> GetCachedAsync(string datasetName, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken).ConfigureAwait(false);
        var info = DatasetCatalog.Require(connection, datasetName);
        return ReadCached(connection, info);
    }

    /// <inheritdoc />
    /// <remarks>Computes on the calling thread after loading (callers run it in a job); loading takes the first 30 % of progress.</remarks>
    public async Task<DatasetProfile> GetOrComputeAsync(string datasetName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        DatasetInfo info;
        await using (var connection = await workspace.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            info = DatasetCatalog.Require(connection, datasetName);
            if (ReadCached(connection, info) is { } cached) { progress?.Report(1); return cached; }
        }
        var clock = Stopwatch.StartNew();
        var data = await datasets.LoadAsync(info.Name, null, ScaledProgress.Of(progress, 0, 0.3), cancellationToken).ConfigureAwait(false);
        var size = await datasets.GetSizeBytesAsync(info.Name, cancellationToken).ConfigureAwait(false);
        var profile = ProfileCalculator.Compute(data, new ProfileOptions { SizeBytes = size }, ScaledProgress.Of(progress, 0.3, 0.7), cancellationToken);
        Store(info, profile);
        progress?.Report(1);
        logger.LogInformation("Profiled dataset {Name} ({Rows} rows, {Columns} columns) in {Ms} ms", info.Name, info.Rows, info.Columns.Count, clock.ElapsedMilliseconds);
        return profile;
    }

    /// <inheritdoc />
    public async Task<IJob<DatasetProfile>> StartAsync(string datasetName, JobOwner owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        DatasetInfo info;
        await using (var connection = await workspace.OpenAsync(cancellationToken).ConfigureAwait(false))
            info = DatasetCatalog.Require(connection, datasetName);
        // Keyed by id and version: a renamed dataset shares its computation, a re-imported one does not.
        return jobs.Share(owner, $"profile:{info.Id}:{info.Version}", "profile", $"Profiling {info.Name}",
            context => GetOrComputeAsync(info.Name, context.Progress, context.CancellationToken));
    }

    /// <inheritdoc />
    public async Task<ProfileComparison> CompareAsync(string leftName, string rightName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var left = await GetOrComputeAsync(leftName, ScaledProgress.Of(progress, 0, 0.5), cancellationToken).ConfigureAwait(false);
        var right = await GetOrComputeAsync(rightName, ScaledProgress.Of(progress, 0.5, 0.5), cancellationToken).ConfigureAwait(false);
        progress?.Report(1);
        return ProfileComparer.Compare(left, right);
    }

    private static DatasetProfile? ReadCached(SqliteConnection connection, DatasetInfo info)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM wb_profiles WHERE dataset_id = $id AND version = $version;";
        command.Parameters.AddWithValue("$id", info.Id);
        command.Parameters.AddWithValue("$version", info.Version);
        if (command.ExecuteScalar() is not string json) return null;
        try
        {
            // A profile cached before a rename carries the old name.
            return JsonSerializer.Deserialize<DatasetProfile>(json, ProfileJson.Options) is { } profile
                ? profile with { DatasetName = info.Name } : null;
        }
        catch (JsonException) { return null; }
    }

    private void Store(DatasetInfo info, DatasetProfile profile)
    {
        try
        {
            using var connection = workspace.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT OR REPLACE INTO wb_profiles(dataset_id, version, json, created)
                SELECT id, version, $json, $created FROM wb_datasets WHERE id = $id AND version = $version;
                """;
            command.Parameters.AddWithValue("$id", info.Id);
            command.Parameters.AddWithValue("$version", info.Version);
            command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(profile, ProfileJson.Options));
            command.Parameters.AddWithValue("$created", DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            // The profile is still returned; only the cache entry is lost.
            logger.LogWarning(e, "Could not cache the profile of dataset {Name}", info.Name);
        }
    }
}
