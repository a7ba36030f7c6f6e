using System.Buffers;

namespace Workbench.Ml.Profiling;

/// <summary>One column of a Spearman matrix: values (NaN = missing), the row order of its present values, where each
/// group of tied values starts in that order, and each row's average rank among them (NaN for missing rows).</summary>
/// <remarks>Tie groups are kept as bits rather than the sorted values, an eighth of a byte per value instead of eight.</remarks>
internal sealed class RankedColumn
{
    private readonly ulong[] _groupStarts;

    private RankedColumn(double[] values, int[] order, ulong[] groupStarts, double[] ranks)
    {
        Values = values;
        Order = order;
        _groupStarts = groupStarts;
        Ranks = ranks;
        Present = PresenceBits(values);
    }

    public double[] Values { get; }

    public int[] Order { get; }

    public double[] Ranks { get; }

    /// <summary>Bit i is set when row i is present; small enough to stay in cache while walking another column.</summary>
    public ulong[] Present { get; }

    /// <summary>Ranks a column from its present values in ascending order and their rows.</summary>
    public static RankedColumn Create(double[] values, double[] sorted, int[] order)
    {
        var starts = new ulong[(sorted.Length + 63) / 64];
        for (var i = 0; i < sorted.Length; i++)
            if (i == 0 || sorted[i] != sorted[i - 1]) starts[i >> 6] |= 1UL << i;
        return new RankedColumn(values, order, starts, Profiling.Ranks.Average(sorted, order, values.Length));
    }

    /// <summary>True when row <paramref name="row"/> is present.</summary>
    public bool Has(int row) => (Present[row >> 6] & (1UL << row)) != 0;

    /// <summary>True when sorted position <paramref name="position"/> starts a group of tied values.</summary>
    public bool StartsGroup(int position) => (_groupStarts[position >> 6] & (1UL << position)) != 0;

    private static ulong[] PresenceBits(double[] values)
    {
        var bits = new ulong[(values.Length + 63) / 64];
        for (var row = 0; row < values.Length; row++)
            if (!double.IsNaN(values[row])) bits[row >> 6] |= 1UL << row;
        return bits;
    }
}

/// <summary>Spearman's rho of one pair of columns over the rows where both are present (pandas'
/// <c>nancorr_spearman</c>): average ranks among those rows, then Pearson's r of the ranks around (n + 1) / 2.</summary>
/// <remarks>A column's full ranks are reused when the other column is present wherever it is; otherwise its ranks are
/// recomputed among the common rows by walking its sorted order, without sorting again.</remarks>
internal static class SpearmanPair
{
    /// <summary>Rho, or NaN when there is no common row or a column is constant over the common rows.</summary>
    public static double Compute(RankedColumn x, RankedColumn y)
    {
        int n = x.Values.Length, both = 0;
        for (var i = 0; i < x.Present.Length; i++) both += System.Numerics.BitOperations.PopCount(x.Present[i] & y.Present[i]);
        if (both == 0) return double.NaN;
        var mean = (both + 1) / 2.0;
        // Restricted ranks go in a pooled buffer: one array per pair would pile up on the large object heap.
        var restricted = both == x.Order.Length ? null : ArrayPool<double>.Shared.Rent(n);
        try
        {
            var rx = restricted is null ? x.Ranks : Restricted(x, y, restricted);
            var sums = both == n ? PairwiseCorrelation.CentredSums(rx, y.Ranks, mean, mean)
                : both == y.Order.Length ? ByRow(rx, y.Ranks, mean) : InOrderOf(y, x, rx, mean);
            var divisor = Math.Sqrt(sums.Sxx * sums.Syy);
            return divisor != 0 ? sums.Sxy / divisor : double.NaN;
        }
        finally
        {
            if (restricted is not null) ArrayPool<double>.Shared.Return(restricted);
        }
    }

    private static (double Sxy, double Sxx, double Syy) ByRow(double[] rx, double[] ry, double mean)
    {
        double sxy = 0, sxx = 0, syy = 0;
        for (var row = 0; row < ry.Length; row++)
        {
            if (double.IsNaN(rx[row]) || double.IsNaN(ry[row])) continue;
            double dx = rx[row] - mean, dy = ry[row] - mean;
            sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
        }
        return (sxy, sxx, syy);
    }

    /// <summary>Walks y's sorted order, ranking only rows where x is present, tie group by tie group.</summary>
    private static (double Sxy, double Sxx, double Syy) InOrderOf(RankedColumn y, RankedColumn x, double[] rx, double mean)
    {
        double sxy = 0, sxx = 0, syy = 0;
        var ranked = 0;
        for (var i = 0; i < y.Order.Length;)
        {
            var (end, kept) = Group(y, i, x);
            var dy = (ranked + 1 + ranked + kept) / 2.0 - mean;
            for (var t = i; t < end; t++)
            {
                var row = y.Order[t];
                if (!x.Has(row)) continue;
                var dx = rx[row] - mean;
                sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
            }
            ranked += kept;
            i = end;
        }
        return (sxy, sxx, syy);
    }

    /// <summary>Ranks of x among the rows where <paramref name="other"/> is present, by row, NaN elsewhere, written to
    /// the first rows of <paramref name="ranks"/>.</summary>
    private static double[] Restricted(RankedColumn x, RankedColumn other, double[] ranks)
    {
        Array.Fill(ranks, double.NaN, 0, x.Values.Length);
        var ranked = 0;
        for (var i = 0; i < x.Order.Length;)
        {
            var (end, kept) = Group(x, i, other);
            var rank = (ranked + 1 + ranked + kept) / 2.0;
            for (var t = i; t < end; t++)
                if (other.Has(x.Order[t])) ranks[x.Order[t]] = rank;
            ranked += kept;
            i = end;
        }
        return ranks;
    }

    /// <summary>The end of the tie group starting at sorted position <paramref name="start"/>, and how many of its
    /// rows are present in <paramref name="filter"/>.</summary>
    private static (int End, int Kept) Group(RankedColumn column, int start, RankedColumn filter)
    {
        int end = start, kept = 0;
        do
        {
            if (filter.Has(column.Order[end])) kept++;
            end++;
        }
        while (end < column.Order.Length && !column.StartsGroup(end));
        return (end, kept);
    }
}
