namespace Workbench.Ml.Explain;

/// <summary>A tree ensemble with its input slots and the original columns (players) they came from.</summary>
/// <param name="Bias">Constant added to the raw output.</param>
/// <param name="Trees">The weighted regression trees.</param>
/// <param name="Slots">Names of the model's input vector slots, in order.</param>
/// <param name="SlotPlayer">Index into <paramref name="Players"/> of the original column of each slot.</param>
/// <param name="Players">Names of the original columns, the players of the Shapley values.</param>
public sealed record TreeEnsemble(double Bias, IReadOnlyList<RegressionTreeModel> Trees, IReadOnlyList<string> Slots,
    IReadOnlyList<int> SlotPlayer, IReadOnlyList<string> Players)
{
    /// <summary>The raw output for a row of slot values: <c>Bias + Σ weight · leaf value</c>.</summary>
    public double Predict(ReadOnlySpan<double> row)
    {
        CheckRow(row.Length);
        double sum = Bias;
        foreach (var tree in Trees) sum += tree.Predict(row);
        return sum;
    }

    /// <summary>The player a node splits on: the original column of its slot (all its categorical slots share it).</summary>
    public int PlayerOf(TreeNode node) => SlotPlayer[node.CategoricalSlots is { Count: > 0 } c ? c[0] : node.Slot];

    /// <summary>Throws with the offending value when a row does not have one value per slot.</summary>
    public void CheckRow(int length)
    {
        if (length != Slots.Count)
            throw new ArgumentException($"The row has {length} values but the model has {Slots.Count} input slots; pass one value per slot.");
    }

    /// <summary>Throws with the tree and node at fault when the structure is inconsistent.</summary>
    public void Validate()
    {
        if (SlotPlayer.Count != Slots.Count)
            throw new ArgumentException($"SlotPlayer has {SlotPlayer.Count} entries but there are {Slots.Count} slots; give the player of every slot.");
        for (int s = 0; s < SlotPlayer.Count; s++)
            if ((uint)SlotPlayer[s] >= (uint)Players.Count)
                throw new ArgumentException($"Slot {s} ('{Slots[s]}') maps to player {SlotPlayer[s]}, outside 0..{Players.Count - 1}.");
        for (int t = 0; t < Trees.Count; t++) ValidateTree(t, Trees[t]);
    }

    private void ValidateTree(int t, RegressionTreeModel tree)
    {
        if (tree.Leaves.Count != tree.Nodes.Count + 1)
            throw new ArgumentException($"Tree {t} has {tree.Nodes.Count} nodes and {tree.Leaves.Count} leaves; a binary tree needs nodes + 1 leaves.");
        for (int n = 0; n < tree.Nodes.Count; n++)
        {
            var node = tree.Nodes[n];
            foreach (var child in new[] { node.Left, node.Right })
                if (child >= 0 ? child <= n || child >= tree.Nodes.Count : ~child >= tree.Leaves.Count)
                    throw new ArgumentException($"Tree {t} node {n} has child {child}, which is not a later node or an existing leaf.");
            if (node.CategoricalSlots is null)
            {
                if ((uint)node.Slot >= (uint)Slots.Count)
                    throw new ArgumentException($"Tree {t} node {n} splits on slot {node.Slot}, outside 0..{Slots.Count - 1}.");
                continue;
            }
            if (node.CategoricalSlots.Count == 0)
                throw new ArgumentException($"Tree {t} node {n} is a categorical split with no slots.");
            foreach (var slot in node.CategoricalSlots)
                if ((uint)slot >= (uint)Slots.Count || SlotPlayer[slot] != SlotPlayer[node.CategoricalSlots[0]])
                    throw new ArgumentException($"Tree {t} node {n}: categorical slot {slot} is out of range or belongs to another column than the split's other slots.");
        }
    }
}
