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
        var info = DatasetCatalog.Require(connection, name, transaction);
        try { DatasetNames.Validate(newName); }
        catch (WorkspaceException e) { logger.LogWarning("Refused to rename dataset {Name}: {Reason}", name, e.Message); throw; }
        var caseChangeOnly = string.Equals(info.Name, newName, StringComparison.OrdinalIgnoreCase);
        if (!caseChangeOnly && DatasetCatalog.NameInUse(connection, newName, transaction))
        {
            logger.LogWarning("Refused to rename dataset {Name} to {NewName}: the name is taken", name, newName);
            throw new WorkspaceException($"A dataset or table named '{newName}' already exists. Choose another name.");
        }
        SqliteWorkspace.Execute(connection,
            $"ALTER TABLE {SqlIdentifier.Quote(info.Name)} RENAME TO {SqlIdentifier.Quote(newName)};", transaction);
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
        var info = DatasetCatalog.Require(connection, name, transaction);
        SqliteWorkspace.Execute(connection, $"DROP TABLE IF EXISTS {SqlIdentifier.Quote(info.Name)};", transaction);
        DatasetCatalog.Delete(connection, transaction, info.Id);
        transaction.Commit();
        logger.LogInformation("Deleted dataset {Name} ({Rows} rows)", info.Name, info.Rows);
    }

    /// <inheritdoc />
    /// <remarks>Uses SQLite's <c>dbstat</c> table (pages of the table and its indexes). Where dbstat is not compiled
    /// in, estimates the bytes of the stored values plus 8 bytes of record overhead per row.</remarks>
    public async Task<long> GetSizeBytesAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await workspace.OpenAsync(cancellationToken);
        var info = DatasetCatalog.Require(connection, name);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COALESCE(SUM(pgsize), 0) FROM dbstat
            WHERE name IN (SELECT name FROM sqlite_master WHERE tbl_name = $name COLLATE NOCASE);
            """;
        command.Parameters.AddWithValue("$name", info.Name);
        try
        {
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (SqliteException e) when (e.Message.Contains("dbstat", StringComparison.OrdinalIgnoreCase))
        {
            command.Parameters.Clear();
            command.CommandText = $"SELECT COALESCE(SUM({string.Join(" + ", info.Columns.Select(c =>
                $"COALESCE(LENGTH(CAST({SqlIdentifier.Quote(c.Name)} AS BLOB)), 0)").DefaultIfEmpty("0"))} + 8), 0) " +
                $"FROM {SqlIdentifier.Quote(info.Name)};";
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
    }

    private static void RequireFreeName(SqliteConnection connection, string name, SqliteTransaction? transaction)
    {
        if (DatasetCatalog.NameInUse(connection, name, transaction))
            throw new WorkspaceException($"A dataset named '{name}' already exists (names ignore case). " +
                "Choose another name, or delete the existing dataset first.");
    }
}
