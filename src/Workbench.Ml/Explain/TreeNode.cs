namespace Workbench.Ml.Explain;

/// <summary>An internal node of a regression tree, as in the <c>trees</c> JSON that <c>workbench trees</c> prints.</summary>
/// <param name="Slot">Input slot tested by a numeric split (the first slot of a categorical split).</param>
/// <param name="Threshold">A numeric split goes left when <c>x[Slot] &lt;= Threshold</c>.</param>
/// <param name="Left">Left child: a node index when ≥ 0, otherwise leaf <c>~Left</c>.</param>
/// <param name="Right">Right child: a node index when ≥ 0, otherwise leaf <c>~Right</c>.</param>
/// <param name="Cover">Training rows reaching this node.</param>
/// <param name="CategoricalSlots">Slots of a categorical split (goes right when any is &gt; 0), or null.</param>
public sealed record TreeNode(int Slot, double Threshold, int Left, int Right, double Cover,
    IReadOnlyList<int>? CategoricalSlots = null)
{
    /// <summary>Whether a row takes the left branch at this node.</summary>
    public bool GoesLeft(ReadOnlySpan<double> row)
    {
        if (CategoricalSlots is null) return row[Slot] <= Threshold;
        for (int k = 0; k < CategoricalSlots.Count; k++)
            if (row[CategoricalSlots[k]] > 0) return false;
        return true;
    }
}

/// <summary>A leaf of a regression tree with its output value and cover.</summary>
/// <param name="Value">Leaf output before the tree's weight is applied.</param>
/// <param name="Cover">Training rows reaching this leaf.</param>
public sealed record TreeLeaf(double Value, double Cover);
