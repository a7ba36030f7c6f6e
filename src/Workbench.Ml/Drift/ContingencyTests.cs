using MathNet.Numerics;

namespace Workbench.Ml.Drift;

/// <summary>Tests on counts: Pearson's chi-square on the 2×k table and the two-proportion z-test.</summary>
internal static class ContingencyTests
{
    /// <summary>Pearson chi-square without continuity correction and its p-value with k − 1 degrees of freedom, as
    /// <c>scipy.stats.chi2_contingency([R, C], correction=False)</c>; bins empty on both sides are left out.</summary>
    public static (double Statistic, double PValue) ChiSquare(int[] reference, int[] current)
    {
        var kept = Enumerable.Range(0, reference.Length).Where(i => reference[i] + current[i] > 0).ToArray();
        if (kept.Length <= 1) return (0.0, 1.0);
        var table = new long[2, kept.Length];
        for (var j = 0; j < kept.Length; j++) (table[0, j], table[1, j]) = (reference[kept[j]], current[kept[j]]);
        var statistic = Statistics.ChiSquare.ContingencyStatistic(table, correction: false);
        return (statistic, Statistics.ChiSquare.UpperTail(statistic, kept.Length - 1));
    }

    /// <summary>Two-proportion z statistic with pooled proportion, z = (p_R − p_C) / sqrt(P(1 − P)(1/n + 1/m)), where p is
    /// the share of <paramref name="successIndex"/>, and its two-sided normal p-value. One value only gives z = 0, p = 1.</summary>
    public static (double Statistic, double PValue) TwoProportionZ(int[] reference, int[] current, int successIndex)
    {
        double n = 0, m = 0;
        for (int i = 0; i < reference.Length; i++)
        {
            n += reference[i];
            m += current[i];
        }
        double p1 = reference[successIndex] / n, p2 = current[successIndex] / m;
        double pooled = (p1 * n + p2 * m) / (n + m);
        double variance = pooled * (1 - pooled) * (1.0 / n + 1.0 / m);
        if (variance <= 0) return (0.0, 1.0);
        double z = (p1 - p2) / Math.Sqrt(variance);
        return (z, Math.Min(1.0, SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0))));
    }
}
