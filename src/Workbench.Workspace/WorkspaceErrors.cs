using Microsoft.Data.Sqlite;

namespace Workbench.Workspace;

/// <summary>Turns SQLite's failures to open or lock a workspace into messages that say which file, what is wrong and
/// what to do.</summary>
public static class WorkspaceErrors
{
    /// <summary>SQLITE_BUSY: another connection holds the lock.</summary>
    public const int SqliteBusy = 5;

    /// <summary>SQLITE_LOCKED: a table is locked by another statement.</summary>
    public const int SqliteLocked = 6;

    /// <summary>SQLITE_READONLY: the file or its folder cannot be written.</summary>
    public const int SqliteReadOnly = 8;

    /// <summary>SQLITE_CORRUPT: the file is damaged.</summary>
    public const int SqliteCorrupt = 11;

    /// <summary>SQLITE_FULL: the disk is full.</summary>
    public const int SqliteFull = 13;

    /// <summary>SQLITE_CANTOPEN: the path is a folder or cannot be created.</summary>
    public const int SqliteCannotOpen = 14;

    /// <summary>SQLITE_NOTADB: the path holds some other file.</summary>
    public const int SqliteNotADatabase = 26;

    /// <summary>True when <paramref name="error"/> (or an exception inside it) is a lock held past the busy timeout.</summary>
    public static bool IsBusy(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is WorkspaceBusyException || e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
                return true;
        return false;
    }

    /// <summary>The message for a workspace another process keeps locked (<paramref name="path"/> names it, if known).</summary>
    public static string BusyMessage(string? path) =>
        $"The workspace{(path is null ? "" : $" '{path}'")} is busy: another workbench (the web app or a command) or another tool is writing to it, " +
        $"and it stayed locked for {SqliteWorkspace.Defaults.BusyTimeoutMs / 1000} seconds. Nothing was changed; " +
        "try again when the other program has finished.";

    /// <summary>The refusal for a workspace that cannot be written.</summary>
    public static WorkspaceException ReadOnly(string path) => new(
        $"The workspace '{path}' is read-only: this user may not write the file or its folder. Make both writable, " +
        "or copy the file to a folder you can write to and open the copy.");

    /// <summary>A clear exception for a SQLite failure on the workspace at <paramref name="path"/>, or
    /// <paramref name="error"/> itself when it is not about the file.</summary>
    public static Exception Translate(SqliteException error, string path) => error.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => new WorkspaceBusyException(path, error),
        SqliteReadOnly => ReadOnly(path),
        SqliteNotADatabase => new WorkspaceException($"The file '{path}' is not a workbench workspace (it is not a SQLite " +
            "database); it was left unchanged. Choose another workspace file, or a new path to create one."),
        SqliteCorrupt => new WorkspaceException($"The workspace '{path}' is damaged ({error.Message.TrimEnd('.')}). " +
            "Restore it from a copy, or choose another workspace file."),
        SqliteCannotOpen => new WorkspaceException($"The workspace '{path}' cannot be opened ({error.Message.TrimEnd('.')}): " +
            "check that its folder exists and can be written, or choose another workspace file."),
        SqliteFull => new WorkspaceException($"The disk holding the workspace '{path}' is full; free some space and try again."),
        _ => error,
    };
}
