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

/// <summary>One page of rows, values formatted for display (null = missing), and the row count after filtering.</summary>
public sealed record DataPage(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows, long TotalRows);
