using Workbench.Ml.Data;

namespace Workbench.Ml.Explain.Agnostic;

/// <summary>Exact interventional Shapley values of any model by enumerating every coalition of players:
/// v(S) = mean over background rows of f(row with the columns in S from x and the rest from the background row).</summary>
public static class ExactShapley
{
    /// <summary>The most players enumerated (2^12 = 4,096 coalitions per row).</summary>
    public const int MaxPlayers = 12;

    /// <summary>Explains every row of <paramref name="rows"/>; one model call per row over all coalitions × background rows.</summary>
    /// <param name="rawOutput">The model's raw output for each row of a table of original columns.</param>
    public static IReadOnlyList<ShapValues> Explain(Func<TabularData, double[]> rawOutput, TabularData rows, TabularData background,
        IReadOnlyList<string> players, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        int n = players.Count;
        if (n > MaxPlayers) throw new ArgumentException($"Exact enumeration takes at most {MaxPlayers} players, not {n}; use permutation sampling.");
        if (background.RowCount == 0) throw new ArgumentException("The background sample is empty; pass at least one row.");
        var hybrid = new HybridRows(rows, background, players);
        var coalitions = Enumerable.Range(0, 1 << n).Select(mask => Enumerable.Range(0, n).Select(p => (mask >> p & 1) != 0).ToArray()).ToArray();
        var weights = ShapleyWeights.For(n);
        var result = new ShapValues[rows.RowCount];
        for (int r = 0; r < result.Length; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var value = hybrid.CoalitionValues(rawOutput, r, coalitions);
            var phi = new double[n];
            for (int p = 0; p < n; p++)
                for (int mask = 0; mask < value.Length; mask++)
                    if ((mask >> p & 1) == 0) phi[p] += weights[int.PopCount(mask)] * (value[mask | 1 << p] - value[mask]);
            result[r] = new ShapValues(value[0], phi);
            progress?.Report((double)(r + 1) / result.Length);
        }
        return result;
    }
}
