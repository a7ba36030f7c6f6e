using Workbench.Ml.Data;

namespace Workbench.Ml.Profiling;

/// <summary>Missing values by column, and a missing/present matrix over evenly spaced rows for a heatmap.</summary>
internal static class MissingMatrix
{
    /// <summary>Counts per column (share of all rows) and <c>Matrix[sample][column]</c> = true where missing.</summary>
    public static MissingValues Build(TabularData data, IReadOnlyList<ColumnAnalysis> analyses, int maxRows)
    {
        var byColumn = analyses.Select(a => new ValueCount(a.Profile.Name, a.Profile.Missing, a.Profile.MissingShare)).ToList();
        var rows = SampleIndexes(data.RowCount, maxRows);
        var matrix = rows.Select(r => data.Columns.Select(c => c.IsMissing(r)).ToArray()).ToArray();
        return new MissingValues(byColumn, rows, matrix);
    }

    /// <summary>Every row when there are at most <paramref name="maxRows"/>, else row ⌊i · rows / maxRows⌋ for each i.</summary>
    public static List<int> SampleIndexes(int rows, int maxRows)
    {
        if (rows <= maxRows) return Enumerable.Range(0, rows).ToList();
        return Enumerable.Range(0, maxRows).Select(i => (int)((long)i * rows / maxRows)).ToList();
    }
}
