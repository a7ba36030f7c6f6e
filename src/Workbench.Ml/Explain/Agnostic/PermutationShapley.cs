using Workbench.Ml.Data;

namespace Workbench.Ml.Explain.Agnostic;

/// <summary>Interventional Shapley values estimated by antithetic permutation sampling: each drawn order of the players
/// is used forwards and backwards, and a player's value is its mean marginal contribution. Every order adds up to
/// v(all) − v(∅), so local accuracy holds exactly.</summary>
public static class PermutationShapley
{
    /// <summary>Defaults.</summary>
    public static class Defaults
    {
        /// <summary>Antithetic pairs of orders per row (so 2 × this many orders).</summary>
        public const int PermutationPairs = 16;
    }

    /// <summary>Model evaluations per explained row: (2·pairs·(n − 1) + 2) coalitions × background rows.</summary>
    public static long EvaluationsPerRow(int players, int backgroundRows, int pairs = Defaults.PermutationPairs) =>
        (2L * pairs * Math.Max(0, players - 1) + 2) * backgroundRows;

    /// <summary>Explains every row; the orders come from <paramref name="seed"/>, one model call per row.</summary>
    public static IReadOnlyList<ShapValues> Explain(Func<TabularData, double[]> rawOutput, TabularData rows, TabularData background,
        IReadOnlyList<string> players, int pairs = Defaults.PermutationPairs, int seed = 1, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        int n = players.Count;
        if (pairs < 1) throw new ArgumentException($"Use at least one pair of permutations, not {pairs}.");
        if (background.RowCount == 0) throw new ArgumentException("The background sample is empty; pass at least one row.");
        var hybrid = new HybridRows(rows, background, players);
        var random = new Random(seed);
        var result = new ShapValues[rows.RowCount];
        long perRow = EvaluationsPerRow(n, background.RowCount, pairs);
        int perBatch = (int)Math.Clamp(HybridRows.RowsPerCall / perRow, 1, int.MaxValue);
        for (int first = 0; first < result.Length; first += perBatch)
        {
            int count = Math.Min(perBatch, result.Length - first);
            var orders = Enumerable.Range(0, count).Select(_ => Orders(random, n, pairs)).ToArray();
            var values = hybrid.CoalitionValues(rawOutput,
                Enumerable.Range(0, count).Select(k => (first + k, (IReadOnlyList<bool[]>)Coalitions(orders[k], n))).ToArray(), cancellationToken);
            for (int k = 0; k < count; k++) result[first + k] = FromValues(values[k], orders[k], n);
            progress?.Report((double)(first + count) / result.Length);
        }
        return result;
    }

    // Coalition 0 is ∅, 1 is everyone; then for each order its n − 1 proper non-empty prefixes.
    private static List<bool[]> Coalitions(List<int[]> orders, int n)
    {
        var coalitions = new List<bool[]> { new bool[n], Enumerable.Repeat(true, n).ToArray() };
        foreach (var order in orders)
        {
            var members = new bool[n];
            for (int k = 0; k < n - 1; k++) { members[order[k]] = true; coalitions.Add((bool[])members.Clone()); }
        }
        return coalitions;
    }

    private static ShapValues FromValues(double[] value, List<int[]> orders, int n)
    {
        var phi = new double[n];
        for (int o = 0; o < orders.Count; o++)
        {
            double previous = value[0];
            for (int k = 0; k < n; k++)
            {
                double current = k == n - 1 ? value[1] : value[2 + o * (n - 1) + k];
                phi[orders[o][k]] += current - previous;
                previous = current;
            }
        }
        for (int p = 0; p < n; p++) phi[p] /= orders.Count;
        return new ShapValues(value[0], phi);
    }

    private static List<int[]> Orders(Random random, int n, int pairs)
    {
        var orders = new List<int[]>(2 * pairs);
        for (int k = 0; k < pairs; k++)
        {
            var order = Enumerable.Range(0, n).ToArray();
            random.Shuffle(order);
            orders.Add(order);
            orders.Add(order.Reverse().ToArray());
        }
        return orders;
    }
}
