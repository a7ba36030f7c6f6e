using Workbench.Ml.Statistics;

namespace Workbench.Ml.Pipelines;

/// <summary>Statistics over the present (non-NaN) values of a column, computed as numpy's nan-functions do.</summary>
internal static class NumericStats
{
    /// <summary>The present values, sorted ascending.</summary>
    public static double[] SortedPresent(double[] values)
    {
        var present = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(present);
        return present;
    }

    /// <summary>Mean and population variance (ddof 0) of the present values, by a two-pass sum; NaN when none.</summary>
    public static (double Mean, double Variance, int Count) MeanVariance(double[] values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) { sum += v; n++; }
        if (n == 0) return (double.NaN, double.NaN, 0);
        var mean = sum / n;
        double squares = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) squares += (v - mean) * (v - mean);
        return (mean, squares / n, n);
    }

    /// <summary>The q-th percentile (0–100) of sorted values with numpy's default "linear" method; NaN when empty.</summary>
    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : NumpyQuantile.Linear(sorted, q / 100);

    private const double Eps = 2.220446049250313e-16;

    /// <summary>A scale below ten machine epsilons is replaced by 1, as scikit-learn's _handle_zeros_in_scale.</summary>
    public static double NonZeroScale(double scale) => scale < 10 * Eps ? 1.0 : scale;

    /// <summary>StandardScaler's scale: the standard deviation, or 1 for a constant column (its _is_constant_feature test).</summary>
    public static double StandardScale(double mean, double variance, int n) =>
        variance <= n * Eps * variance + Math.Pow(n * mean * Eps, 2) ? 1.0 : Math.Sqrt(variance);
}
