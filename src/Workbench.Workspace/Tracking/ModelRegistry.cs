using System.Data;
using System.Globalization;
using Dapper;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tracking;

/// <summary>The model registry in <c>wb_models</c>, <c>wb_model_versions</c> and <c>wb_model_aliases</c>: versions
/// 1, 2, 3… per name, each pointing at a finished run with a model, and aliases that move between versions.</summary>
public sealed class ModelRegistry(SqliteWorkspace workspace) : IModelRegistry
{
    /// <inheritdoc />
    public async Task<ModelVersion> RegisterAsync(string name, string runId, CancellationToken cancellationToken = default)
    {
        TrackingNames.Require(name, "model name");
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var status = await connection.ExecuteScalarAsync<string?>("SELECT status FROM wb_runs WHERE id = @runId;", new { runId }, transaction)
            ?? throw RunRecords.NotFound(runId);
        if (status != nameof(RunStatus.Finished))
            throw new WorkspaceException($"Run '{runId}' is {status}; only a Finished run's model can be registered.");
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wb_artifacts WHERE run_id = @runId AND name = @model;",
                new { runId, model = RunArtifacts.Model }, transaction) == 0)
            throw new WorkspaceException($"Run '{runId}' has no {RunArtifacts.Model} artifact, so there is no model to register; " +
                "register a training run.");
        var now = TrackingTime.Now();
        await connection.ExecuteAsync("INSERT INTO wb_models(name, created) VALUES (@name, @now) ON CONFLICT(name) DO NOTHING;",
            new { name, now }, transaction);
        var (modelId, storedName) = await connection.QuerySingleAsync<(long, string)>(
            "SELECT id, name FROM wb_models WHERE name = @name;", new { name }, transaction);
        var version = await connection.ExecuteScalarAsync<long>(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM wb_model_versions WHERE model_id = @modelId;", new { modelId }, transaction);
        await connection.ExecuteAsync("INSERT INTO wb_model_versions(model_id, version, run_id, created) VALUES (@modelId, @version, @runId, @now);",
            new { modelId, version, runId, now }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return new ModelVersion(storedName, (int)version, runId, TrackingTime.Parse(now), []);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RegisteredModel>> ListModelsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var models = await connection.QueryAsync<(long Id, string Name, string Created, long Latest)>("""
            SELECT m.id, m.name, m.created, COALESCE((SELECT MAX(version) FROM wb_model_versions v WHERE v.model_id = m.id), 0)
            FROM wb_models m ORDER BY m.name COLLATE NOCASE;
            """, transaction: transaction);
        var aliases = (await connection.QueryAsync<(long ModelId, string Alias, long Version)>(
            "SELECT model_id, alias, version FROM wb_model_aliases ORDER BY alias;", transaction: transaction)).ToList();
        return models.Select(m => new RegisteredModel(m.Name, TrackingTime.Parse(m.Created), (int)m.Latest,
            aliases.Where(a => a.ModelId == m.Id).ToDictionary(a => a.Alias, a => (int)a.Version))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var (modelId, storedName) = await RequireModelAsync(connection, transaction, name);
        return await VersionsAsync(connection, transaction, modelId, storedName);
    }

    /// <inheritdoc />
    public async Task SetAliasAsync(string name, string alias, int version, CancellationToken cancellationToken = default)
    {
        TrackingNames.RequireAlias(alias);
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var (modelId, storedName) = await RequireModelAsync(connection, transaction, name);
        var versions = await VersionsAsync(connection, transaction, modelId, storedName);
        if (versions.All(v => v.Version != version))
            throw new WorkspaceException($"Model '{storedName}' has no version {version}; its versions are " +
                string.Join(", ", versions.Select(v => v.Version).Order()) + ".");
        await connection.ExecuteAsync("""
            INSERT INTO wb_model_aliases(model_id, alias, version) VALUES (@modelId, @alias, @version)
            ON CONFLICT(model_id, alias) DO UPDATE SET version = excluded.version;
            """, new { modelId, alias, version }, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task RemoveAliasAsync(string name, string alias, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var (modelId, storedName) = await RequireModelAsync(connection, transaction, name);
        var removed = await connection.ExecuteAsync("DELETE FROM wb_model_aliases WHERE model_id = @modelId AND alias = @alias;",
            new { modelId, alias }, transaction);
        if (removed == 0)
            throw new WorkspaceException($"Model '{storedName}' has no alias '{alias}'; its aliases are " +
                Listing(await AliasesAsync(connection, transaction, modelId)) + ".");
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ModelVersion> ResolveAsync(string name, string versionOrAlias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versionOrAlias);
        await using var connection = await workspace.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var (modelId, storedName) = await RequireModelAsync(connection, transaction, name);
        var versions = await VersionsAsync(connection, transaction, modelId, storedName);
        var wanted = versionOrAlias.Trim();
        var found = wanted.Equals(TrackingNames.Latest, StringComparison.OrdinalIgnoreCase) ? versions.FirstOrDefault()
            : int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? versions.FirstOrDefault(v => v.Version == number)
            : versions.FirstOrDefault(v => v.Aliases.Contains(wanted, StringComparer.OrdinalIgnoreCase));
        return found ?? throw new WorkspaceException($"Model '{storedName}' has no version or alias '{versionOrAlias}'. " +
            $"Versions: {string.Join(", ", versions.Select(v => v.Version).Order())}; aliases: " +
            Listing(versions.SelectMany(v => v.Aliases.Select(a => $"{a} (→ {v.Version})")).Order().ToList()) +
            "; or use 'latest'.");
    }

    private static async Task<(long Id, string Name)> RequireModelAsync(IDbConnection connection, IDbTransaction transaction, string name)
    {
        var found = (await connection.QueryAsync<(long, string)>("SELECT id, name FROM wb_models WHERE name = @name;",
            new { name }, transaction)).ToList();
        if (found.Count == 1) return found[0];
        var names = (await connection.QueryAsync<string>("SELECT name FROM wb_models ORDER BY name COLLATE NOCASE;",
            transaction: transaction)).ToList();
        throw new WorkspaceException($"There is no registered model '{Workbench.Ml.MessageText.Name(name)}'. Registered models: {Listing(names)}. " +
            "Register a finished run's model under a name first.");
    }

    private static async Task<List<ModelVersion>> VersionsAsync(IDbConnection connection, IDbTransaction transaction, long modelId, string name)
    {
        var aliases = (await connection.QueryAsync<(string Alias, long Version)>(
            "SELECT alias, version FROM wb_model_aliases WHERE model_id = @modelId ORDER BY alias;", new { modelId }, transaction)).ToList();
        var versions = await connection.QueryAsync<(long Version, string RunId, string Created)>(
            "SELECT version, run_id, created FROM wb_model_versions WHERE model_id = @modelId ORDER BY version DESC;", new { modelId }, transaction);
        return versions.Select(v => new ModelVersion(name, (int)v.Version, v.RunId, TrackingTime.Parse(v.Created),
            aliases.Where(a => a.Version == v.Version).Select(a => a.Alias).ToList())).ToList();
    }

    private static async Task<List<string>> AliasesAsync(IDbConnection connection, IDbTransaction transaction, long modelId) =>
        (await connection.QueryAsync<string>("SELECT alias FROM wb_model_aliases WHERE model_id = @modelId ORDER BY alias;",
            new { modelId }, transaction)).ToList();

    private static string Listing(IReadOnlyCollection<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);
}
