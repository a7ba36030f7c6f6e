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
        if (raw.sqlite3_stmt_readonly(statement) == 0 && !authorizer.ReadOnlyPragma)
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
        var cut = new List<CutValue>();
        var stop = SqlStop.None;
        long bytes = 0;
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
            if (rc == raw.SQLITE_TOOBIG)
                throw new WorkspaceException($"The query builds a value too big for the console (over {MaxValueBytes:N0} bytes) " +
                    "and was stopped. Take a part of it with substr(), or its length with length().");
            if (rc != raw.SQLITE_ROW) throw new WorkspaceException("The query failed: " + raw.sqlite3_errmsg(db).utf8_to_string() + ".");
            if (rows.Count == options.MaxRows) { stop = SqlStop.Rows; break; }
            var row = new string?[count];
            long rowBytes = 0;
            for (var i = 0; i < count; i++)
            {
                var (text, length) = Value(statement, i, options.MaxValueChars);
                row[i] = text;
                rowBytes += 2L * (text?.Length ?? 0);
                if (length is { } full) cut.Add(new CutValue(rows.Count, i, full));
            }
            if (bytes + rowBytes > options.MaxBytes && rows.Count > 0)
            {
                cut.RemoveAll(c => c.Row == rows.Count);
                stop = SqlStop.Bytes;
                break;
            }
            bytes += rowBytes;
            rows.Add(row);
        }
        return new SqlResult(columns, rows, stop, cut, clock.Elapsed);
    }

    /// <summary>A value as display text, cut to <paramref name="maxChars"/> characters without decoding the rest, with
    /// its full length in characters when it was cut.</summary>
    private static (string? Text, long? Length) Value(sqlite3_stmt statement, int column, int maxChars)
    {
        var type = raw.sqlite3_column_type(statement, column);
        if (type == raw.SQLITE_NULL) return (null, null);
        if (type is raw.SQLITE_INTEGER or raw.SQLITE_FLOAT) return (raw.sqlite3_column_text(statement, column).utf8_to_string(), null);
        // For TEXT the blob is the UTF-8 text itself; a BLOB is shown as the text its bytes spell, as SQLite does.
        var utf8 = raw.sqlite3_column_blob(statement, column);
        if (utf8.Length <= maxChars) return (System.Text.Encoding.UTF8.GetString(utf8), null);
        var characters = System.Text.Encoding.UTF8.GetCharCount(utf8);
        if (characters <= maxChars) return (System.Text.Encoding.UTF8.GetString(utf8), null);
        var head = System.Text.Encoding.UTF8.GetString(utf8[..(int)Math.Min(utf8.Length, 4L * maxChars)]);
        var end = Math.Min(head.Length, maxChars);
        if (end > 0 && char.IsHighSurrogate(head[end - 1])) end--;
        return (head[..end], characters);
    }
}
