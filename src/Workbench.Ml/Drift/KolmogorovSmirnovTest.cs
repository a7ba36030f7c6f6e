namespace Workbench.Ml.Drift;

/// <summary>The two-sided two-sample Kolmogorov–Smirnov test, as <c>scipy.stats.ks_2samp(R, C, method="auto")</c>.</summary>
internal static class KolmogorovSmirnovTest
{
    /// <summary>Largest sample size for which the exact distribution is used (SciPy's <c>MAX_AUTO_N</c>).</summary>
    public const int MaxExactN = 10_000;

    /// <summary>D and its p-value. With max(n, m) ≤ 10,000 the exact distribution (D reported as h/lcm(n, m), as SciPy
    /// does), otherwise <c>kstwo.sf(D, round(n·m/(n+m)))</c>.</summary>
    public static (double Statistic, double PValue) Run(ColumnPair pair)
    {
        int n1 = pair.ReferenceRows, n2 = pair.CurrentRows;
        double d = Statistic(pair);
        if (Math.Max(n1, n2) <= MaxExactN && TwoSampleKsDistribution.TryExactPValue(n1, n2, ref d, out var exact))
            return (d, Math.Clamp(exact, 0.0, 1.0));
        return (d, AsymptoticPValue(n1, n2, d));
    }

    /// <summary>kstwo.sf(D, round(n·m/(n+m))) with the sizes sorted as SciPy sorts them.</summary>
    public static double AsymptoticPValue(int n1, int n2, double d)
    {
        double m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        double en = m * n / (m + n);
        return Math.Clamp(KolmogorovDistribution.Sf((int)Math.Round(en, MidpointRounding.ToEven), d), 0.0, 1.0);
    }

    /// <summary>Samples at least this large (both together) are bucketed instead of sorted when nothing sorted them yet.</summary>
    public const int MinBucketedValues = 50_000;

    /// <summary>max over x of |F_R(x) − F_C(x)|, with the ECDFs evaluated at every distinct value (ties included): from
    /// the value counts when the column has few values, by buckets when it is large and unsorted, else by the sorted walk.</summary>
    public static double Statistic(ColumnPair pair)
    {
        if (pair.HasValueCounts) return FromCounts(pair.CountReference, pair.CountCurrent, pair.ReferenceRows, pair.CurrentRows);
        if (!pair.IsSorted && (long)pair.ReferenceRows + pair.CurrentRows >= MinBucketedValues
            && BucketedKs.Statistic(pair.ReferenceUnordered, pair.CurrentUnordered, pair.Min, pair.Max) is { } d)
            return d;
        return SortedWalk(pair.Reference, pair.Current);
    }

    /// <summary>The walk over both sorted samples.</summary>
    internal static double SortedWalk(double[] r, double[] c)
    {
        double n = r.Length, m = c.Length;
        int i = 0, j = 0;
        double max = 0, min = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            double diff = i / n - j / m;
            if (diff > max) max = diff;
            else if (diff < min) min = diff;
        }
        return Math.Max(max, Math.Min(-min, 1.0));
    }

    /// <summary>The same walk over the counts of each distinct value, in ascending order of value.</summary>
    internal static double FromCounts(int[] countReference, int[] countCurrent, int rows, int currentRows)
    {
        double n = rows, m = currentRows;
        int i = 0, j = 0;
        double max = 0, min = 0;
        for (int k = 0; k < countReference.Length; k++)
        {
            (i, j) = (i + countReference[k], j + countCurrent[k]);
            double diff = i / n - j / m;
            if (diff > max) max = diff;
            else if (diff < min) min = diff;
        }
        return Math.Max(max, Math.Min(-min, 1.0));
    }
}
