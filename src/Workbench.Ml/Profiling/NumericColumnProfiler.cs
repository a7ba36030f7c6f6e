using Workbench.Ml.Data;
using Workbench.Ml.Statistics;

namespace Workbench.Ml.Profiling;

/// <summary>Profiles a numeric column (Integer, Real, Boolean, Date) from one sort of its non-missing values.</summary>
internal static class NumericColumnProfiler
{
    /// <summary>Counts, summary statistics, most frequent values, histogram and the ranks.</summary>
    public static ColumnAnalysis Profile(DataColumn column, ProfileOptions options, CancellationToken ct)
    {
        var values = column.Numbers!;
        var (sorted, order) = ColumnSort.Sort(values);
        ct.ThrowIfCancellationRequested();
        var rows = values.Length;
        var runs = Runs(sorted);
        var frequent = ValueCounting.Top(runs.Select(r => r.Count).ToList(),
            i => ValueCounting.Format(column.Type, runs[i].Value), options.TopValues, rows);
        var summary = column.Type is ColumnType.Integer or ColumnType.Real or ColumnType.Date && sorted.Length > 0
            ? Summarise(values, sorted) : null;
        var histogram = column.Type == ColumnType.Boolean
            ? (sorted.Length == 0 ? null : ValueCounting.Bars(frequent, sorted.Length, options.TopValues))
            : FiniteHistogram(sorted, Math.Min(options.HistogramBins, runs.Count));
        double? imbalance = column.Type == ColumnType.Boolean ? ValueCounting.Imbalance(runs.Select(r => r.Count)) : null;
        double? uniform = column.Type is ColumnType.Integer or ColumnType.Real && sorted.Length > 0
            ? UniformPValue(sorted) : null;
        var profile = new ColumnProfile(column.Name, column.Type, sorted.Length, runs.Count, rows - sorted.Length,
            rows == 0 ? 0 : (double)(rows - sorted.Length) / rows, summary, frequent, histogram);
        // Only the ranks outlive this method: the sorted copy is dropped here, not held until the correlations.
        var ranked = column.Type is ColumnType.Integer or ColumnType.Real or ColumnType.Boolean ? RankedColumn.Create(values, sorted, order) : null;
        return new ColumnAnalysis(profile, imbalance, uniform, ranked);
    }

    /// <summary>Distinct values with their counts, ascending (0.0 and -0.0 are one value, as in pandas).</summary>
    private static List<(double Value, long Count)> Runs(double[] sorted)
    {
        var runs = new List<(double, long)>();
        for (var i = 0; i < sorted.Length;)
        {
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            runs.Add((sorted[i] == 0 ? 0.0 : sorted[i], j - i));
            i = j;
        }
        return runs;
    }

    private static NumericSummary Summarise(double[] values, double[] sorted)
    {
        long count = sorted.Length, zeros = 0, infinite = 0;
        foreach (var v in sorted)
        {
            if (v == 0) zeros++;
            else if (double.IsInfinity(v)) infinite++;
        }
        var sum = NumpySum.Sum<ValueTerm>(values, 0);
        var mean = sum / count;
        return new NumericSummary(mean, PandasMoments.Std(values), sorted[0],
            NumpyQuantile.Linear(sorted, 0.05), NumpyQuantile.Linear(sorted, 0.25), NumpyQuantile.Linear(sorted, 0.5),
            NumpyQuantile.Linear(sorted, 0.75), NumpyQuantile.Linear(sorted, 0.95), sorted[^1],
            PandasMoments.Skewness(values, mean, count), PandasMoments.Kurtosis(values, mean, count), zeros, infinite, sum);
    }

    private static ReadOnlySpan<double> Finite(double[] sorted)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi && double.IsNegativeInfinity(sorted[lo])) lo++;
        while (hi > lo && double.IsPositiveInfinity(sorted[hi - 1])) hi--;
        return sorted.AsSpan(lo, hi - lo);
    }

    private static Histogram? FiniteHistogram(double[] sorted, int bins)
    {
        var finite = Finite(sorted);
        return finite.Length == 0 ? null : NumpyHistogram.Compute(finite, bins, finite[0], finite[^1]);
    }

    private static double UniformPValue(double[] sorted)
    {
        var finite = Finite(sorted);
        if (finite.Length == 0) return 0;
        var bins = NumpyHistogram.AutoBinCount(finite);
        return ChiSquare.UniformPValue(NumpyHistogram.Compute(finite, bins, finite[0], finite[^1]).Counts);
    }
}
