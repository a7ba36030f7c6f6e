namespace Workbench.Workspace.Datasets;

/// <summary>A request for one page of a dataset's rows, sorted and filtered in SQLite.</summary>
/// <param name="Offset">Rows to skip (0-based).</param>
/// <param name="Limit">Rows to return (at most 1000).</param>
/// <param name="SortColumn">Column to sort by, or null for storage order.</param>
/// <param name="Filters">Conditions combined with AND.</param>
public sealed record PageRequest(int Offset, int Limit, string? SortColumn = null, bool Descending = false,
    IReadOnlyList<ColumnFilter>? Filters = null);

/// <summary>One filter condition on a column. <see cref="Value"/> is parsed according to the column's type.</summary>
public sealed record ColumnFilter(string Column, FilterOperator Operator, string? Value = null);

/// <summary>Filter operators offered by the dataset browser.</summary>
public enum FilterOperator
{
    Contains,
    StartsWith,
    Equals,
    NotEquals,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    IsMissing,
    IsNotMissing,
}

/// <summary>One page of rows, values formatted for display (null = missing; text longer than
/// <see cref="MaxValueChars"/> cut), and the row count after filtering.</summary>
public sealed record DataPage(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows, long TotalRows)
{
    /// <summary>Text values are cut to this many characters in a page; the full value is read with
    /// <see cref="IDatasetStore.ReadValueAsync"/>.</summary>
    public const int MaxValueChars = 500;

    /// <summary>The row id of each row of the page (SQLite's rowid), to read a whole value.</summary>
    public IReadOnlyList<long> RowIds { get; init; } = [];

    /// <summary>The values cut for the page: row of the page, column, and full length in characters.</summary>
    public IReadOnlyList<CutValue> CutValues { get; init; } = [];

    /// <summary>True when the sort or a filter wanted an index that could not be built because another program (an
    /// import) was writing to the workspace; the page was read without it, more slowly.</summary>
    public bool WithoutIndex { get; init; }
}
