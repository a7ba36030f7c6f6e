namespace Workbench.Ml.Drift;

/// <summary>Distances between the binned shares p (reference) and q (current) (Jensen–Shannon distance, PSI, KL, Hellinger; natural log).</summary>
internal static class BinnedDistances
{
    /// <summary>The share that replaces an empty bin before PSI and KL.</summary>
    public const double ZeroShare = 0.0001;

    /// <summary>Jensen–Shannon distance with natural log, as <c>scipy.spatial.distance.jensenshannon(p, q)</c>.</summary>
    public static double JensenShannon(double[] p, double[] q)
    {
        p = Normalised(p);
        q = Normalised(q);
        double left = 0, right = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double m = (p[i] + q[i]) / 2.0;
            left += RelativeEntropy(p[i], m);
            right += RelativeEntropy(q[i], m);
        }
        return Math.Sqrt(Math.Max(0.0, (left + right) / 2.0));
    }

    /// <summary>Population stability index Σ (q − p) ln(q / p), empty bins replaced by 0.0001.</summary>
    public static double Psi(double[] p, double[] q)
    {
        p = ReplaceZeros(p);
        q = ReplaceZeros(q);
        double sum = 0;
        for (int i = 0; i < p.Length; i++) sum += (q[i] - p[i]) * Math.Log(q[i] / p[i]);
        return sum;
    }

    /// <summary>KL divergence Σ p ln(p / q) after zero replacement and renormalising, as <c>scipy.stats.entropy(p, q)</c>.</summary>
    public static double Kl(double[] p, double[] q)
    {
        p = Normalised(ReplaceZeros(p));
        q = Normalised(ReplaceZeros(q));
        double sum = 0;
        for (int i = 0; i < p.Length; i++) sum += RelativeEntropy(p[i], q[i]);
        return sum;
    }

    /// <summary>Hellinger distance sqrt(1 − Σ sqrt(p q)), computed in the equal, cancellation-free form
    /// sqrt(Σ (√p − √q)² / 2), which is exactly 0 for identical shares.</summary>
    public static double Hellinger(double[] p, double[] q)
    {
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            double d = Math.Sqrt(p[i]) - Math.Sqrt(q[i]);
            sum += d * d;
        }
        return Math.Sqrt(sum / 2.0);
    }

    /// <summary>L-infinity distance max |p − q|.</summary>
    public static double LInfinity(double[] p, double[] q)
    {
        double max = 0;
        for (int i = 0; i < p.Length; i++) max = Math.Max(max, Math.Abs(p[i] - q[i]));
        return max;
    }

    /// <summary><c>scipy.special.rel_entr</c>: x ln(x / y), 0 when x = 0.</summary>
    private static double RelativeEntropy(double x, double y) =>
        x > 0 && y > 0 ? x * Math.Log(x / y) : x == 0 && y >= 0 ? 0.0 : double.PositiveInfinity;

    private static double[] ReplaceZeros(double[] shares)
    {
        var r = new double[shares.Length];
        for (int i = 0; i < r.Length; i++) r[i] = shares[i] == 0 ? ZeroShare : shares[i];
        return r;
    }

    private static double[] Normalised(double[] shares)
    {
        double total = 0;
        foreach (var s in shares) total += s;
        var r = new double[shares.Length];
        for (int i = 0; i < r.Length; i++) r[i] = shares[i] / total;
        return r;
    }
}
