namespace Workbench.Ml.Explain.Inspection;

/// <summary>scipy.stats.mstats.mquantiles with its defaults alphap = betap = 0.4, which scikit-learn's partial
/// dependence uses for its percentile grid.</summary>
internal static class MQuantiles
{
    /// <summary>The <paramref name="p"/>-quantile of <paramref name="sorted"/> (ascending, no NaN, not empty).</summary>
    public static double Compute(ReadOnlySpan<double> sorted, double p, double alphap = 0.4, double betap = 0.4)
    {
        int n = sorted.Length;
        if (n == 1) return sorted[0];
        double m = alphap + p * (1 - alphap - betap);
        double aleph = n * p + m;
        int k = (int)Math.Floor(Math.Clamp(aleph, 1, n - 1));
        double gamma = Math.Clamp(aleph - k, 0, 1);
        return (1 - gamma) * sorted[k - 1] + gamma * sorted[k];
    }
}
