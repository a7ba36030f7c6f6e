using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Workbench.Workspace.Datasets;

/// <summary>The datasets of a workspace, each a real SQLite table named as the dataset, with a catalog in <c>wb_datasets</c>.</summary>
/// <remarks>Split by concern: catalog operations here, imports in DatasetStore.Import.cs, reading in DatasetStore.Read.cs.</remarks>
public sealed partial class DatasetStore(SqliteWorkspace workspace, ILogger<DatasetStore> logger) : IDatasetStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<DatasetInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        return DatasetCatalog.List(connection);
    }

    /// <inheritdoc />
    public async Task<DatasetInfo?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        return DatasetCatalog.Find(connection, name);
    }

    /// <inheritdoc />
    public async Task<DatasetInfo> RenameAsync(string name, string newName, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var info = RequireDataset(connection, name, transaction);
        try { DatasetNames.Validate(newName); }
        catch (WorkspaceException e) { logger.LogWarning("Refused to rename dataset {Name}: {Reason}", name, e.Message); throw; }
        var caseChangeOnly = string.Equals(info.Name, newName, StringComparison.OrdinalIgnoreCase);
        if (!caseChangeOnly && DatasetCatalog.NameInUse(connection, newName, transaction))
        {
            logger.LogWarning("Refused to rename dataset {Name} to {NewName}: the name is taken", name, newName);
            throw new WorkspaceException($"A dataset or table named '{newName}' already exists. Choose another name.");
        }
        // SQLite refuses a rename that only changes case ("already another table"), so go through a temporary name.
        var from = info.Name;
        if (caseChangeOnly) { RenameTable(connection, transaction, from, $"wb_renaming_{info.Id}"); from = $"wb_renaming_{info.Id}"; }
        RenameTable(connection, transaction, from, newName);
        DatasetCatalog.Rename(connection, transaction, info.Id, newName);
        transaction.Commit();
        logger.LogInformation("Renamed dataset {Name} to {NewName}", info.Name, newName);
        return info with { Name = newName };
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        var info = RequireDataset(connection, name, transaction);
        SqliteWorkspace.Execute(connection, $"DROP TABLE IF EXISTS {SqlIdentifier.Quote(info.Name)};", transaction);
        DatasetCatalog.Delete(connection, transaction, info.Id);
        transaction.Commit();
        logger.LogInformation("Deleted dataset {Name} ({Rows} rows)", info.Name, info.Rows);
    }

    /// <inheritdoc />
    /// <remarks>Exact through SQLite's dbstat where available, else a sampled estimate (see <see cref="DatasetSize"/>).</remarks>
    public async Task<long> GetSizeBytesAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        return DatasetSize.Measure(connection, RequireDataset(connection, name));
    }

    /// <summary>The catalog entry, or a logged refusal naming the unknown dataset.</summary>
    private DatasetInfo RequireDataset(SqliteConnection connection, string name, SqliteTransaction? transaction = null)
    {
        if (DatasetCatalog.Find(connection, name, transaction) is { } info) return info;
        logger.LogWarning("Refused a request for unknown dataset {Name}", name);
        return DatasetCatalog.Require(connection, name, transaction);
    }

    private static void RenameTable(SqliteConnection connection, SqliteTransaction transaction, string from, string to) =>
        SqliteWorkspace.Execute(connection, $"ALTER TABLE {SqlIdentifier.Quote(from)} RENAME TO {SqlIdentifier.Quote(to)};", transaction);

    private static void RequireFreeName(SqliteConnection connection, string name, SqliteTransaction? transaction)
    {
        if (DatasetCatalog.NameInUse(connection, name, transaction))
            throw new WorkspaceException($"A dataset named '{name}' already exists (names ignore case). " +
                "Choose another name, or delete the existing dataset first.");
    }
}
