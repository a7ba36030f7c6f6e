using Workbench.Ml.Data;

namespace Workbench.Ml.Pipelines;

/// <summary>A seeded random sample of a table's rows, kept in their original order (for quick previews).</summary>
public static class TableSample
{
    /// <summary>The table itself when it has at most <paramref name="maxRows"/> rows; otherwise that many rows chosen
    /// uniformly at random without replacement (same seed, same rows), in their original order.</summary>
    public static TabularData Take(TabularData table, int maxRows, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRows);
        if (table.RowCount <= maxRows) return table;
        var random = new Random(seed);
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        // Partial Fisher–Yates: the first maxRows entries become a uniform sample.
        for (var i = 0; i < maxRows; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var rows = order.AsSpan(0, maxRows).ToArray();
        Array.Sort(rows);
        var columns = table.Columns.Select(c => c.Numbers is { } n
            ? DataColumn.Numeric(c.Name, c.Type, rows.Select(r => n[r]).ToArray())
            : DataColumn.Text(c.Name, c.Type, rows.Select(r => c.Strings![r]).ToArray())).ToList();
        return new TabularData(table.Name, columns);
    }
}
