namespace Workbench.Ml.Metrics;

/// <summary>Cumulative true and false positives at each distinct score, highest first, as scikit-learn's
/// <c>_binary_clf_curve</c>: row i counts the rows whose score is at least <see cref="Thresholds"/>[i].</summary>
internal sealed record RankedScores(double[] Thresholds, long[] TruePositives, long[] FalsePositives)
{
    /// <summary>Number of positive labels.</summary>
    public long Positives => TruePositives[^1];

    /// <summary>Number of negative labels.</summary>
    public long Negatives => FalsePositives[^1];

    /// <summary>Sorts the scores once (O(n log n)) and accumulates the counts over distinct values.</summary>
    public static RankedScores Create(bool[] labels, double[] scores)
    {
        var keys = (double[])scores.Clone();
        var items = (bool[])labels.Clone();
        Array.Sort(keys, items);
        var thresholds = new List<double>();
        var tps = new List<long>();
        var fps = new List<long>();
        long tp = 0, fp = 0;
        for (int i = keys.Length - 1; i >= 0; i--)
        {
            if (items[i]) tp++; else fp++;
            if (i == 0 || keys[i - 1] != keys[i])
            {
                thresholds.Add(keys[i]);
                tps.Add(tp);
                fps.Add(fp);
            }
        }
        return new RankedScores(thresholds.ToArray(), tps.ToArray(), fps.ToArray());
    }

    /// <summary>Index of the lowest distinct score that is still ≥ <paramref name="threshold"/>, or −1 if none is.</summary>
    public int IndexAtOrAbove(double threshold)
    {
        // Thresholds are strictly decreasing: find the last index whose value is >= threshold.
        int lo = 0, hi = Thresholds.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (Thresholds[mid] >= threshold) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }
}
