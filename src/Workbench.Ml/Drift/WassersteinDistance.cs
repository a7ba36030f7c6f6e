namespace Workbench.Ml.Drift;

/// <summary>The Wasserstein-1 distance normed by the reference spread, as Evidently norms
/// <c>scipy.stats.wasserstein_distance(R, C)</c>: W1 / max(std(R, ddof=0), 0.001).</summary>
internal static class WassersteinDistance
{
    /// <summary>Smallest standard deviation the distance is divided by (Evidently's threshold).</summary>
    public const double MinStd = 0.001;

    /// <summary>W1 over the reference standard deviation; a column with few values is walked by its value counts, so it is
    /// never sorted (the sums are the same, term by term).</summary>
    public static double Normed(ColumnPair pair) => pair.HasValueCounts
        ? W1(pair.Values, pair.CountReference, pair.CountCurrent) / Math.Max(Std(pair.Values, pair.CountReference), MinStd)
        : W1(pair) / Math.Max(Std(pair.Reference), MinStd);

    /// <summary>∫ |F_R(x) − F_C(x)| dx over the merged distinct values.</summary>
    public static double W1(ColumnPair pair)
    {
        if (pair.HasValueCounts) return W1(pair.Values, pair.CountReference, pair.CountCurrent);
        var r = pair.Reference;
        var c = pair.Current;
        double n = r.Length, m = c.Length;
        int i = 0, j = 0;
        var sum = new CompensatedSum();
        double x = Math.Min(r[0], c[0]);
        while (true)
        {
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            if (i == r.Length && j == c.Length) break;
            double next = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            sum.Add(Math.Abs(i / n - j / m) * (next - x));
            x = next;
        }
        return sum.Value;
    }

    /// <summary>W1 from the distinct values in ascending order and the count of each on both sides.</summary>
    internal static double W1(double[] values, int[] countReference, int[] countCurrent)
    {
        long totalR = 0, totalC = 0;
        for (int k = 0; k < values.Length; k++) (totalR, totalC) = (totalR + countReference[k], totalC + countCurrent[k]);
        double n = totalR, m = totalC;
        int i = 0, j = 0;
        var sum = new CompensatedSum();
        for (int k = 0; k + 1 < values.Length; k++)
        {
            (i, j) = (i + countReference[k], j + countCurrent[k]);
            sum.Add(Math.Abs(i / n - j / m) * (values[k + 1] - values[k]));
        }
        return sum.Value;
    }

    /// <summary><see cref="Std(double[])"/> of the sorted sample given as distinct values and counts (the same sums).</summary>
    internal static double Std(double[] values, int[] counts)
    {
        var total = new CompensatedSum();
        long size = 0;
        for (int k = 0; k < values.Length; k++)
        {
            for (int c = 0; c < counts[k]; c++) total.Add(values[k]);
            size += counts[k];
        }
        double mean = total.Value / size;
        var squares = new CompensatedSum();
        for (int k = 0; k < values.Length; k++)
        {
            double d = values[k] - mean, square = d * d;
            for (int c = 0; c < counts[k]; c++) squares.Add(square);
        }
        return Math.Sqrt(squares.Value / size);
    }

    /// <summary>Population standard deviation (ddof = 0), as <c>numpy.std</c>.</summary>
    public static double Std(double[] values)
    {
        var total = new CompensatedSum();
        foreach (var v in values) total.Add(v);
        double mean = total.Value / values.Length;
        var squares = new CompensatedSum();
        foreach (var v in values)
        {
            double d = v - mean;
            squares.Add(d * d);
        }
        return Math.Sqrt(squares.Value / values.Length);
    }
}

/// <summary>Neumaier's compensated sum, so long sums do not drift from the reference libraries' pairwise sums.</summary>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    public readonly double Value => _sum + _compensation;

    public void Add(double x)
    {
        double t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }
}
