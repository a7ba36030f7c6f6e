namespace Workbench.Ml.Data;

/// <summary>Copies chosen rows of a table, the one place every part (splits, windows, batches) takes rows from.</summary>
public static class RowSelection
{
    /// <summary>A table holding the given rows of <paramref name="data"/>, in the order given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index lies outside the table.</exception>
    public static TabularData TakeRows(this TabularData data, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        var count = data.RowCount;
        for (var i = 0; i < rows.Count; i++)
            if ((uint)rows[i] >= (uint)count)
                throw new ArgumentOutOfRangeException(nameof(rows), rows[i], $"Row {rows[i]} is outside 0..{count - 1} of '{data.Name}'.");
        return new TabularData(data.Name, data.Columns.Select(c => Take(c, rows)).ToList());
    }

    private static DataColumn Take(DataColumn column, IReadOnlyList<int> rows)
    {
        if (column.Numbers is { } n)
        {
            var values = new double[rows.Count];
            for (var i = 0; i < values.Length; i++) values[i] = n[rows[i]];
            return column with { Numbers = values };
        }
        var s = column.Strings!;
        var texts = new string?[rows.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = s[rows[i]];
        return column with { Strings = texts };
    }
}
