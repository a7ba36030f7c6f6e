namespace Workbench.Ml.Explain;

/// <summary>One weighted regression tree of an ensemble, mirroring a tree of the <c>trees</c> JSON.</summary>
/// <param name="Weight">Multiplier of the leaf values in the ensemble's raw output.</param>
/// <param name="Nodes">Internal nodes; node 0 is the root. Empty for a tree that is a single leaf.</param>
/// <param name="Leaves">Leaves, addressed by children c &lt; 0 as leaf <c>~c</c>.</param>
public sealed record RegressionTreeModel(double Weight, IReadOnlyList<TreeNode> Nodes, IReadOnlyList<TreeLeaf> Leaves)
{
    /// <summary>The child code of the root: 0 for an internal root, <c>~0</c> for a single-leaf tree.</summary>
    public int RootChild => Nodes.Count > 0 ? 0 : ~0;

    /// <summary>The index of the leaf a row reaches.</summary>
    public int LeafIndex(ReadOnlySpan<double> row)
    {
        int child = RootChild;
        while (child >= 0)
        {
            var node = Nodes[child];
            child = node.GoesLeft(row) ? node.Left : node.Right;
        }
        return ~child;
    }

    /// <summary>The tree's weighted output for a row: <c>Weight · leaf value</c>.</summary>
    public double Predict(ReadOnlySpan<double> row) => Weight * Leaves[LeafIndex(row)].Value;
}
