using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>Row subsets of a table.</summary>
public static class TableRows
{
    /// <summary>A table holding the given rows of <paramref name="data"/>, in the order given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index lies outside the table.</exception>
    public static TabularData Take(TabularData data, int[] rows)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var r in rows)
            if ((uint)r >= (uint)data.RowCount)
                throw new ArgumentOutOfRangeException(nameof(rows), r, $"Row {r} is outside 0..{data.RowCount - 1} of '{data.Name}'.");
        var columns = data.Columns.Select(c => c.Numbers is { } n
            ? DataColumn.Numeric(c.Name, c.Type, rows.Select(r => n[r]).ToArray())
            : DataColumn.Text(c.Name, c.Type, rows.Select(r => c.Strings![r]).ToArray())).ToList();
        return new TabularData(data.Name, columns);
    }
}
