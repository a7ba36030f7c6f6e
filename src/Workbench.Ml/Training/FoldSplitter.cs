namespace Workbench.Ml.Training;

/// <summary>The time-ordered and grouped cross-validation folds.</summary>
internal static class FoldSplitter
{
    /// <summary>TimeSeriesSplit: test blocks of ⌊n / (k + 1)⌋ rows in time order; fold i trains on every row before
    /// its test block (an expanding window), so no fold trains on the future.</summary>
    public static List<DataSplit> Forward(int[] order, int k, string name)
    {
        var n = order.Length;
        var test = n / (k + 1);
        if (test < 1) throw new TrainingException($"'{name}' has {n} rows, too few for {k} forward folds; it needs at least {k + 1}.");
        var folds = new List<DataSplit>(k);
        for (var i = 0; i < k; i++)
        {
            var end = n - (k - i) * test;
            folds.Add(new DataSplit(SplitRows.Sorted(order[..end]), [], SplitRows.Sorted(order[end..(end + test)])));
        }
        return folds;
    }

    /// <summary>GroupKFold: groups from largest to smallest each go to the fold with the fewest rows so far, so a
    /// group's rows are never on both sides.</summary>
    public static List<DataSplit> ByGroup(List<int[]> groups, int n, int k)
    {
        var fold = new int[n];
        var load = new int[k];
        foreach (var group in groups.OrderByDescending(g => g.Length))
        {
            var lightest = Array.IndexOf(load, load.Min());
            load[lightest] += group.Length;
            foreach (var r in group) fold[r] = lightest;
        }
        return Enumerable.Range(0, k).Select(f => new DataSplit(
            Enumerable.Range(0, n).Where(r => fold[r] != f).ToArray(), [], Enumerable.Range(0, n).Where(r => fold[r] == f).ToArray())).ToList();
    }
}
