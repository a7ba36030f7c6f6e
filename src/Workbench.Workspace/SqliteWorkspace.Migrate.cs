using Microsoft.Data.Sqlite;
using Workbench.Workspace.Migrations;

namespace Workbench.Workspace;

public sealed partial class SqliteWorkspace
{
    /// <summary>Opens the workspace for this process: creates the file (and its folder) if needed, checks it is a
    /// workspace this workbench can read, switches it to WAL and applies pending migrations.</summary>
    /// <remarks>Every check runs before anything is written, so a refused file keeps its bytes: a newer schema, a file
    /// that is not a SQLite database, another program's database, a read-only file or a busy one.</remarks>
    /// <returns>The schema version after migrating.</returns>
    /// <exception cref="WorkspaceException">The file cannot be used as a workspace; the message says why and what to do.</exception>
    /// <exception cref="WorkspaceBusyException">Another process kept the file locked past the busy timeout.</exception>
    public int Migrate()
    {
        Opened.TryRemove(Path, out _);
        var migrator = new WorkspaceMigrator(WorkspaceMigrations.All);
        if (Directory.Exists(Path))
            throw new WorkspaceException($"The workspace path '{Path}' is a folder. Give the path of a file, e.g. '{System.IO.Path.Combine(Path, "workspace.db")}'.");
        CreateFolder();
        if (File.Exists(Path)) RequireWritable();
        try
        {
            using var connection = Open();
            var version = WorkspaceMigrator.ReadVersion(connection, null);
            migrator.RequireKnown(connection, version);
            if (version == 0 && Count(connection, "SELECT COUNT(*) FROM sqlite_master;") > 0)
                throw new WorkspaceException($"The file '{Path}' is a SQLite database of another program, not a workbench " +
                    "workspace; it was left unchanged. Choose another workspace file, or a new path to create one.");
            using (var mode = connection.CreateCommand())
            {
                mode.CommandText = "PRAGMA journal_mode;";
                if (!string.Equals(mode.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase))
                    Execute(connection, "PRAGMA journal_mode = WAL;");
            }
            var migrated = migrator.Apply(connection);
            Opened[Path] = true;
            return migrated;
        }
        catch (SqliteException e)
        {
            throw WorkspaceErrors.Translate(e, Path);
        }
    }

    private void CreateFolder()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WorkspaceException($"The folder '{folder}' for the workspace does not exist and cannot be created " +
                $"({e.Message.TrimEnd('.')}). Choose a workspace path in a folder you can write to.");
        }
    }

    private void RequireWritable()
    {
        try
        {
            // Opening for writing writes nothing; it only asks the file system for permission.
            using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (UnauthorizedAccessException)
        {
            throw WorkspaceErrors.ReadOnly(Path);
        }
        catch (IOException)
        {
            // Held open exclusively by another program: SQLite reports that as busy once it tries.
        }
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
