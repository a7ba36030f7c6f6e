using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Workbench.Ml.Explain;

/// <summary>A tree's internal nodes in preorder, so one branch-free pass per row gives every leaf the set of tree-local
/// players whose split the row does not follow on the way to it.</summary>
/// <remarks>Slot k of the buffer holds the failed players above the k-th node in preorder; slot <see cref="Nodes"/> + l
/// holds those of leaf l. A parent always comes before its children, so one forward pass fills every slot.</remarks>
internal sealed class PathRouting
{
    private readonly CompiledTree _tree;
    private readonly int[] _node, _slot, _leftTarget, _rightTarget;
    private readonly double[] _threshold;
    private readonly ulong[] _bit;
    private readonly bool _categorical;

    public PathRouting(CompiledTree tree, int[] nodeLocal)
    {
        _tree = tree;
        var order = new List<int>();
        if (tree.Root >= 0) Preorder(tree, tree.Root, order);
        Nodes = order.Count;
        Slots = Nodes + tree.LeafValue.Length;
        var position = new int[tree.Slot.Length];
        for (int k = 0; k < order.Count; k++) position[order[k]] = k;
        int Target(int child) => child >= 0 ? position[child] : Nodes + ~child;
        _node = order.ToArray();
        _slot = order.Select(i => tree.Slot[i]).ToArray();
        _threshold = order.Select(i => tree.Threshold[i]).ToArray();
        _bit = order.Select(i => 1UL << nodeLocal[i]).ToArray();
        _leftTarget = order.Select(i => Target(tree.Left[i])).ToArray();
        _rightTarget = order.Select(i => Target(tree.Right[i])).ToArray();
        _categorical = order.Any(i => tree.CategoryCount[i] > 0);
    }

    /// <summary>Internal nodes reachable from the root.</summary>
    public int Nodes { get; }

    /// <summary>Buffer length <see cref="Route"/> needs: one slot per internal node and per leaf.</summary>
    public int Slots { get; }

    private static void Preorder(CompiledTree tree, int node, List<int> order)
    {
        var stack = new Stack<int>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            order.Add(n);
            if (tree.Right[n] >= 0) stack.Push(tree.Right[n]);
            if (tree.Left[n] >= 0) stack.Push(tree.Left[n]);
        }
    }

    /// <summary>Fills <paramref name="failed"/> (at least <see cref="Slots"/> long); leaf l's set is at Nodes + l.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Route(ReadOnlySpan<double> row, Span<ulong> failed)
    {
        if (Nodes == 0) return;
        ref var f = ref MemoryMarshal.GetReference(failed[..Slots]); // every target is below Slots by construction
        f = 0;
        ref var slot = ref MemoryMarshal.GetArrayDataReference(_slot);
        ref var threshold = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref var bit = ref MemoryMarshal.GetArrayDataReference(_bit);
        ref var left = ref MemoryMarshal.GetArrayDataReference(_leftTarget);
        ref var right = ref MemoryMarshal.GetArrayDataReference(_rightTarget);
        for (int k = 0; k < Nodes; k++)
        {
            bool goesLeft = _categorical ? _tree.GoesLeft(_node[k], row) : row[Unsafe.Add(ref slot, k)] <= Unsafe.Add(ref threshold, k);
            // All ones when the row goes left, so the player fails on the right branch only (and vice versa).
            ulong leftMask = (ulong)-(long)(goesLeft ? 1 : 0), b = Unsafe.Add(ref bit, k), above = Unsafe.Add(ref f, k);
            Unsafe.Add(ref f, Unsafe.Add(ref left, k)) = above | (b & ~leftMask);
            Unsafe.Add(ref f, Unsafe.Add(ref right, k)) = above | (b & leftMask);
        }
    }
}
