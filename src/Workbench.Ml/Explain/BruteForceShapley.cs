namespace Workbench.Ml.Explain;

/// <summary>Exact Shapley values from the definition, enumerating every coalition of players, with the
/// path-dependent conditional expectation of a tree ensemble (a reference for checking TreeSHAP).</summary>
public static class BruteForceShapley
{
    /// <summary>The most players this enumeration accepts (2^n coalitions are evaluated).</summary>
    public const int MaxPlayers = 20;

    /// <summary>The Shapley value of every player for one row, and the value of the empty coalition as base.</summary>
    public static ShapValues Explain(TreeEnsemble ensemble, double[] row)
    {
        ensemble.Validate();
        ensemble.CheckRow(row.Length);
        int n = ensemble.Players.Count;
        if (n > MaxPlayers)
            throw new ArgumentException($"Brute-force Shapley values enumerate 2^{n} coalitions; use at most {MaxPlayers} players.");
        var value = new double[1 << n];
        for (int mask = 0; mask < value.Length; mask++) value[mask] = CoalitionValue(ensemble, row, mask);
        var weight = new double[n];
        for (int size = 0; size < n; size++) weight[size] = Math.Exp(LogFactorial(size) + LogFactorial(n - size - 1) - LogFactorial(n));
        var phi = new double[n];
        for (int i = 0; i < n; i++)
            for (int mask = 0; mask < value.Length; mask++)
                if ((mask & (1 << i)) == 0)
                    phi[i] += weight[int.PopCount(mask)] * (value[mask | (1 << i)] - value[mask]);
        return new ShapValues(value[0], phi);
    }

    /// <summary>The expected raw output when only the players in <paramref name="coalition"/> (a bit mask) are known.</summary>
    public static double CoalitionValue(TreeEnsemble ensemble, double[] row, int coalition)
    {
        double sum = ensemble.Bias;
        foreach (var tree in ensemble.Trees) sum += tree.Weight * Expected(ensemble, tree, tree.RootChild, row, coalition);
        return sum;
    }

    private static double Expected(TreeEnsemble ensemble, RegressionTreeModel tree, int child, double[] row, int coalition)
    {
        if (child < 0) return tree.Leaves[~child].Value;
        var node = tree.Nodes[child];
        if ((coalition & (1 << ensemble.PlayerOf(node))) != 0)
            return Expected(ensemble, tree, node.GoesLeft(row) ? node.Left : node.Right, row, coalition);
        var (left, right) = CompiledTree.CoverFractions(Cover(tree, node.Left), Cover(tree, node.Right));
        return left * Expected(ensemble, tree, node.Left, row, coalition) + right * Expected(ensemble, tree, node.Right, row, coalition);
    }

    private static double Cover(RegressionTreeModel tree, int child) => child >= 0 ? tree.Nodes[child].Cover : tree.Leaves[~child].Cover;

    private static double LogFactorial(int k)
    {
        double sum = 0;
        for (int j = 2; j <= k; j++) sum += Math.Log(j);
        return sum;
    }
}
