using Microsoft.Data.Sqlite;

namespace Workbench.Workspace;

/// <summary>One workspace file: opens a fresh connection per operation (WAL, foreign keys, busy timeout) and
/// brings the schema up to date with <see cref="Migrate"/>.</summary>
/// <remarks>Holds no state besides the path and whether it was opened, so several workspaces (one per user) can live
/// side by side. Constructing one touches no file; a host opens it once at start-up.</remarks>
public sealed partial class SqliteWorkspace
{
    /// <summary>Defaults for connections.</summary>
    public static class Defaults
    {
        /// <summary>How long a connection waits for a lock held by another one, in milliseconds.</summary>
        public const int BusyTimeoutMs = 10_000;
    }

    private readonly string _connectionString;
    private readonly string _readOnlyConnectionString;
    /// <summary>The files <see cref="Migrate"/> opened in this process (full paths).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Opened = new(StringComparer.Ordinal);

    /// <summary>A workspace stored in the file at <paramref name="path"/> (created by <see cref="Migrate"/>).</summary>
    public SqliteWorkspace(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, ForeignKeys = true,
            DefaultTimeout = Defaults.BusyTimeoutMs / 1000,
        }.ToString();
        // No pooling: the console installs an authorizer and a progress handler on its connection.
        _readOnlyConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString();
    }

    /// <summary>The full path of the workspace file.</summary>
    public string Path { get; }

    /// <summary>True once <see cref="Migrate"/> succeeded on this file in this process (and did not fail since): its
    /// schema is known to be current.</summary>
    public bool IsOpened => Opened.ContainsKey(Path);

    /// <summary>Opens a read-write connection with the workspace's pragmas set.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {Defaults.BusyTimeoutMs}; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>Opens a read-write connection asynchronously.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        Execute(connection, $"PRAGMA busy_timeout = {Defaults.BusyTimeoutMs}; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>Opens a read-only, unpooled connection (used by the SQL console).</summary>
    public SqliteConnection OpenReadOnly()
    {
        var connection = new SqliteConnection(_readOnlyConnectionString);
        connection.Open();
        Execute(connection, $"PRAGMA busy_timeout = {Defaults.BusyTimeoutMs};");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
