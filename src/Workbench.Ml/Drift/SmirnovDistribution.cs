namespace Workbench.Ml.Drift;

/// <summary>The one-sided Kolmogorov–Smirnov (Smirnov) tail Pr(D+_n ≥ x), SciPy's <c>scipy.special.smirnov</c>.</summary>
/// <remarks>Follows SciPy's cephes <c>_smirnov</c>: the same special cases and the same large-n approximation, and the
/// Birnbaum–Tingey sum otherwise. SciPy sums in double-double arithmetic; here every term is positive and is computed in
/// log space, which keeps the relative error near 1e-12 for the sample sizes the workbench meets.</remarks>
internal static class SmirnovDistribution
{
    private const int MaxComputeN = 1_000_000;
    private const double MinLog = -7.08396418532264106224E2;

    public static double Sf(int n, double x)
    {
        if (!(n > 0 && x >= 0.0 && x <= 1.0)) return double.NaN;
        if (n == 1) return 1 - x;
        if (x == 0.0) return 1.0;
        if (x == 1.0) return 0.0;
        double nx = n * x;
        int nxfl = (int)Math.Floor(nx);
        double alpha = nx - nxfl;
        if (nxfl == 0 || (nxfl == 1 && alpha == 0))
            return Math.Clamp(1 - x * Math.Pow(1 + x, n - 1), 0, 1);
        if (-2 * n * x * x < MinLog) return 0.0;
        if (nxfl >= n - 1) return Math.Pow(1 - x, n);
        if (n > MaxComputeN) return Math.Min(1.0, Math.Exp(-Math.Pow(6.0 * n * x + 1, 2) / 18.0 / n));
        return Math.Clamp(LowerSum(n, x, nxfl), 0, 1);
    }

    // x * Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (1 − x − v/n)^(n−v) (x + v/n)^(v−1), all terms positive. log C(n, v) is carried
    // from term to term with a compensated sum, so each term costs three logarithms and one exponential.
    private static double LowerSum(int n, double x, int nxfl)
    {
        int last = n - nxfl - 1;
        var logBinomial = new CompensatedSum();
        var sum = new CompensatedSum();
        for (int v = 0; v <= last; v++)
        {
            if (v > 0) logBinomial.Add(Math.Log((n - v + 1) / (double)v));
            double lower = (double)(n - v) / n - x, upper = (double)v / n + x;
            if (lower <= 0) break;
            double term = Math.Exp(logBinomial.Value + (n - v) * Math.Log(lower) + (v - 1) * Math.Log(upper));
            sum.Add(term);
            // Past the largest term the terms fall fast; stop when the rest cannot change the sum (SciPy's rule).
            if (term > 0 && 4.0 * (last - v) * term < 2.220446049250313e-16 * sum.Value && v != last) break;
        }
        return x * sum.Value;
    }
}
