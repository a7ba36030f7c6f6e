using Workbench.Ml.Data;

namespace Workbench.Ml.Explain.Agnostic;

/// <summary>Exact interventional Shapley values of any model by enumerating every coalition of players:
/// v(S) = mean over background rows of f(row with the columns in S from x and the rest from the background row).</summary>
public static class ExactShapley
{
    /// <summary>The most players enumerated (2^12 = 4,096 coalitions per row).</summary>
    public const int MaxPlayers = 12;

    /// <summary>Explains every row of <paramref name="rows"/>, batching all coalitions × background rows of several rows
    /// into one model call (at most <see cref="HybridRows.RowsPerCall"/> rows per call, at least one explained row).</summary>
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
        int perBatch = Math.Max(1, HybridRows.RowsPerCall / (coalitions.Length * background.RowCount));
        for (int first = 0; first < result.Length; first += perBatch)
        {
            int count = Math.Min(perBatch, result.Length - first);
            var values = hybrid.CoalitionValues(rawOutput,
                Enumerable.Range(first, count).Select(r => (r, (IReadOnlyList<bool[]>)coalitions)).ToArray(), cancellationToken);
            for (int k = 0; k < count; k++) result[first + k] = FromValues(values[k], n, weights);
            progress?.Report((double)(first + count) / result.Length);
        }
        return result;
    }

    private static ShapValues FromValues(double[] value, int n, ReadOnlySpan<double> weights)
    {
        var phi = new double[n];
        for (int p = 0; p < n; p++)
            for (int mask = 0; mask < value.Length; mask++)
                if ((mask >> p & 1) == 0) phi[p] += weights[int.PopCount(mask)] * (value[mask | 1 << p] - value[mask]);
        return new ShapValues(value[0], phi);
    }
}
