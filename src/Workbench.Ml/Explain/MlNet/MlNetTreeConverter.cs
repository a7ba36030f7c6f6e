using Microsoft.ML.Trainers.FastTree;

namespace Workbench.Ml.Explain.MlNet;

/// <summary>Converts ML.NET's own tree classes into <see cref="RegressionTreeModel"/>s, keeping its routing rules.</summary>
internal static class MlNetTreeConverter
{
    /// <summary>The ensemble with bias, weights, splits (numeric and categorical) and leaf values copied from ML.NET.</summary>
    /// <param name="scale">Factor on the bias and every tree weight (1/trees for models that average their trees).</param>
    public static TreeEnsemble Convert<TTree>(TreeEnsemble<TTree> source, IReadOnlyList<string> slotNames,
        IReadOnlyList<int> slotPlayer, IReadOnlyList<string> players, double scale = 1.0) where TTree : RegressionTreeBase
    {
        ArgumentNullException.ThrowIfNull(slotNames);
        ArgumentNullException.ThrowIfNull(slotPlayer);
        ArgumentNullException.ThrowIfNull(players);
        var trees = new RegressionTreeModel[source.Trees.Count];
        for (int k = 0; k < trees.Length; k++)
            trees[k] = ConvertTree(k, source.Trees[k], scale * source.TreeWeights[k], slotNames.Count);
        return new TreeEnsemble(scale * source.Bias, trees, slotNames.ToArray(), slotPlayer.ToArray(), players.ToArray());
    }

    private static RegressionTreeModel ConvertTree(int k, RegressionTreeBase tree, double weight, int slotCount)
    {
        var leaves = tree.LeafValues.Select(v => new TreeLeaf(v, 0)).ToArray();
        if (tree.NumberOfLeaves <= 1) return new RegressionTreeModel(weight, [], leaves.Length > 0 ? leaves : [new TreeLeaf(0, 0)]);
        var nodes = new TreeNode[tree.NumberOfNodes];
        for (int n = 0; n < nodes.Length; n++)
        {
            int[]? categorical = tree.CategoricalSplitFlags[n] ? tree.GetCategoricalSplitFeaturesAt(n).ToArray() : null;
            int slot = categorical is { Length: > 0 } ? categorical[0] : tree.NumericalSplitFeatureIndexes[n];
            if ((uint)slot >= (uint)slotCount)
                throw new ArgumentException(
                    $"Tree {k} node {n} splits on slot {slot}, but only {slotCount} slot names were given; pass the names of every Features slot.");
            nodes[n] = new TreeNode(slot, tree.NumericalSplitThresholds[n], tree.LeftChild[n], tree.RightChild[n], 0, categorical);
        }
        return new RegressionTreeModel(weight, nodes, leaves);
    }
}
