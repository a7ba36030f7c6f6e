namespace Workbench.Workspace.Sql;

/// <summary>Limits of the read-only SQL console.</summary>
/// <param name="TimeLimit">A query running longer is stopped.</param>
/// <param name="MaxRows">At most this many rows are returned.</param>
public sealed record SqlConsoleOptions(TimeSpan TimeLimit, int MaxRows)
{
    /// <summary>Defaults: 5 s, 1,000 rows, values cut at 1,000 characters, 4 MB of text per result.</summary>
    public static SqlConsoleOptions Default { get; } = new(TimeSpan.FromSeconds(5), 1000);

    /// <summary>A longer value is cut to this many characters for display (its full length is reported).</summary>
    public int MaxValueChars { get; init; } = 1000;

    /// <summary>The result stops growing at this many bytes of text (two per character), whatever the row cap.</summary>
    public long MaxBytes { get; init; } = 4_000_000;
}

/// <summary>Why a result holds fewer rows than the query produced.</summary>
public enum SqlStop
{
    /// <summary>Every row is there.</summary>
    None,
    /// <summary>The row cap was reached.</summary>
    Rows,
    /// <summary>The byte budget was reached.</summary>
    Bytes,
}

/// <summary>The result of one query: columns, rows as display text (null = NULL; long values cut), why rows may be
/// missing, and which values were cut.</summary>
public sealed record SqlResult(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows, SqlStop StoppedBy,
    IReadOnlyList<CutValue> CutValues, TimeSpan Elapsed)
{
    /// <summary>True when rows were left out (row cap or byte budget).</summary>
    public bool Truncated => StoppedBy != SqlStop.None;
}

/// <summary>A read-only SQL console over the workspace. Writes, ATTACH, PRAGMA changes and extension loading are refused
/// with a <see cref="WorkspaceException"/>; a query over its time limit is interrupted with one.</summary>
public interface ISqlConsole
{
    /// <summary>Runs one statement and returns at most <see cref="SqlConsoleOptions.MaxRows"/> rows and
    /// <see cref="SqlConsoleOptions.MaxBytes"/> bytes of text.</summary>
    Task<SqlResult> ExecuteAsync(string sql, SqlConsoleOptions? options = null, CancellationToken cancellationToken = default);
}
