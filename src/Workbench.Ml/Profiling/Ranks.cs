namespace Workbench.Ml.Profiling;

/// <summary>Average ranks (1-based; tied values share the mean of their ranks), as <c>scipy.stats.rankdata</c>.</summary>
internal static class Ranks
{
    /// <summary>Rank of each row among the rows kept (all present rows when <paramref name="keep"/> is null);
    /// NaN for rows not ranked.</summary>
    /// <param name="values">The column (NaN = missing).</param>
    /// <param name="order">Row indexes of the present values in ascending value order.</param>
    /// <param name="keep">Which rows take part.</param>
    public static double[] Average(double[] values, int[] order, Func<int, bool>? keep)
    {
        var ranks = new double[values.Length];
        Array.Fill(ranks, double.NaN);
        var kept = keep is null ? order : order.Where(keep).ToArray();
        for (var i = 0; i < kept.Length;)
        {
            var j = i + 1;
            while (j < kept.Length && values[kept[j]] == values[kept[i]]) j++;
            // Positions i..j-1 hold equal values: 1-based ranks i+1..j, whose mean is (i + 1 + j) / 2.
            var rank = (i + 1 + j) / 2.0;
            for (var t = i; t < j; t++) ranks[kept[t]] = rank;
            i = j;
        }
        return ranks;
    }
}
