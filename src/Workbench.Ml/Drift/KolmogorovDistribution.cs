namespace Workbench.Ml.Drift;

/// <summary>The survival function of the one-sample two-sided Kolmogorov–Smirnov statistic D_n, SciPy's <c>kstwo.sf</c>.</summary>
/// <remarks>Ports SciPy 1.10's <c>_kolmogn</c> (scipy/stats/_ksstats.py), which follows Simard and L'Ecuyer (2011):
/// Ruben–Gambino at the ends, the Durbin matrix (Marsaglia–Tsang–Wang), Pomeranz's recursion and the Pelz–Good
/// expansion in between, and twice the one-sided Smirnov tail for large D.</remarks>
internal static class KolmogorovDistribution
{
    private static readonly double[] StirlingCoefficients =
    [
        -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4,
        -5.952380952380952381e-4, 7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
    ];

    /// <summary>Pr(D_n ≥ x) for the support (0.5/n, 1): 1 at or below 0.5/n, 0 at or above 1, as <c>kstwo.sf(x, n)</c>.</summary>
    public static double Sf(int n, double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0.5 / n) return 1.0;
        if (x >= 1.0) return 0.0;
        return Math.Clamp(Kolmogn(n, x, cdf: false), 0.0, 1.0);
    }

    private static double Select(double cdfProb, double sfProb, bool cdf) => Math.Clamp(cdf ? cdfProb : sfProb, 0.0, 1.0);

    internal static double Kolmogn(int n, double x, bool cdf)
    {
        if (x >= 1.0) return Select(1.0, 0.0, cdf);
        if (x <= 0.0) return Select(0.0, 1.0, cdf);
        double t = n * x;
        if (t <= 1.0)
        {
            if (t <= 0.5) return Select(0.0, 1.0, cdf);
            double prob;
            if (n <= 140)
            {
                prob = 1.0;
                for (int i = 1; i <= n; i++) prob *= i * (1.0 / n) * (2 * t - 1);
            }
            else prob = Math.Exp(LogFactorialOverPower(n) + n * Math.Log(2 * t - 1));
            return Select(prob, 1.0 - prob, cdf);
        }
        if (t >= n - 1)
        {
            double prob = 2 * Math.Pow(1.0 - x, n);
            return Select(1 - prob, prob, cdf);
        }
        if (x >= 0.5)
        {
            double prob = 2 * SmirnovDistribution.Sf(n, x);
            return Select(1.0 - prob, prob, cdf);
        }
        double nxSquared = t * x;
        if (n <= 140)
        {
            if (nxSquared <= 0.754693)
            {
                double prob = DurbinMatrix.Cdf(n, x);
                return Select(prob, 1.0 - prob, cdf);
            }
            if (nxSquared <= 4)
            {
                double prob = Pomeranz.Cdf(n, x);
                return Select(prob, 1.0 - prob, cdf);
            }
            double sm = 2 * SmirnovDistribution.Sf(n, x);
            return Select(1.0 - sm, sm, cdf);
        }
        if (!cdf)
        {
            if (nxSquared >= 370.0) return 0.0;
            if (nxSquared >= 2.2) return Math.Clamp(2 * SmirnovDistribution.Sf(n, x), 0.0, 1.0);
        }
        double cdfProb;
        if (nxSquared >= 18.0) cdfProb = 1.0;
        else if (n <= 100000 && n * Math.Pow(x, 1.5) <= 1.4) cdfProb = DurbinMatrix.Cdf(n, x);
        else cdfProb = PelzGood(n, x);
        return Select(cdfProb, 1.0 - cdfProb, cdf);
    }

    /// <summary>log(n! / n^n) by Stirling's series with n·log(n) removed up front.</summary>
    internal static double LogFactorialOverPower(int n)
    {
        double rn = 1.0 / n, z = rn / n, poly = 0.0;
        foreach (var c in StirlingCoefficients) poly = poly * z + c;
        return Math.Log(n) / 2 - n + Math.Log(2 * Math.PI) / 2 + rn * poly;
    }

    /// <summary>The Pelz–Good approximation to Pr(D_n ≤ x).</summary>
    internal static double PelzGood(int n, double x)
    {
        double z = Math.Sqrt(n) * x;
        double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
        double qlog = -Math.PI * Math.PI / 8 / z2;
        if (qlog < -708) return 0.0;
        double q = Math.Exp(qlog);
        double pi2 = Math.PI * Math.PI, pi4 = pi2 * pi2, pi6 = pi4 * pi2;
        double k1a = -z2, k1b = pi2 / 4;
        double k2a = 6 * z6 + 2 * z4, k2b = (2 * z4 - 5 * z2) * pi2 / 4, k2c = pi4 * (1 - 2 * z2) / 16;
        double k3d = pi6 * (5 - 30 * z2) / 64, k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
        double k3b = pi2 * (135 * z4 - 96 * z6) / 4, k3a = -30 * z6 - 90 * Math.Pow(z, 8);
        double k0 = 0, k1 = 0, k2 = 0, k3 = 0;
        int maxk = (int)Math.Ceiling(16 * z / Math.PI);
        for (int k = maxk; k > 0; k--)
        {
            double m = 2 * k - 1, m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
            double qpower = Math.Pow(q, 8 * k);
            k0 = k0 * qpower + 1.0;
            k1 = k1 * qpower + (k1a + k1b * m2);
            k2 = k2 * qpower + (k2a + k2b * m2 + k2c * m4);
            k3 = k3 * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
        }
        double s = q * Math.Sqrt(2 * Math.PI);
        k0 = k0 * s / z;
        k1 = k1 * s / (6 * z4);
        k2 = k2 * s / (72 * Math.Pow(z, 7));
        k3 = k3 * s / (6480 * Math.Pow(z, 10));
        double q2 = Math.Exp(-pi2 / 2 / z2), sqrt3z = Math.Sqrt(3) * z, k2extra = 0, k3extra = 0;
        for (int k = maxk; k > 0; k--)
        {
            double ksq = (double)k * k, kspi = Math.PI * k, qp = Math.Pow(q2, ksq);
            k2extra += ksq * qp;
            k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksq * qp;
        }
        k2 += k2extra * pi2 * Math.Sqrt(2 * Math.PI) / (-36 * z3);
        k3 += k3extra * pi2 * Math.Sqrt(2 * Math.PI) / (216 * z6);
        return k0 + k1 / Math.Sqrt(n) + k2 / n + k3 / Math.Pow(n, 1.5);
    }
}
