using System.Globalization;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Datasets;

/// <summary>Which filter operators suit which column type, how they read, and how a typed value is checked and
/// normalised before it reaches <see cref="IDatasetStore.QueryPageAsync"/>.</summary>
public static class ColumnFilters
{
    private static readonly FilterOperator[] Ordered =
    [
        FilterOperator.Equals, FilterOperator.NotEquals, FilterOperator.GreaterThan, FilterOperator.GreaterOrEqual,
        FilterOperator.LessThan, FilterOperator.LessOrEqual, FilterOperator.IsMissing, FilterOperator.IsNotMissing,
    ];

    private static readonly FilterOperator[] Textual =
    [
        FilterOperator.Contains, FilterOperator.StartsWith, FilterOperator.Equals, FilterOperator.NotEquals,
        FilterOperator.IsMissing, FilterOperator.IsNotMissing,
    ];

    private static readonly FilterOperator[] Logical =
        [FilterOperator.Equals, FilterOperator.NotEquals, FilterOperator.IsMissing, FilterOperator.IsNotMissing];

    /// <summary>The operators offered for a column of this type, the most useful first.</summary>
    public static IReadOnlyList<FilterOperator> For(ColumnType type) => type switch
    {
        ColumnType.Integer or ColumnType.Real or ColumnType.Date => Ordered,
        ColumnType.Boolean => Logical,
        _ => Textual,
    };

    /// <summary>How an operator reads in the filter bar.</summary>
    public static string Label(FilterOperator op) => op switch
    {
        FilterOperator.Contains => "contains",
        FilterOperator.StartsWith => "starts with",
        FilterOperator.Equals => "=",
        FilterOperator.NotEquals => "≠",
        FilterOperator.GreaterThan => ">",
        FilterOperator.GreaterOrEqual => "≥",
        FilterOperator.LessThan => "<",
        FilterOperator.LessOrEqual => "≤",
        FilterOperator.IsMissing => "is missing",
        FilterOperator.IsNotMissing => "is not missing",
        _ => op.ToString(),
    };

    /// <summary>False for the operators that take no value (is missing, is not missing).</summary>
    public static bool NeedsValue(FilterOperator op) => op is not (FilterOperator.IsMissing or FilterOperator.IsNotMissing);

    /// <summary>Builds the store's filter from a draft, checking the value against the column type.</summary>
    /// <param name="error">What is wrong and how to fix it, when the result is null.</param>
    public static ColumnFilter? TryBuild(FilterDraft draft, ColumnType type, out string? error)
    {
        error = null;
        if (!For(type).Contains(draft.Operator))
        {
            error = $"'{Label(draft.Operator)}' does not apply to the {type.ToName()} column '{draft.Column}'.";
            return null;
        }
        if (!NeedsValue(draft.Operator)) return new ColumnFilter(draft.Column, draft.Operator);
        var text = draft.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = $"Type a value to compare '{draft.Column}' with.";
            return null;
        }
        var value = Normalize(text, type, out error);
        return value is null ? null : new ColumnFilter(draft.Column, draft.Operator, value);
    }

    private static string? Normalize(string text, ColumnType type, out string? error)
    {
        error = null;
        var inv = CultureInfo.InvariantCulture;
        switch (type)
        {
            case ColumnType.Integer when long.TryParse(text, NumberStyles.Integer, inv, out var l):
                return l.ToString(inv);
            case ColumnType.Integer:
                error = $"'{text}' is not a whole number. Type digits only, e.g. 42 or -7.";
                return null;
            case ColumnType.Real when double.TryParse(text, NumberStyles.Float, inv, out var d) && double.IsFinite(d):
                return d.ToString("R", inv);
            case ColumnType.Real:
                error = $"'{text}' is not a number. Use a dot for decimals, e.g. 3.25.";
                return null;
            case ColumnType.Boolean:
                var b = ParseBoolean(text);
                if (b is null) error = $"'{text}' is not true or false. Type true, false, yes, no, 1 or 0.";
                return b;
            case ColumnType.Date when DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm"],
                inv, DateTimeStyles.None, out var date):
                return DateValues.Format(DateValues.ToDays(date));
            case ColumnType.Date:
                error = $"'{text}' is not a date. Write it as yyyy-MM-dd, e.g. 2024-03-31.";
                return null;
            default:
                return text;
        }
    }

    private static string? ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "yes" or "1" or "t" or "y" => "true",
        "false" or "no" or "0" or "f" or "n" => "false",
        _ => null,
    };
}
