using Workbench.Ml.Explain;

namespace Workbench.Cli.Output;

/// <summary>The <c>trees</c> JSON that <c>workbench trees</c> prints: bias, input slots, the original column of each slot, the trees, and
/// with an input file each row's input vector.</summary>
public sealed record TreesJson(double Bias, IReadOnlyList<string> Slots, IReadOnlyList<string> SlotColumns,
    IReadOnlyList<TreeJson> Trees, double[][]? Rows)
{
    /// <summary>The printed form of an ensemble.</summary>
    public static TreesJson From(TreeEnsemble ensemble, double[][]? rows) => new(ensemble.Bias, ensemble.Slots,
        ensemble.SlotPlayer.Select(p => ensemble.Players[p]).ToList(),
        ensemble.Trees.Select(t => new TreeJson(t.Weight,
            t.Nodes.Select(n => new TreeNodeJson(n.Slot, n.Threshold, n.Left, n.Right, n.Cover, n.CategoricalSlots)).ToList(),
            t.Leaves.Select(l => new TreeLeafJson(l.Value, l.Cover)).ToList())).ToList(),
        rows);
}

/// <summary>One weighted tree: internal nodes (node 0 is the root) and leaves.</summary>
public sealed record TreeJson(double Weight, IReadOnlyList<TreeNodeJson> Nodes, IReadOnlyList<TreeLeafJson> Leaves);

/// <summary>An internal node: a child c &lt; 0 is leaf ~c; numeric splits go left when x[slot] ≤ threshold; a categorical
/// split goes right when any of its slots is &gt; 0.</summary>
public sealed record TreeNodeJson(int Slot, double Threshold, int Left, int Right, double Cover, IReadOnlyList<int>? CategoricalSlots);

/// <summary>A leaf: its value (before the tree's weight) and the training rows reaching it.</summary>
public sealed record TreeLeafJson(double Value, double Cover);
