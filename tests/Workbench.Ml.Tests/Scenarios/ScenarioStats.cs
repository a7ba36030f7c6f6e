using Workbench.Ml.Data;

namespace Workbench.Ml.Tests.Scenarios;

/// <summary>Window statistics over a generated scenario table, for the generator's tests.</summary>
internal static class ScenarioStats
{
    /// <summary>The day number (days since 1970) stored in the date column for a calendar day.</summary>
    public static double Day(DateOnly d) => DateValues.ToDays(d.ToDateTime(TimeOnly.MinValue));

    /// <summary>Row indices whose date lies in [from, to].</summary>
    public static int[] Rows(TabularData t, DateOnly from, DateOnly to)
    {
        var dates = t["date"].Numbers!;
        double lo = Day(from), hi = Day(to);
        return Enumerable.Range(0, dates.Length).Where(i => dates[i] >= lo && dates[i] <= hi).ToArray();
    }

    /// <summary>Mean of a numeric column over the rows.</summary>
    public static double Mean(TabularData t, string column, int[] rows)
    {
        var v = t[column].Numbers!;
        return rows.Average(i => v[i]);
    }

    /// <summary>Share of the rows for which the predicate holds.</summary>
    public static double Share(int[] rows, Func<int, bool> predicate) => (double)rows.Count(predicate) / rows.Length;

    /// <summary>Standard error of a proportion p estimated from n rows.</summary>
    public static double ProportionSe(double p, int n) => Math.Sqrt(p * (1 - p) / n);
}
