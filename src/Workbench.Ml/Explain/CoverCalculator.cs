namespace Workbench.Ml.Explain;

/// <summary>Fills node and leaf covers by routing training rows through every tree of an ensemble.</summary>
public static class CoverCalculator
{
    /// <summary>A copy of the ensemble whose covers count the given training rows reaching each node and leaf.</summary>
    public static TreeEnsemble WithCovers(TreeEnsemble ensemble, IEnumerable<double[]> trainingRows)
    {
        ensemble.Validate();
        var nodeCounts = ensemble.Trees.Select(t => new double[t.Nodes.Count]).ToArray();
        var leafCounts = ensemble.Trees.Select(t => new double[t.Leaves.Count]).ToArray();
        int rowNumber = 0;
        foreach (var row in trainingRows)
        {
            if (row.Length != ensemble.Slots.Count)
                throw new ArgumentException($"Training row {rowNumber} has {row.Length} values but the model has {ensemble.Slots.Count} input slots.");
            for (int t = 0; t < ensemble.Trees.Count; t++) Route(ensemble.Trees[t], row, nodeCounts[t], leafCounts[t]);
            rowNumber++;
        }
        var trees = ensemble.Trees.Select((tree, t) => tree with
        {
            Nodes = tree.Nodes.Select((node, n) => node with { Cover = nodeCounts[t][n] }).ToArray(),
            Leaves = tree.Leaves.Select((leaf, l) => leaf with { Cover = leafCounts[t][l] }).ToArray(),
        }).ToArray();
        return ensemble with { Trees = trees };
    }

    private static void Route(RegressionTreeModel tree, double[] row, double[] nodeCounts, double[] leafCounts)
    {
        int child = tree.RootChild;
        while (child >= 0)
        {
            nodeCounts[child]++;
            var node = tree.Nodes[child];
            child = node.GoesLeft(row) ? node.Left : node.Right;
        }
        leafCounts[~child]++;
    }
}
