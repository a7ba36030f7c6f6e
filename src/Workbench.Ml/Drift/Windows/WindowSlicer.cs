using Workbench.Ml.Data;

namespace Workbench.Ml.Drift.Windows;

/// <summary>Cuts a table into the rows whose date column lies in each window.</summary>
public static class WindowSlicer
{
    /// <summary>The rows of each window (an empty table when none fall in it), in the table's row order.</summary>
    /// <exception cref="DriftException">The date column is missing or does not hold dates.</exception>
    public static IReadOnlyList<TabularData> Slice(TabularData data, string dateColumn, IReadOnlyList<TimeWindow> windows,
        CancellationToken cancellationToken = default)
    {
        var days = DateColumn(data, dateColumn).Numbers!;
        var slices = new TabularData[windows.Count];
        for (int w = 0; w < windows.Count; w++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double from = DateValues.ToDays(windows[w].From.ToDateTime(TimeOnly.MinValue));
            double to = DateValues.ToDays(windows[w].To.AddDays(1).ToDateTime(TimeOnly.MinValue));
            var rows = new List<int>();
            for (int i = 0; i < days.Length; i++)
                if (days[i] >= from && days[i] < to) rows.Add(i);
            slices[w] = Take(data, rows);
        }
        return slices;
    }

    /// <summary>The date column of the table, checked.</summary>
    public static DataColumn DateColumn(TabularData data, string name)
    {
        var dates = data.Columns.Where(c => c.Type == ColumnType.Date).Select(c => c.Name).ToList();
        string choose = dates.Count == 0 ? "the data has no date column (import the column with type date to window by it)."
            : $"window by one of its date columns: {string.Join(", ", dates)}.";
        var column = data.Columns.FirstOrDefault(c => c.Name == name)
            ?? throw new DriftException($"There is no column '{name}' to cut windows by; {choose}", name);
        if (column.Type != ColumnType.Date)
            throw new DriftException($"Column '{name}' is {column.Type.ToName()}, not a date, so it cannot cut windows; {choose}", name);
        return column;
    }

    /// <summary>The given rows of every column.</summary>
    public static TabularData Take(TabularData data, IReadOnlyList<int> rows) => data.TakeRows(rows);
}
