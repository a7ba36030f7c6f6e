namespace Workbench.Ml.Drift;

/// <summary>The two-sample KS statistic of large unsorted samples without sorting them: a linear pass counts both
/// samples in equal-width value buckets, and only the few buckets where the ECDF gap could beat the gap seen at bucket
/// ends are sorted and walked.</summary>
/// <remarks>The bucket of x, ⌊(x − min)·scale⌋, never decreases as x grows (every step is correctly rounded), so buckets
/// are runs of the merged order and equal values share one. Within bucket b, i and j lie between the counts before and
/// after it, and i/n − j/m is monotone in both, so those corners bound every gap inside; a bucket whose bounds stay within
/// the largest and smallest gaps at bucket ends cannot hold the maximum. Each gap is computed as i/n − j/m at the same
/// (i, j) as the sorted walk, so D is identical to the last bit.</remarks>
internal static class BucketedKs
{
    /// <summary>Values per bucket on average; small buckets give tight bounds.</summary>
    private const int ValuesPerBucket = 32;

    /// <summary>D for samples in any order, or null when the range cannot be bucketed or too many buckets would need
    /// sorting (then sort and walk instead).</summary>
    public static double? Statistic(double[] r, double[] c, double min, double max)
    {
        int buckets = (int)Math.Clamp(((long)r.Length + c.Length) / ValuesPerBucket, 1, 1 << 20);
        double scale = buckets / (max - min);
        if (!(max > min) || !double.IsFinite(scale) || scale <= 0) return null;
        var countR = new int[buckets];
        var countC = new int[buckets];
        Count(r, min, scale, countR);
        Count(c, min, scale, countC);
        double n = r.Length, m = c.Length;
        var (hi, lo) = GapsAtBucketEnds(countR, countC, n, m);
        var candidate = new bool[buckets];
        long candidates = MarkCandidates(countR, countC, n, m, hi, lo, candidate);
        if (candidates > ((long)r.Length + c.Length) / 4) return null;
        var (sortedR, sortedC) = (Gather(r, min, scale, candidate, countR), Gather(c, min, scale, candidate, countC));
        Array.Sort(sortedR);
        Array.Sort(sortedC);
        int i0 = 0, j0 = 0, ri = 0, ci = 0;
        for (int b = 0; b < buckets; b++)
        {
            if (candidate[b])
            {
                WalkBucket(sortedR.AsSpan(ri, countR[b]), sortedC.AsSpan(ci, countC[b]), i0, j0, n, m, ref hi, ref lo);
                (ri, ci) = (ri + countR[b], ci + countC[b]);
            }
            (i0, j0) = (i0 + countR[b], j0 + countC[b]);
        }
        return Math.Max(hi, Math.Min(-lo, 1.0));
    }

    private static int Bucket(double x, double min, double scale, int last) => (int)Math.Min((x - min) * scale, last);

    private static void Count(double[] values, double min, double scale, int[] counts)
    {
        int last = counts.Length - 1;
        foreach (var x in values) counts[Bucket(x, min, scale, last)]++;
    }

    // The largest and smallest i/n − j/m after each non-empty bucket, starting from 0 as the sorted walk does.
    private static (double Hi, double Lo) GapsAtBucketEnds(int[] countR, int[] countC, double n, double m)
    {
        double hi = 0, lo = 0;
        int i = 0, j = 0;
        for (int b = 0; b < countR.Length; b++)
        {
            if (countR[b] + countC[b] == 0) continue;
            (i, j) = (i + countR[b], j + countC[b]);
            double diff = i / n - j / m;
            if (diff > hi) hi = diff;
            else if (diff < lo) lo = diff;
        }
        return (hi, lo);
    }

    // Buckets whose corner bounds reach beyond the gaps at bucket ends; returns how many values they hold.
    private static long MarkCandidates(int[] countR, int[] countC, double n, double m, double hi, double lo, bool[] candidate)
    {
        long values = 0;
        int i = 0, j = 0;
        for (int b = 0; b < countR.Length; b++)
        {
            int a = countR[b], c = countC[b];
            if (a + c > 1 && ((i + a) / n - j / m > hi || i / n - (j + c) / m < lo))
            {
                candidate[b] = true;
                values += a + c;
            }
            (i, j) = (i + a, j + c);
        }
        return values;
    }

    private static double[] Gather(double[] values, double min, double scale, bool[] candidate, int[] counts)
    {
        int total = 0;
        for (int b = 0; b < counts.Length; b++)
            if (candidate[b]) total += counts[b];
        var kept = new double[total];
        if (total == 0) return kept;
        int last = counts.Length - 1, k = 0;
        foreach (var x in values)
            if (candidate[Bucket(x, min, scale, last)]) kept[k++] = x;
        return kept;
    }

    // The sorted walk of KolmogorovSmirnovTest.Statistic over one bucket, with the counts before it as the start.
    private static void WalkBucket(ReadOnlySpan<double> r, ReadOnlySpan<double> c, int i0, int j0, double n, double m,
        ref double hi, ref double lo)
    {
        int i = 0, j = 0;
        while (i < r.Length || j < c.Length)
        {
            double x = i < r.Length && (j >= c.Length || r[i] <= c[j]) ? r[i] : c[j];
            while (i < r.Length && r[i] == x) i++;
            while (j < c.Length && c[j] == x) j++;
            double diff = (i0 + i) / n - (j0 + j) / m;
            if (diff > hi) hi = diff;
            else if (diff < lo) lo = diff;
        }
    }
}
