using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Workspace.Drift;

/// <summary>Cuts a table to the rows whose date column lies in a window, with clear refusals.</summary>
internal static class DriftWindows
{
    /// <summary>The rows of <paramref name="data"/> inside the side's window (all rows when it has none).</summary>
    public static TabularData Apply(TabularData data, DriftSide side, string role)
    {
        if (side.Window is not { } window) return data;
        var column = data.Columns.FirstOrDefault(c => c.Name == window.Column)
            ?? throw NoSuchColumn(window, role, data.Columns.Where(c => c.Type == ColumnType.Date).Select(c => c.Name));
        if (column.Type != ColumnType.Date)
            throw NotADate(window.Column, column.Type, data.Columns.Where(c => c.Type == ColumnType.Date).Select(c => c.Name));
        if (window.From > window.To)
            throw new WorkspaceException($"The {role} window starts after it ends ({window.Describe()}); give the earlier day first.");
        double from = window.From is { } f ? DateValues.ToDays(f.ToDateTime(TimeOnly.MinValue)) : double.NegativeInfinity;
        double to = window.To is { } t ? DateValues.ToDays(t.AddDays(1).ToDateTime(TimeOnly.MinValue)) : double.PositiveInfinity;
        var days = column.Numbers!;
        var rows = new List<int>();
        for (int i = 0; i < days.Length; i++)
            if (days[i] >= from && days[i] < to) rows.Add(i);
        if (rows.Count == 0)
        {
            var span = Span(days) is { } s ? $"its dates run from {Day(s.First)} to {Day(s.Last)}" : "it holds no dates at all";
            throw new WorkspaceException($"The {role} window {window.Describe()} holds no rows of {side.Describe()}: {span}. " +
                "Choose a range that overlaps those dates.");
        }
        return rows.Count == days.Length ? data : data.TakeRows(rows);
    }

    /// <summary>The first and last day of a date column, or null when every value is missing.</summary>
    public static (DateOnly First, DateOnly Last)? Span(double[] days)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var d in days)
        {
            if (double.IsNaN(d)) continue;
            if (d < min) min = d;
            if (d > max) max = d;
        }
        if (min > max) return null;
        return (DateOnly.FromDateTime(DateValues.FromDays(Math.Floor(min))), DateOnly.FromDateTime(DateValues.FromDays(Math.Floor(max))));
    }

    /// <summary>The refusal for a window column the data does not have.</summary>
    public static WorkspaceException NoSuchColumn(DateWindow window, string role, IEnumerable<string> dateColumns) =>
        new($"The {role} data has no column '{window.Column}' to window by; {DateColumns(dateColumns)}");

    /// <summary>The refusal for a window column that does not hold dates.</summary>
    public static WorkspaceException NotADate(string column, ColumnType type, IEnumerable<string> dateColumns) =>
        new($"Column '{column}' is {type.ToName()}, not a date, so it cannot cut windows; {DateColumns(dateColumns)}");

    private static string DateColumns(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0
            ? "the data has no date column (import the column with type date to window by it)."
            : $"window by one of its date columns: {string.Join(", ", list)}.";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
