using Workbench.Ml.Data;

namespace Workbench.Ml.Explain;

/// <summary>A seeded sample of rows used as background or as the rows to average over.</summary>
public static class BackgroundSample
{
    /// <summary>The indices of at most <paramref name="count"/> of <paramref name="rows"/> rows, ascending, drawn with the seed
    /// (all rows when there are no more than <paramref name="count"/>).</summary>
    public static int[] Indices(int rows, int count, int seed)
    {
        if (count < 1) throw new ArgumentException($"A sample needs at least one row, not {count}.");
        var all = Enumerable.Range(0, rows).ToArray();
        if (rows <= count) return all;
        new Random(seed).Shuffle(all);
        var chosen = all[..count];
        Array.Sort(chosen);
        return chosen;
    }

    /// <summary>The sampled rows as a table with the same columns.</summary>
    public static TabularData Take(TabularData data, int count, int seed)
    {
        if (data.RowCount == 0) throw new ArgumentException($"Table '{data.Name}' has no rows to sample.");
        var indices = Indices(data.RowCount, count, seed);
        return indices.Length == data.RowCount ? data : Rows(data, indices);
    }

    /// <summary>The given rows of a table, in the given order.</summary>
    public static TabularData Rows(TabularData data, IReadOnlyList<int> indices) => new(data.Name, data.Columns.Select(c => c.Numbers is { } n
        ? DataColumn.Numeric(c.Name, c.Type, indices.Select(i => n[i]).ToArray())
        : DataColumn.Text(c.Name, c.Type, indices.Select(i => c.Strings![i]).ToArray())).ToArray());
}
