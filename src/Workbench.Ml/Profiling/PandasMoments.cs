using Workbench.Ml.Statistics;

namespace Workbench.Ml.Profiling;

/// <summary>Mean, standard deviation, skewness and kurtosis computed the way pandas 1.5 computes them.</summary>
/// <remarks>Mean, skewness and kurtosis use numpy's pairwise sums (<c>nanops.nanmean/nanskew/nankurt</c>); the
/// standard deviation is bottleneck's two-pass <c>nanstd(ddof=1)</c>, which pandas uses when bottleneck is installed.
/// Sums smaller than 1e-14 count as zero (<c>_zero_out_fperr</c>), so a constant column has skewness and kurtosis 0.</remarks>
internal static class PandasMoments
{
    private const double FpError = 1e-14;

    /// <summary>The mean over non-missing values (NaN = missing).</summary>
    public static double Mean(double[] values, long count) => NumpySum.Sum<ValueTerm>(values, 0) / count;

    /// <summary>The sample standard deviation (ddof = 1); NaN when fewer than two values.</summary>
    public static double Std(double[] values)
    {
        double sum = 0;
        long count = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) { sum += v; count++; }
        if (count <= 1) return double.NaN;
        var mean = sum / count;
        double squares = 0;
        foreach (var v in values)
            if (!double.IsNaN(v)) { var a = v - mean; squares += a * a; }
        return Math.Sqrt(squares / (count - 1));
    }

    /// <summary>The adjusted Fisher–Pearson skewness G1 (pandas <c>Series.skew()</c>); null when fewer than 3 values.</summary>
    public static double? Skewness(double[] values, double mean, long count)
    {
        if (count < 3) return null;
        var m2 = ZeroOut(NumpySum.Sum<SquareTerm>(values, mean));
        var m3 = ZeroOut(NumpySum.Sum<CubeTerm>(values, mean));
        if (m2 == 0) return 0;
        double n = count;
        return n * Math.Pow(n - 1, 0.5) / (n - 2) * (m3 / Math.Pow(m2, 1.5));
    }

    /// <summary>The bias-corrected excess kurtosis G2 (pandas <c>Series.kurt()</c>); null when fewer than 4 values.</summary>
    public static double? Kurtosis(double[] values, double mean, long count)
    {
        if (count < 4) return null;
        var m2 = NumpySum.Sum<SquareTerm>(values, mean);
        var m4 = NumpySum.Sum<FourthTerm>(values, mean);
        double n = count;
        var adj = 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
        var numerator = ZeroOut(n * (n + 1) * (n - 1) * m4);
        var denominator = ZeroOut((n - 2) * (n - 3) * (m2 * m2));
        if (denominator == 0) return 0;
        return numerator / denominator - adj;
    }

    private static double ZeroOut(double value) => Math.Abs(value) < FpError ? 0 : value;
}
