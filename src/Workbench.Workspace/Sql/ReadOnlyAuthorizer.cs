using SQLitePCL;

namespace Workbench.Workspace.Sql;

/// <summary>The SQLite authorizer of the SQL console: allows reading and read-only informational pragmas, and records
/// why anything else was refused.</summary>
internal sealed class ReadOnlyAuthorizer
{
    /// <summary>Pragmas that only report, with or without an argument naming a table or index.</summary>
    private static readonly HashSet<string> InformationalPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "database_list", "collation_list", "function_list", "module_list", "pragma_list", "compile_options",
    };

    /// <summary>Pragmas that report a setting when called without a value (a value would change it).</summary>
    private static readonly HashSet<string> ReadableSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "page_count", "page_size", "user_version", "schema_version", "application_id", "freelist_count", "encoding",
        "journal_mode", "data_version", "foreign_keys", "auto_vacuum", "cache_size", "synchronous",
    };

    private static readonly Dictionary<int, string> Statements = new()
    {
        [raw.SQLITE_INSERT] = "INSERT", [raw.SQLITE_UPDATE] = "UPDATE", [raw.SQLITE_DELETE] = "DELETE",
        [raw.SQLITE_ATTACH] = "ATTACH", [raw.SQLITE_DETACH] = "DETACH", [raw.SQLITE_ALTER_TABLE] = "ALTER TABLE",
        [raw.SQLITE_REINDEX] = "REINDEX", [raw.SQLITE_ANALYZE] = "ANALYZE", [raw.SQLITE_TRANSACTION] = "a transaction (BEGIN, COMMIT, ROLLBACK)",
        [raw.SQLITE_SAVEPOINT] = "SAVEPOINT", [raw.SQLITE_CREATE_VTABLE] = "CREATE VIRTUAL TABLE", [raw.SQLITE_DROP_VTABLE] = "DROP TABLE",
        [raw.SQLITE_CREATE_INDEX] = "CREATE INDEX", [raw.SQLITE_CREATE_TABLE] = "CREATE TABLE", [raw.SQLITE_CREATE_TEMP_INDEX] = "CREATE INDEX",
        [raw.SQLITE_CREATE_TEMP_TABLE] = "CREATE TABLE", [raw.SQLITE_CREATE_TEMP_TRIGGER] = "CREATE TRIGGER", [raw.SQLITE_CREATE_TEMP_VIEW] = "CREATE VIEW",
        [raw.SQLITE_CREATE_TRIGGER] = "CREATE TRIGGER", [raw.SQLITE_CREATE_VIEW] = "CREATE VIEW", [raw.SQLITE_DROP_INDEX] = "DROP INDEX",
        [raw.SQLITE_DROP_TABLE] = "DROP TABLE", [raw.SQLITE_DROP_TEMP_INDEX] = "DROP INDEX", [raw.SQLITE_DROP_TEMP_TABLE] = "DROP TABLE",
        [raw.SQLITE_DROP_TEMP_TRIGGER] = "DROP TRIGGER", [raw.SQLITE_DROP_TEMP_VIEW] = "DROP VIEW", [raw.SQLITE_DROP_TRIGGER] = "DROP TRIGGER",
        [raw.SQLITE_DROP_VIEW] = "DROP VIEW",
    };

    private string? _statement;
    private string? _internalWrite;

    /// <summary>What was refused, e.g. "INSERT"; null when nothing was.</summary>
    /// <remarks>DROP and CREATE also write SQLite's own schema table, which the authorizer may see first; the
    /// statement itself is the better explanation, so such internal writes are only reported as a fallback.</remarks>
    public string? Refused => _statement ?? _internalWrite;

    /// <summary>True when the statement is a pragma that only reports (SQLite never calls a pragma statement
    /// read-only, but on the console's read-only connection such a pragma cannot change anything).</summary>
    public bool ReadOnlyPragma { get; private set; }

    /// <summary>The callback given to <c>sqlite3_set_authorizer</c>.</summary>
    public int Authorize(object userData, int action, string? arg1, string? arg2, string? database, string? trigger)
    {
        if (action == raw.SQLITE_SELECT || action == raw.SQLITE_READ || action == raw.SQLITE_RECURSIVE) return raw.SQLITE_OK;
        if (action == raw.SQLITE_FUNCTION)
            return string.Equals(arg2, "load_extension", StringComparison.OrdinalIgnoreCase) ? Deny("load_extension()") : raw.SQLITE_OK;
        if (action == raw.SQLITE_PRAGMA) return AuthorizePragma(arg1 ?? "", arg2);
        var what = Statements.TryGetValue(action, out var statement) ? statement : $"this statement (SQLite action {action})";
        if ((action == raw.SQLITE_INSERT || action == raw.SQLITE_UPDATE || action == raw.SQLITE_DELETE)
            && arg1 is not null && arg1.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase))
        {
            // Let compilation continue to the statement's own action (CREATE TABLE, DROP VIEW, ...), which is denied
            // and named; the recorded refusal still fails the query should nothing else be denied.
            _internalWrite ??= what;
            return raw.SQLITE_OK;
        }
        return Deny(what);
    }

    private int AuthorizePragma(string pragma, string? argument)
    {
        if (InformationalPragmas.Contains(pragma) || (ReadableSettings.Contains(pragma) && argument is null))
        {
            ReadOnlyPragma = true;
            return raw.SQLITE_OK;
        }
        return Deny(argument is null ? $"PRAGMA {pragma}" : $"PRAGMA {pragma} = {argument}");
    }

    private int Deny(string what)
    {
        _statement ??= what;
        return raw.SQLITE_DENY;
    }
}
