namespace Workbench.Ml.Profiling;

/// <summary>Average ranks (1-based; tied values share the mean of their ranks), as <c>scipy.stats.rankdata</c>.</summary>
internal static class Ranks
{
    /// <summary>Rank of each row among the present values; NaN for missing rows.</summary>
    /// <param name="sorted">The present values in ascending order.</param>
    /// <param name="order">Their row indexes, in the same order.</param>
    /// <param name="rows">Number of rows of the column.</param>
    public static double[] Average(double[] sorted, int[] order, int rows)
    {
        var ranks = new double[rows];
        if (order.Length < rows) Array.Fill(ranks, double.NaN);
        for (var i = 0; i < sorted.Length;)
        {
            var j = i + 1;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            // Positions i..j-1 hold equal values: 1-based ranks i+1..j, whose mean is (i + 1 + j) / 2.
            var rank = (i + 1 + j) / 2.0;
            for (var t = i; t < j; t++) ranks[order[t]] = rank;
            i = j;
        }
        return ranks;
    }
}
