using Microsoft.Data.Sqlite;

namespace Workbench.Workspace.Migrations;

/// <summary>Applies numbered migrations in order, each in its own transaction, tracking <c>PRAGMA user_version</c>.</summary>
public sealed class WorkspaceMigrator(IReadOnlyList<Migration> migrations)
{
    /// <summary>The newest version these migrations reach.</summary>
    public int LatestVersion => migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);

    /// <summary>Applies the pending migrations; does nothing when the file is up to date.</summary>
    /// <returns>The version after migrating.</returns>
    /// <exception cref="WorkspaceException">The file was written by a newer workbench.</exception>
    public int Apply(SqliteConnection connection)
    {
        var current = ReadVersion(connection, null);
        RequireKnown(connection, current);
        foreach (var step in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            // Re-read inside the write transaction: another process may have migrated in the meantime.
            if (ReadVersion(connection, transaction) >= step.Version) { transaction.Commit(); continue; }
            SqliteWorkspace.Execute(connection, step.Sql, transaction);
            SqliteWorkspace.Execute(connection, $"PRAGMA user_version = {step.Version};", transaction);
            transaction.Commit();
            current = step.Version;
        }
        return ReadVersion(connection, null);
    }

    /// <summary>Refuses a file written by a newer workbench (<paramref name="version"/> beyond <see cref="LatestVersion"/>).</summary>
    /// <exception cref="WorkspaceException">The version is newer than this workbench knows.</exception>
    public void RequireKnown(SqliteConnection connection, int version)
    {
        if (version > LatestVersion)
            throw new WorkspaceException($"The workspace '{connection.DataSource}' has schema version {version}, but this " +
                $"workbench knows versions up to {LatestVersion}; it was left unchanged. Update the workbench, or choose " +
                "another workspace file.");
    }

    /// <summary>The schema version stored in the file (0 for a new file).</summary>
    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
