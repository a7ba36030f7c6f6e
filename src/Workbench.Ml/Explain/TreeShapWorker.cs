namespace Workbench.Ml.Explain;

/// <summary>Runs path-dependent TreeSHAP on one row at a time, reusing one preallocated path buffer.</summary>
internal sealed class TreeShapWorker(int maxDepth)
{
    // Each recursion level copies its parent's path (at most maxDepth + 2 elements) into the next slice.
    private readonly PathElement[] _buffer = new PathElement[(maxDepth + 3) * (maxDepth + 4) / 2];
    private CompiledTree _tree = null!;
    private double[] _row = null!;
    private double[] _phi = null!;

    /// <summary>Adds every tree's Shapley values for <paramref name="row"/> into <paramref name="phi"/> (one per player).</summary>
    public void Explain(IReadOnlyList<CompiledTree> trees, double[] row, double[] phi)
    {
        foreach (var tree in trees) ExplainTree(tree, row, phi);
    }

    /// <summary>Adds one tree's Shapley values for <paramref name="row"/> into <paramref name="phi"/>.</summary>
    public void ExplainTree(CompiledTree tree, double[] row, double[] phi)
    {
        (_row, _phi, _tree) = (row, phi, tree);
        Recurse(tree.Root, 0, 0, 1.0, 1.0, -1);
    }

    private void Recurse(int child, int depth, int parentStart, double zero, double one, int player)
    {
        int start = parentStart + depth + 1;
        var path = _buffer.AsSpan(start);
        _buffer.AsSpan(parentStart, depth).CopyTo(path); // element [depth] is written by Extend

        ShapPath.Extend(path, depth, zero, one, player);
        if (child < 0)
        {
            AddLeaf(path, depth, _tree.LeafValue[~child]);
            return;
        }
        int split = _tree.Player[child];
        double incomingZero = 1.0, incomingOne = 1.0;
        int index = 0;
        while (index <= depth && path[index].Player != split) index++;
        if (index <= depth)
        {
            (incomingZero, incomingOne) = (path[index].Zero, path[index].One);
            ShapPath.Unwind(path, depth, index);
            depth--;
        }
        bool left = _tree.GoesLeft(child, _row);
        int hot = left ? _tree.Left[child] : _tree.Right[child], cold = left ? _tree.Right[child] : _tree.Left[child];
        double hotFraction = left ? _tree.LeftFraction[child] : _tree.RightFraction[child];
        double coldFraction = left ? _tree.RightFraction[child] : _tree.LeftFraction[child];
        // A branch with both fractions zero is reached by no coalition, so it contributes nothing.
        if (hotFraction * incomingZero != 0 || incomingOne != 0)
            Recurse(hot, depth + 1, start, hotFraction * incomingZero, incomingOne, split);
        if (coldFraction * incomingZero != 0)
            Recurse(cold, depth + 1, start, coldFraction * incomingZero, 0.0, split);
    }

    private void AddLeaf(ReadOnlySpan<PathElement> path, int depth, double value)
    {
        // For an element with one fraction 0, the unwound sum is (depth + 1) · ColdSum / zero and its term
        // multiplies by (0 − zero), so every such element receives the same −(depth + 1) · ColdSum · value.
        double coldTerm = depth > 0 ? -(depth + 1) * ShapPath.ColdSum(path, depth) * value : 0;
        for (int i = 1; i <= depth; i++)
        {
            ref readonly var element = ref path[i];
            _phi[element.Player] += element.One == 0
                ? coldTerm
                : ShapPath.UnwoundSum(path, depth, i) * (element.One - element.Zero) * value;
        }
    }
}
