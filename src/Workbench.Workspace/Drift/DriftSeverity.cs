using Workbench.Ml.Drift;

namespace Workbench.Workspace.Drift;

/// <summary>Orders drift results from the most to the least severe, across tests with p-values and distances.</summary>
public static class DriftSeverity
{
    /// <summary>How far a result is past its threshold: statistic / threshold for distances, log p / log α for tests
    /// (so 1 is at the threshold for both, and larger is more severe).</summary>
    public static double Score(ColumnDrift column)
    {
        if ((column.AdjustedPValue ?? column.PValue) is not { } p)
            return column.Threshold > 0 ? column.Statistic / column.Threshold : column.Statistic > 0 ? double.MaxValue : 0;
        if (column.Threshold is <= 0 or >= 1) return -Math.Log(Math.Max(p, double.Epsilon));
        return Math.Log(Math.Max(p, double.Epsilon)) / Math.Log(column.Threshold);
    }

    /// <summary>Drifted columns first, then by <see cref="Score"/> descending, then by name.</summary>
    public static IReadOnlyList<ColumnDrift> Order(IEnumerable<ColumnDrift> columns) =>
        columns.OrderByDescending(c => c.Drifted).ThenByDescending(Score).ThenBy(c => c.Column, StringComparer.Ordinal).ToList();
}
