namespace Workbench.Ml.Drift;

/// <summary>Counts of the reference and current samples in shared bins: Sturges histogram edges over both samples for a numeric column with more than 20 distinct reference values, otherwise one bin per value.</summary>
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
        if (pair.Kind == DriftColumnKind.Numeric && pair.ReferenceHasMoreDistinctThan(MaxDistinctForValueBins))
        {
            var edges = SturgesEdges(pair.Min, pair.Max, (long)pair.ReferenceRows + pair.CurrentRows);
            return new BinnedCounts(edges, null, Histogram(pair.ReferenceUnordered, edges), Histogram(pair.CurrentUnordered, edges));
        }
        var labels = new string[pair.CountReference.Length];
        for (int k = 0; k < labels.Length; k++) labels[k] = pair.Label(k);
        return new BinnedCounts(null, labels, pair.CountReference, pair.CountCurrent);
    }

    /// <summary><c>numpy.histogram_bin_edges(a, bins="sturges")</c> for data with this minimum, maximum and size.</summary>
    public static double[] SturgesEdges(double min, double max, long count)
    {
        double first = min, last = max;
        double width = (max - min) / (Math.Log2(count) + 1.0);
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

    /// <summary>Counts per bin as <c>numpy.histogram(values, edges)</c>: [e_i, e_i+1), the last bin closed, values outside
    /// ignored. The bin is guessed arithmetically and then settled against the edges themselves, so no sort is needed.</summary>
    public static int[] Histogram(double[] values, double[] edges)
    {
        int bins = edges.Length - 1;
        double first = edges[0], last = edges[bins], perStep = bins / (last - first);
        var counts = new int[bins];
        foreach (var x in values)
        {
            if (!(x >= first && x <= last)) continue;
            // Only a guess (the loops below settle it against the edges), so a product will do for the division.
            int i = (int)Math.Min((x - first) * perStep, bins - 1);
            while (i > 0 && x < edges[i]) i--;
            while (i < bins - 1 && x >= edges[i + 1]) i++;
            counts[i]++;
        }
        return counts;
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
