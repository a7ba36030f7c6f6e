using Microsoft.Data.Sqlite;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Datasets;

/// <summary>Builds the parameterised SQL for one page of a dataset: WHERE from filters, ORDER BY with the row id as
/// tie-break, LIMIT/OFFSET. Column names come from the catalog only; values are always parameters.</summary>
internal sealed class PageQuery
{
    /// <summary>Largest page a request may ask for.</summary>
    public const int MaxLimit = 1000;

    private readonly DatasetInfo _info;
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object Value)> _parameters = [];

    public PageQuery(DatasetInfo info, PageRequest request)
    {
        _info = info;
        if (request.Offset < 0) throw new WorkspaceException($"The page offset must be 0 or more (got {request.Offset}).");
        if (request.Limit is < 1 or > MaxLimit)
            throw new WorkspaceException($"A page holds 1 to {MaxLimit} rows (got {request.Limit}).");
        Sort = request.SortColumn is null ? null : Column(request.SortColumn);
        foreach (var filter in request.Filters ?? []) AddFilter(filter);
        Request = request;
    }

    public PageRequest Request { get; }

    /// <summary>The sort column, as named in the catalog.</summary>
    public ColumnInfo? Sort { get; }

    /// <summary>Columns used in comparisons an index can serve.</summary>
    public List<ColumnInfo> IndexableFilters { get; } = [];

    public bool HasFilters => _conditions.Count > 0;

    public string CountSql => $"SELECT COUNT(*) FROM {SqlIdentifier.Quote(_info.Name)}{Where};";

    public string PageSql
    {
        get
        {
            var rowId = ColumnStorage.RowIdAlias(_info.Columns.Select(c => c.Name))!;
            var direction = Request.Descending ? " DESC" : "";
            var order = Sort is null ? rowId : $"{SqlIdentifier.Quote(Sort.Name)}{direction}, {rowId}{direction}";
            // Text is cut in SQLite, so a page never carries a long value; the full length comes along when it was cut.
            var n = DataPage.MaxValueChars;
            var values = _info.Columns.Select(c => IsText(c)
                ? $"substr({SqlIdentifier.Quote(c.Name)}, 1, {n})" : SqlIdentifier.Quote(c.Name));
            var lengths = _info.Columns.Where(IsText)
                .Select(c => $"nullif(max(length({SqlIdentifier.Quote(c.Name)}), {n}), {n})"); // the length when over n, else NULL
            var columns = string.Join(", ", new[] { rowId }.Concat(values).Concat(lengths));
            return $"SELECT {columns} FROM {SqlIdentifier.Quote(_info.Name)}{Where} ORDER BY {order} LIMIT $limit OFFSET $offset;";
        }
    }

    /// <summary>Whether a column holds text that a page cuts.</summary>
    public static bool IsText(ColumnInfo column) => column.Type is ColumnType.Text or ColumnType.Categorical;

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in _parameters) command.Parameters.AddWithValue(name, value);
    }

    private string Where => _conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _conditions);

    private void AddFilter(ColumnFilter filter)
    {
        var column = Column(filter.Column);
        var quoted = SqlIdentifier.Quote(column.Name);
        switch (filter.Operator)
        {
            case FilterOperator.IsMissing: _conditions.Add($"{quoted} IS NULL"); return;
            case FilterOperator.IsNotMissing: _conditions.Add($"{quoted} IS NOT NULL"); return;
            case FilterOperator.Contains: _conditions.Add($"{quoted} LIKE {Parameter("%" + EscapeLike(Value(filter)) + "%")} ESCAPE '\\'"); return;
            case FilterOperator.StartsWith: _conditions.Add($"{quoted} LIKE {Parameter(EscapeLike(Value(filter)) + "%")} ESCAPE '\\'"); return;
        }
        var op = filter.Operator switch
        {
            FilterOperator.Equals => "=",
            FilterOperator.NotEquals => "IS NOT",
            FilterOperator.GreaterThan => ">",
            FilterOperator.GreaterOrEqual => ">=",
            FilterOperator.LessThan => "<",
            FilterOperator.LessOrEqual => "<=",
            _ => throw new WorkspaceException($"Unknown filter operator '{filter.Operator}'."),
        };
        _conditions.Add($"{quoted} {op} {Parameter(Parse(column, Value(filter)))}");
        if (filter.Operator != FilterOperator.NotEquals) IndexableFilters.Add(column);
    }

    private static object Parse(ColumnInfo column, string value)
    {
        if (!ValueConverter.TryConvert(value.Trim(), column.Type, out var stored) || stored is null)
            throw new WorkspaceException($"Filter on column '{column.Name}': '{value}' is not a valid {ColumnStorage.Describe(column.Type)}.");
        return column.Type is ColumnType.Text or ColumnType.Categorical ? value : stored;
    }

    private static string Value(ColumnFilter filter) => filter.Value ?? throw new WorkspaceException(
        $"The filter '{filter.Operator}' on column '{filter.Column}' needs a value.");

    private string Parameter(object value)
    {
        var name = "$p" + _parameters.Count;
        _parameters.Add((name, value));
        return name;
    }

    private ColumnInfo Column(string name) =>
        _info.Columns.FirstOrDefault(c => c.Name == name)
        ?? _info.Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new WorkspaceException($"Dataset '{_info.Name}' has no column named '{Workbench.Ml.MessageText.Name(name)}'.");

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
