namespace Workbench.Ml.Drift;

/// <summary>Counts of the reference and current samples in the bins specs/drift.md prescribes.</summary>
/// <param name="Edges">Histogram edges, or null for one bin per value or category.</param>
/// <param name="Labels">The value of each bin as text, or null for a histogram.</param>
/// <param name="Reference">Reference count per bin.</param>
/// <param name="Current">Current count per bin.</param>
internal sealed record BinnedCounts(double[]? Edges, string[]? Labels, int[] Reference, int[] Current)
{
    /// <summary>Numeric columns with more than this many distinct reference values get a Sturges histogram.</summary>
    public const int MaxDistinctForValueBins = 20;

    /// <summary>Bins a column: Sturges edges over R ∪ C for a numeric column with more than 20 distinct values in R,
    /// otherwise one bin per value or category seen in R or C.</summary>
    public static BinnedCounts Create(ColumnPair pair)
    {
        if (pair.Kind == DriftColumnKind.Numeric && pair.DistinctReference > MaxDistinctForValueBins)
        {
            var edges = SturgesEdges(pair.Reference, pair.Current);
            return new BinnedCounts(edges, null, Histogram(pair.Reference, edges), Histogram(pair.Current, edges));
        }
        var labels = new string[pair.Distinct];
        for (int k = 0; k < labels.Length; k++) labels[k] = pair.Label(k);
        return new BinnedCounts(null, labels, pair.CountReference, pair.CountCurrent);
    }

    /// <summary><c>numpy.histogram_bin_edges(concat(R, C), bins="sturges")</c> for sorted, non-empty R and C.</summary>
    public static double[] SturgesEdges(double[] r, double[] c)
    {
        double first = Math.Min(r[0], c[0]), last = Math.Max(r[^1], c[^1]);
        double width = (last - first) / (Math.Log2(r.Length + (double)c.Length) + 1.0);
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }
        int bins = width != 0 ? (int)Math.Ceiling((last - first) / width) : 1;
        var edges = new double[bins + 1];
        double step = (last - first) / bins;
        for (int i = 0; i < bins; i++) edges[i] = i * step + first;
        edges[bins] = last;
        return edges;
    }

    /// <summary>Counts per bin as <c>numpy.histogram</c>: [e_i, e_i+1), the last bin closed.</summary>
    public static int[] Histogram(double[] sorted, double[] edges)
    {
        int bins = edges.Length - 1;
        var counts = new int[bins];
        int previous = LowerBound(sorted, edges[0]);
        for (int i = 1; i <= bins; i++)
        {
            int next = i == bins ? UpperBound(sorted, edges[i]) : LowerBound(sorted, edges[i]);
            counts[i - 1] = next - previous;
            previous = next;
        }
        return counts;
    }

    private static int LowerBound(double[] a, double x)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int UpperBound(double[] a, double x)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The bins as shares of each sample, for charts.</summary>
    public ColumnBins ToShares() => new(Edges, Labels, Shares(Reference), Shares(Current));

    /// <summary>Count / total for each bin.</summary>
    public static double[] Shares(int[] counts)
    {
        long total = 0;
        foreach (var c in counts) total += c;
        var shares = new double[counts.Length];
        for (int i = 0; i < counts.Length; i++) shares[i] = counts[i] / (double)total;
        return shares;
    }
}
