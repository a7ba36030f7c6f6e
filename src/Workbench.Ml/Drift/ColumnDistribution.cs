using Workbench.Ml.Data;
using Workbench.Ml.Statistics;

namespace Workbench.Ml.Drift;

/// <summary>A numeric column on both sides, for charts: quantiles, empirical CDFs, and where they are furthest apart.</summary>
/// <param name="Quantiles">The 5/25/50/75/95 % quantiles of each side (numpy's default, linear interpolation).</param>
/// <param name="Reference">Points of the reference ECDF (at most <see cref="Defaults.CurvePoints"/> plus the KS point).</param>
/// <param name="Current">Points of the current ECDF.</param>
/// <param name="Ks">The largest vertical distance between the ECDFs (the KS statistic D) and where it is.</param>
public sealed record ColumnDistribution(IReadOnlyList<QuantilePair> Quantiles, EcdfCurve Reference, EcdfCurve Current, KsGap Ks)
{
    /// <summary>Defaults for the curves and quantiles.</summary>
    public static class Defaults
    {
        /// <summary>Points drawn per ECDF; a million rows are thinned to this many ranks.</summary>
        public const int CurvePoints = 500;

        /// <summary>Quantile levels shown.</summary>
        public static readonly double[] Levels = [0.05, 0.25, 0.5, 0.75, 0.95];
    }

    /// <summary>The distribution of a numeric column on both sides (missing values dropped); null when the column is not
    /// numeric or a side has no values.</summary>
    public static ColumnDistribution? Of(DataColumn reference, DataColumn current)
    {
        if (reference.Numbers is null || current.Numbers is null) return null;
        var r = Sorted(reference.Numbers);
        var c = Sorted(current.Numbers);
        if (r.Length == 0 || c.Length == 0) return null;
        var ks = Gap(r, c);
        var quantiles = Defaults.Levels.Select(q => new QuantilePair(q, Quantile(r, q), Quantile(c, q))).ToList();
        return new ColumnDistribution(quantiles, Curve(r, ks.At), Curve(c, ks.At), ks);
    }

    /// <summary>numpy's default quantile: linear interpolation between the order statistics around (n − 1)·q.</summary>
    public static double Quantile(double[] sorted, double q) => NumpyQuantile.Linear(sorted, q);

    /// <summary>The share of <paramref name="sorted"/> at or below <paramref name="x"/>.</summary>
    public static double Ecdf(double[] sorted, double x) => UpperBound(sorted, x) / (double)sorted.Length;

    private static KsGap Gap(double[] r, double[] c)
    {
        int i = 0, j = 0;
        double best = -1, at = r[0], fr = 0, fc = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = j >= c.Length || (i < r.Length && r[i] <= c[j]) ? r[i] : c[j];
            while (i < r.Length && r[i] <= x) i++;
            while (j < c.Length && c[j] <= x) j++;
            double a = i / (double)r.Length, b = j / (double)c.Length;
            if (Math.Abs(a - b) > best) (best, at, fr, fc) = (Math.Abs(a - b), x, a, b);
        }
        return new KsGap(best, at, fr, fc);
    }

    private static EcdfCurve Curve(double[] sorted, double ksAt)
    {
        int n = sorted.Length, points = Math.Min(n, Defaults.CurvePoints);
        var xs = new SortedSet<double> { ksAt };
        for (int k = 0; k < points; k++)
            xs.Add(sorted[points == 1 ? 0 : (int)Math.Round(k * (n - 1.0) / (points - 1))]);
        var x = xs.ToArray();
        return new EcdfCurve(x, x.Select(v => Ecdf(sorted, v)).ToArray());
    }

    private static int UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double[] Sorted(double[] values)
    {
        var kept = values.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(kept);
        return kept;
    }
}

/// <summary>One quantile level on both sides.</summary>
public sealed record QuantilePair(double Level, double Reference, double Current);

/// <summary>Points (x, F(x)) of an empirical CDF, x ascending; drawn as a step that holds each value until the next x.</summary>
public sealed record EcdfCurve(IReadOnlyList<double> X, IReadOnlyList<double> Y);

/// <summary>The KS distance D = max |F_R(x) − F_C(x)|, the first x where it is reached, and both ECDFs there.</summary>
public sealed record KsGap(double Distance, double At, double ReferenceShare, double CurrentShare);
