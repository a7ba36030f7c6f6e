using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>Row subsets of a table.</summary>
public static class TableRows
{
    /// <summary>A table holding the given rows of <paramref name="data"/>, in the order given.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A row index lies outside the table.</exception>
    public static TabularData Take(TabularData data, int[] rows) => data.TakeRows(rows);
}
