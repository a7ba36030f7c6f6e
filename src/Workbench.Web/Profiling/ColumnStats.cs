using Workbench.Ml.Data;
using Workbench.Ml.Profiling;

namespace Workbench.Web.Profiling;

/// <summary>One line of a column's statistics table.</summary>
public sealed record StatLine(string Label, string Value);

/// <summary>The statistics table of a column, in ydata-profiling's order, formatted for its type.</summary>
public static class ColumnStats
{
    /// <summary>Count, distinct and missing, then (for numeric and date columns) the moments, quantiles, zeros and
    /// infinite values.</summary>
    public static IReadOnlyList<StatLine> For(ColumnProfile column)
    {
        var lines = new List<StatLine>
        {
            new("Count", ProfileFormat.Count(column.Count)),
            new("Distinct", $"{ProfileFormat.Count(column.Distinct)} ({ProfileFormat.Percent(column.Count == 0 ? 0 : (double)column.Distinct / column.Count)})"),
            new("Missing", $"{ProfileFormat.Count(column.Missing)} ({ProfileFormat.Percent(column.MissingShare)})"),
        };
        if (column.Numeric is { } n) lines.AddRange(Numeric(n, column.Type));
        return lines;
    }

    private static IEnumerable<StatLine> Numeric(NumericSummary n, ColumnType type)
    {
        string V(double v) => ProfileFormat.Value(v, type);
        yield return new("Mean", V(n.Mean));
        yield return new("Std", ProfileFormat.Spread(n.Std, type));
        yield return new("Min", V(n.Min));
        yield return new("5 %", V(n.Q05));
        yield return new("25 %", V(n.Q25));
        yield return new("Median", V(n.Median));
        yield return new("75 %", V(n.Q75));
        yield return new("95 %", V(n.Q95));
        yield return new("Max", V(n.Max));
        yield return new("Skewness", ProfileFormat.Number(n.Skewness is { } s ? Math.Round(s, 4) : null));
        yield return new("Kurtosis", ProfileFormat.Number(n.Kurtosis is { } k ? Math.Round(k, 4) : null));
        if (type != ColumnType.Date)
        {
            yield return new("Zeros", ProfileFormat.Count(n.Zeros));
            yield return new("Infinite", ProfileFormat.Count(n.Infinite));
            yield return new("Sum", ProfileFormat.Number(n.Sum));
        }
    }
}
