using Workbench.Ml.Data;

namespace Workbench.Ml.Scenarios;

/// <summary>A scenario's course over equal periods of days: rows, default rate, mean of each numeric feature (missing
/// values left out) and missing share of each feature.</summary>
/// <param name="Starts">First day of each period.</param>
/// <param name="Rows">Sample rows in each period.</param>
/// <param name="DefaultRate">Share of defaults in each period (NaN for an empty period).</param>
/// <param name="Means">Mean of each numeric feature per period (NaN when empty).</param>
/// <param name="MissingShares">Share of missing values of each feature per period.</param>
/// <param name="SampleRows">Rows of the sample behind the series.</param>
/// <param name="DaysPerPeriod">Days in each period (the last may be shorter).</param>
public sealed record ScenarioSeries(IReadOnlyList<DateOnly> Starts, IReadOnlyList<int> Rows, IReadOnlyList<double> DefaultRate,
    IReadOnlyDictionary<string, double[]> Means, IReadOnlyDictionary<string, double[]> MissingShares, int SampleRows, int DaysPerPeriod)
{
    /// <summary>Aggregates a generated table into at most <paramref name="periods"/> periods of whole days.</summary>
    public static ScenarioSeries From(TabularData table, LoanScenarioOptions options, int periods)
    {
        int count = Math.Clamp(periods, 1, options.Days);
        int daysPer = (options.Days + count - 1) / count;
        count = (options.Days + daysPer - 1) / daysPer;
        var firstDay = DateValues.ToDays(options.StartDate.ToDateTime(TimeOnly.MinValue));
        var dates = table[LoanColumns.Date].Numbers!;
        var period = new int[dates.Length];
        var rows = new int[count];
        for (int i = 0; i < dates.Length; i++)
        {
            period[i] = Math.Min((int)((dates[i] - firstDay) / daysPer), count - 1);
            rows[period[i]]++;
        }
        var means = new Dictionary<string, double[]>();
        var missing = new Dictionary<string, double[]>();
        foreach (var column in table.Columns.Where(c => LoanColumns.Features.Contains(c.Name)))
        {
            var (mean, miss) = Aggregate(column, period, rows);
            if (column.Numbers is not null) means[column.Name] = mean;
            missing[column.Name] = miss;
        }
        var defaults = Aggregate(table[LoanColumns.Default], period, rows).Mean;
        var starts = Enumerable.Range(0, count).Select(p => options.StartDate.AddDays(p * daysPer)).ToList();
        return new ScenarioSeries(starts, rows, defaults, means, missing, table.RowCount, daysPer);
    }

    private static (double[] Mean, double[] Missing) Aggregate(DataColumn column, int[] period, int[] rows)
    {
        var sum = new double[rows.Length];
        var present = new int[rows.Length];
        var missing = new int[rows.Length];
        for (int i = 0; i < period.Length; i++)
        {
            if (column.IsMissing(i)) { missing[period[i]]++; continue; }
            present[period[i]]++;
            if (column.Numbers is { } n) sum[period[i]] += n[i];
        }
        var mean = new double[rows.Length];
        var share = new double[rows.Length];
        for (int p = 0; p < rows.Length; p++)
        {
            mean[p] = present[p] == 0 ? double.NaN : sum[p] / present[p];
            share[p] = rows[p] == 0 ? double.NaN : missing[p] / (double)rows[p];
        }
        return (mean, share);
    }
}
