namespace Workbench.Ml.Drift;

/// <summary>Pr(D_n ≤ x) by Pomeranz's recursion (SciPy's <c>_kolmogn_Pomeranz</c>), used for small n.</summary>
internal static class Pomeranz
{
    private const int ScaleExponent = 128;
    private static readonly double Big = Math.ScaleB(1.0, ScaleExponent);
    private static readonly double Small = Math.ScaleB(1.0, -ScaleExponent);

    public static double Cdf(int n, double x)
    {
        double t = n * x;
        int ll = (int)Math.Floor(t);
        double f = t - ll, g = Math.Min(f, 1.0 - f);
        int ceilf = f > 0 ? 1 : 0, roundf = f > 0.5 ? 1 : 0;
        int npwrs = 2 * (ll + 1);
        var gpower = new double[npwrs];
        var twogpower = new double[npwrs];
        var onem2gpower = new double[npwrs];
        gpower[0] = twogpower[0] = onem2gpower[0] = 1.0;
        double gOverN = g / n, twoGOverN = 2 * g / n, oneMinusTwoGOverN = (1 - 2 * g) / n;
        for (int m = 1; m < npwrs; m++)
        {
            gpower[m] = gpower[m - 1] * gOverN / m;
            twogpower[m] = twogpower[m - 1] * twoGOverN / m;
            onem2gpower[m] = onem2gpower[m - 1] * oneMinusTwoGOverN / m;
        }
        var v0 = new double[npwrs];
        var v1 = new double[npwrs];
        v1[0] = 1;
        int v0s = 0, v1s = 0, expnt = 0;
        var (j1, _) = Interval(0, n, ll, ceilf, roundf);
        for (int i = 1; i < 2 * n + 2; i++)
        {
            int k1 = j1;
            (v0, v1) = (v1, v0);
            (v0s, v1s) = (v1s, v0s);
            Array.Clear(v1);
            int j2;
            (j1, j2) = Interval(i, n, ll, ceilf, roundf);
            var pwrs = i == 1 || i == 2 * n + 1 ? gpower : (i % 2 == 1 ? twogpower : onem2gpower);
            int ln2 = j2 - k1 + 1;
            if (ln2 <= 0) continue;
            int offset = k1 - v0s, convStart = j1 - k1, convLen = j2 - j1 + 1;
            int aLen = Math.Min(ln2, npwrs - offset), bLen = Math.Min(ln2, npwrs);
            double max = 0;
            for (int c = 0; c < convLen; c++)
            {
                // np.convolve(V0[offset:offset+ln2], pwrs[:ln2]) at index convStart + c
                int idx = convStart + c;
                double s = 0;
                for (int a = Math.Max(0, idx - bLen + 1); a <= Math.Min(idx, aLen - 1); a++) s += v0[offset + a] * pwrs[idx - a];
                v1[c] = s;
                max = Math.Max(max, s);
            }
            if (max > 0 && max < Small)
            {
                for (int c = 0; c < convLen; c++) v1[c] *= Big;
                expnt -= ScaleExponent;
            }
            v1s = v0s + j1 - k1;
        }
        double ans = v1[n - v1s];
        for (int m = 1; m <= n; m++)
        {
            if (Math.Abs(ans) > Big)
            {
                ans *= Small;
                expnt += ScaleExponent;
            }
            ans *= m;
        }
        if (expnt != 0) ans = Math.ScaleB(ans, expnt);
        return Math.Clamp(ans, 0.0, 1.0);
    }

    private static (int J1, int J2) Interval(int i, int n, int ll, int ceilf, int roundf)
    {
        int j1, j2;
        if (i == 0)
        {
            j1 = -ll - ceilf - 1;
            j2 = ll + ceilf - 1;
        }
        else
        {
            int half = (i + 1) / 2, odd = (i + 1) % 2;
            if (odd == 0)
            {
                if (half == n + 1) { j1 = n - ll - ceilf - 1; j2 = n + ll + ceilf - 1; }
                else { j1 = half - 1 - ll - roundf - 1; j2 = half + ll - 1 + ceilf - 1; }
            }
            else { j1 = half - 1 - ll - 1; j2 = half + ll + roundf - 1; }
        }
        return (Math.Max(j1 + 2, 0), Math.Min(j2, n));
    }
}
