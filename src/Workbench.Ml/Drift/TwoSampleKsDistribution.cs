namespace Workbench.Ml.Drift;

/// <summary>The exact null distribution of the two-sided two-sample Kolmogorov–Smirnov statistic, as SciPy computes it.</summary>
/// <remarks>Ports SciPy 1.10's <c>_compute_prob_outside_square</c> (n = m) and <c>_compute_outer_prob_inside_method</c>
/// (Hodges' lattice paths with Viehmann's recursion for 1 − p), with <c>_attempt_exact_2kssamp</c>'s rounding of D to h/lcm.</remarks>
internal static class TwoSampleKsDistribution
{
    /// <summary>Tries the exact p-value of D for sample sizes n1, n2; returns false when the computation fails (then SciPy
    /// falls back to the asymptotic distribution). <paramref name="d"/> becomes h/lcm(n1, n2), as SciPy reports it.</summary>
    public static bool TryExactPValue(int n1, int n2, ref double d, out double p)
    {
        long g = Gcd(n1, n2);
        long lcm = n1 / g * n2;
        long h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
        d = h * 1.0 / lcm;
        p = 1.0;
        if (h == 0) return true;
        p = n1 == n2 ? ProbOutsideSquare(n1, h) : OuterProbInside(n1, n2, g, h);
        return p is >= 0 and <= 1;
    }

    internal static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    /// <summary>Pr(D_{n,n} ≥ h/n) by the alternating series in Horner form.</summary>
    internal static double ProbOutsideSquare(long n, long h)
    {
        double p = 0.0;
        long k = (long)Math.Floor((double)n / h);
        while (k >= 0)
        {
            double p1 = 1.0;
            for (long j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
            p = p1 * (1.0 - p);
            k--;
        }
        return 2 * p;
    }

    /// <summary>The proportion of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| &lt; h/lcm.</summary>
    internal static double OuterProbInside(long m, long n, long g, long h)
    {
        if (m < n) (m, n) = (n, m);
        long mg = m / g, ng = n / g;
        long minj = 0, maxj = Math.Min((long)Math.Ceiling((double)h / mg), n + 1);
        long curlen = maxj - minj;
        long lenA = Math.Min(2 * maxj + 2, n + 1);
        var a = new double[lenA];
        Array.Fill(a, 1.0);
        Array.Clear(a, (int)minj, (int)(maxj - minj));
        for (long i = 1; i <= m; i++)
        {
            long lastminj = minj, lastlen = curlen;
            minj = Math.Min(Math.Max((long)Math.Floor((double)(ng * i - h) / mg) + 1, 0), n);
            maxj = Math.Min((long)Math.Ceiling((double)(ng * i + h) / mg), n + 1);
            if (maxj <= minj) return 1.0;
            double val = minj == 0 ? 0.0 : 1.0;
            long width = maxj - minj, shift = minj - lastminj;
            for (long jj = 0; jj < width; jj++)
            {
                long j = jj + minj;
                val = (a[jj + shift] * i + val * j) / (i + j);
                a[jj] = val;
            }
            curlen = width;
            if (lastlen > curlen)
            {
                long end = Math.Min(width + (lastlen - curlen), lenA);
                for (long t = width; t < end; t++) a[t] = 1.0;
            }
        }
        return a[maxj - minj - 1];
    }
}
