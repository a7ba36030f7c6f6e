namespace Workbench.Workspace.Sql;

/// <summary>Limits of the read-only SQL console.</summary>
public sealed record SqlConsoleOptions(TimeSpan TimeLimit, int MaxRows)
{
    /// <summary>Defaults: 5 s, 1,000 rows.</summary>
    public static SqlConsoleOptions Default { get; } = new(TimeSpan.FromSeconds(5), 1000);
}

/// <summary>The result of one query: columns, rows as display text (null = NULL), and whether rows were cut at the cap.</summary>
public sealed record SqlResult(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows, bool Truncated, TimeSpan Elapsed);

/// <summary>A read-only SQL console over the workspace. Writes, ATTACH, PRAGMA changes and extension loading are refused
/// with a <see cref="WorkspaceException"/>; a query over its time limit is interrupted with one.</summary>
public interface ISqlConsole
{
    /// <summary>Runs one statement and returns at most <see cref="SqlConsoleOptions.MaxRows"/> rows.</summary>
    Task<SqlResult> ExecuteAsync(string sql, SqlConsoleOptions? options = null, CancellationToken cancellationToken = default);
}
