using Workbench.Ml.Explain;

namespace Workbench.Ml.Tests.Explain.Benchmarks;

/// <summary>Random ensembles grown leaf-wise (like LightGBM) to a fixed number of leaves, over numeric players.</summary>
internal static class LeafWiseEnsembles
{
    public static TreeEnsemble Create(int trees, int leaves, int features, int coverRows, int seed)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, features).Select(f => $"f{f}").ToArray();
        var list = Enumerable.Range(0, trees).Select(_ => Tree(random, leaves, features)).ToArray();
        var ensemble = new TreeEnsemble(0.1, list, names, Enumerable.Range(0, features).ToArray(), names);
        return CoverCalculator.WithCovers(ensemble, Rows(coverRows, features, seed + 1));
    }

    public static double[][] Rows(int count, int features, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, features).Select(_ => random.NextDouble()).ToArray()).ToArray();
    }

    private static RegressionTreeModel Tree(Random random, int leafCount, int features)
    {
        // Each open leaf remembers its parent slot; splitting a leaf turns it into a node with two new leaves.
        var nodes = new List<TreeNode>();
        var open = new List<(int Parent, bool Left, double Low, double High)> { (-1, true, 0, 1) };
        while (open.Count < leafCount)
        {
            int pick = random.Next(open.Count);
            var (parent, left, low, high) = open[pick];
            int feature = random.Next(features);
            double threshold = Math.Round(0.05 + 0.9 * random.NextDouble(), 3);
            int index = nodes.Count;
            nodes.Add(new TreeNode(feature, threshold, 0, 0, 0));
            if (parent >= 0) nodes[parent] = left ? nodes[parent] with { Left = index } : nodes[parent] with { Right = index };
            open[pick] = (index, true, low, high);
            open.Add((index, false, low, high));
        }
        var leaves = new TreeLeaf[open.Count];
        for (int l = 0; l < open.Count; l++)
        {
            var (parent, left, _, _) = open[l];
            leaves[l] = new TreeLeaf(Math.Round(random.NextDouble() - 0.5, 4), 0);
            if (parent < 0) return new RegressionTreeModel(1, [], [leaves[0]]);
            nodes[parent] = left ? nodes[parent] with { Left = ~l } : nodes[parent] with { Right = ~l };
        }
        return new RegressionTreeModel(1, nodes, leaves);
    }
}
