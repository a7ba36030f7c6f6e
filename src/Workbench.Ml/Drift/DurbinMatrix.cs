namespace Workbench.Ml.Drift;

/// <summary>Pr(D_n ≤ d) by Durbin's matrix algorithm as Marsaglia, Tsang and Wang compute it (SciPy's <c>_kolmogn_DMTW</c>).</summary>
internal static class DurbinMatrix
{
    private const int ScaleExponent = 128;
    private static readonly double Big = Math.ScaleB(1.0, ScaleExponent);
    private static readonly double Small = Math.ScaleB(1.0, -ScaleExponent);

    public static double Cdf(int n, double d)
    {
        if (d >= 1.0) return 1.0;
        double nd = n * d;
        if (nd <= 0.5) return 0.0;
        int k = (int)Math.Ceiling(nd);
        double h = k - nd;
        int m = 2 * k - 1;
        var hm = Initial(m, h);
        var power = Identity(m);
        int nn = n, expnt = 0, hExpnt = 0;
        while (nn > 0)
        {
            if (nn % 2 == 1)
            {
                power = Multiply(power, hm, m);
                expnt += hExpnt;
            }
            hm = Multiply(hm, hm, m);
            hExpnt *= 2;
            if (Math.Abs(hm[(k - 1) * m + k - 1]) > Big)
            {
                for (int i = 0; i < hm.Length; i++) hm[i] /= Big;
                hExpnt += ScaleExponent;
            }
            nn /= 2;
        }
        double p = power[(k - 1) * m + k - 1];
        for (int i = 1; i <= n; i++)
        {
            p = i * p / n;
            if (Math.Abs(p) < Small)
            {
                p *= Big;
                expnt -= ScaleExponent;
            }
        }
        if (expnt != 0) p = Math.ScaleB(p, expnt);
        return Math.Clamp(p, 0.0, 1.0);
    }

    private static double[] Initial(int m, double h)
    {
        var v = new double[m];
        var w = new double[m];
        double fac = 1.0;
        for (int j = 1; j <= m; j++)
        {
            w[j - 1] = fac;
            fac /= j;
            v[j - 1] = (1.0 - Math.Pow(h, j)) * fac;
        }
        double tt = Math.Pow(Math.Max(2 * h - 1.0, 0), m) - 2 * Math.Pow(h, m);
        v[m - 1] = (1.0 + tt) * fac;
        var hm = new double[m * m];
        for (int i = 1; i < m; i++)
            for (int r = i - 1; r < m; r++) hm[r * m + i] = w[r - (i - 1)];
        for (int r = 0; r < m; r++) hm[r * m] = v[r];
        for (int c = 0; c < m; c++) hm[(m - 1) * m + c] = v[m - 1 - c];
        return hm;
    }

    private static double[] Identity(int m)
    {
        var e = new double[m * m];
        for (int i = 0; i < m; i++) e[i * m + i] = 1.0;
        return e;
    }

    private static double[] Multiply(double[] a, double[] b, int m)
    {
        var c = new double[m * m];
        for (int i = 0; i < m; i++)
            for (int k = 0; k < m; k++)
            {
                double aik = a[i * m + k];
                if (aik == 0) continue;
                for (int j = 0; j < m; j++) c[i * m + j] += aik * b[k * m + j];
            }
        return c;
    }
}
