namespace Workbench.Ml.Explain;

/// <summary>A tree flattened into arrays for TreeSHAP: players, routing and cover fractions per node, weighted leaves.</summary>
internal sealed class CompiledTree
{
    public readonly int Root;
    public readonly int[] Slot, Left, Right, Player, CategoryStart, CategoryCount, CategorySlots;
    public readonly double[] Threshold, LeftFraction, RightFraction, LeafValue;
    public readonly int MaxDepth;

    public CompiledTree(TreeEnsemble ensemble, RegressionTreeModel tree)
    {
        int n = tree.Nodes.Count;
        Root = tree.RootChild;
        (Slot, Left, Right, Player, CategoryStart, CategoryCount) = (new int[n], new int[n], new int[n], new int[n], new int[n], new int[n]);
        (Threshold, LeftFraction, RightFraction) = (new double[n], new double[n], new double[n]);
        var categories = new List<int>();
        for (int i = 0; i < n; i++)
        {
            var node = tree.Nodes[i];
            (Slot[i], Threshold[i], Left[i], Right[i]) = (node.Slot, node.Threshold, node.Left, node.Right);
            Player[i] = ensemble.PlayerOf(node);
            CategoryStart[i] = categories.Count;
            if (node.CategoricalSlots is not null) categories.AddRange(node.CategoricalSlots);
            CategoryCount[i] = categories.Count - CategoryStart[i];
            (LeftFraction[i], RightFraction[i]) = CoverFractions(Cover(tree, node.Left), Cover(tree, node.Right));
        }
        CategorySlots = categories.ToArray();
        LeafValue = tree.Leaves.Select(l => tree.Weight * l.Value).ToArray();
        MaxDepth = Depth(Root);
    }

    /// <summary>The share of a node's cover going to each child; an uncovered node splits evenly.</summary>
    public static (double Left, double Right) CoverFractions(double left, double right)
    {
        double total = left + right;
        return total > 0 ? (left / total, right / total) : (0.5, 0.5);
    }

    private static double Cover(RegressionTreeModel tree, int child) => child >= 0 ? tree.Nodes[child].Cover : tree.Leaves[~child].Cover;

    private int Depth(int child) => child < 0 ? 0 : 1 + Math.Max(Depth(Left[child]), Depth(Right[child]));

    /// <summary>Whether a row takes the left branch at internal node <paramref name="node"/>.</summary>
    public bool GoesLeft(int node, ReadOnlySpan<double> row)
    {
        int count = CategoryCount[node];
        if (count == 0) return row[Slot[node]] <= Threshold[node];
        int start = CategoryStart[node];
        for (int k = start; k < start + count; k++)
            if (row[CategorySlots[k]] > 0) return false;
        return true;
    }

    /// <summary>The expected output with no player known: leaves averaged by the cover fractions.</summary>
    public double ExpectedValue() => Expected(Root);

    private double Expected(int child) => child < 0
        ? LeafValue[~child]
        : LeftFraction[child] * Expected(Left[child]) + RightFraction[child] * Expected(Right[child]);
}
