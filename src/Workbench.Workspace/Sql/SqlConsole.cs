using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace Workbench.Workspace.Sql;

/// <summary>The read-only SQL console: a read-only connection, an authorizer that refuses every write, exactly one
/// statement, a time limit (progress handler) and a row cap. Values come back as display text.</summary>
public sealed class SqlConsole(SqliteWorkspace workspace, ILogger<SqlConsole> logger) : ISqlConsole
{
    private const string Prefix = "The SQL console is read-only: ";

    /// <summary>Longest string or blob a console query may build, in bytes (zeroblob(1e9) would otherwise allocate 1 GB).</summary>
    public const int MaxValueBytes = 1_000_000;

    /// <inheritdoc />
    public Task<SqlResult> ExecuteAsync(string sql, SqlConsoleOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(() =>
        {
            try { return Execute(sql, options ?? SqlConsoleOptions.Default, cancellationToken); }
            catch (WorkspaceException e)
            {
                logger.LogWarning("Refused SQL console query: {Reason}", e.Message);
                throw;
            }
        }, cancellationToken);

    private SqlResult Execute(string sql, SqlConsoleOptions options, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sql)) throw new WorkspaceException("Type a query, e.g. SELECT * FROM penguins LIMIT 10.");
        ct.ThrowIfCancellationRequested();
        using var connection = workspace.OpenReadOnly();
        var db = connection.Handle!;
        raw.sqlite3_limit(db, raw.SQLITE_LIMIT_LENGTH, MaxValueBytes);
        var authorizer = new ReadOnlyAuthorizer();
        raw.sqlite3_set_authorizer(db, authorizer.Authorize, null);
        var clock = Stopwatch.StartNew();
        raw.sqlite3_progress_handler(db, 1000, _ => clock.Elapsed > options.TimeLimit || ct.IsCancellationRequested ? 1 : 0, null);
        try
        {
            using var statement = Prepare(db, sql, authorizer);
            var result = Read(db, statement, options, clock, ct);
            logger.LogInformation("SQL console query returned {Rows} rows in {Ms} ms", result.Rows.Count, clock.ElapsedMilliseconds);
            return result;
        }
        finally
        {
            raw.sqlite3_progress_handler(db, 0, null, null);
            raw.sqlite3_set_authorizer(db, (strdelegate_authorizer?)null, null);
        }
    }

    private static sqlite3_stmt Prepare(sqlite3 db, string sql, ReadOnlyAuthorizer authorizer)
    {
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement, out var tail);
        if (authorizer.Refused is { } refused) { statement?.Dispose(); throw new WorkspaceException(Prefix + refused + " is not allowed."); }
        if (rc != raw.SQLITE_OK)
        {
            statement?.Dispose();
            throw new WorkspaceException("The query has an error: " + raw.sqlite3_errmsg(db).utf8_to_string() + ".");
        }
        if (statement is null || statement.IsInvalid) throw new WorkspaceException("The query is empty: only comments or spaces were given.");
        if (!string.IsNullOrWhiteSpace(tail) && HasStatement(db, tail))
        {
            statement.Dispose();
            throw new WorkspaceException("The SQL console runs exactly one statement at a time: remove everything after the first ';'.");
        }
        if (raw.sqlite3_stmt_readonly(statement) == 0)
        {
            statement.Dispose();
            throw new WorkspaceException(Prefix + "this statement would change the workspace and is not allowed.");
        }
        return statement;
    }

    /// <summary>True when the text after the first statement holds another statement (not just comments).</summary>
    private static bool HasStatement(sqlite3 db, string tail)
    {
        var rc = raw.sqlite3_prepare_v2(db, tail, out var next, out _);
        using (next) return rc != raw.SQLITE_OK || (next is not null && !next.IsInvalid);
    }

    private static SqlResult Read(sqlite3 db, sqlite3_stmt statement, SqlConsoleOptions options, Stopwatch clock, CancellationToken ct)
    {
        var count = raw.sqlite3_column_count(statement);
        var columns = Enumerable.Range(0, count).Select(i => raw.sqlite3_column_name(statement, i).utf8_to_string() ?? $"column{i + 1}").ToList();
        var rows = new List<string?[]>();
        var truncated = false;
        while (true)
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_DONE) break;
            if (rc == raw.SQLITE_INTERRUPT)
            {
                ct.ThrowIfCancellationRequested();
                throw new WorkspaceException($"The query ran longer than the console's limit of {options.TimeLimit.TotalSeconds:0.#} s " +
                    "and was stopped. Add a WHERE clause or a LIMIT, or aggregate the data.");
            }
            if (rc != raw.SQLITE_ROW) throw new WorkspaceException("The query failed: " + raw.sqlite3_errmsg(db).utf8_to_string() + ".");
            if (rows.Count == options.MaxRows) { truncated = true; break; }
            var row = new string?[count];
            for (var i = 0; i < count; i++)
                row[i] = raw.sqlite3_column_type(statement, i) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, i).utf8_to_string();
            rows.Add(row);
        }
        return new SqlResult(columns, rows, truncated, clock.Elapsed);
    }
}
