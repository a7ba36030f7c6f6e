using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Workbench.Ml.Explain;

/// <summary>Runs path-dependent TreeSHAP on <see cref="LeafPathTree"/>s: one walk over the tree per row, then O(D) per
/// leaf; every buffer is allocated once per worker.</summary>
internal sealed class LeafPathWorker(int maxDepth)
{
    private readonly int[] _stackChild = new int[maxDepth + 2];
    private readonly ulong[] _stackFailed = new ulong[maxDepth + 2];
    private readonly double[] _zeros = new double[ShapleyWeights.MaxPlayers + 1];
    private readonly double[] _scratch = new double[ShapleyWeights.MaxPlayers + 2];

    /// <summary>Adds the tree's Shapley values for <paramref name="row"/> into <paramref name="phi"/>.</summary>
    public void Explain(LeafPathTree paths, ReadOnlySpan<double> row, Span<double> phi)
    {
        var tree = paths.Tree;
        if (tree.Root < 0) return; // a single leaf gives every player 0
        var (stackChild, stackFailed, nodeLocal) = (_stackChild, _stackFailed, paths.NodeLocal);
        int top = 0;
        (stackChild[0], stackFailed[0]) = (tree.Root, 0UL);
        while (top >= 0)
        {
            int child = stackChild[top];
            ulong failed = stackFailed[top--];
            if (child < 0)
            {
                AddLeaf(paths, ~child, failed, phi);
                continue;
            }
            bool left = tree.GoesLeft(child, row);
            // The branch the row does not take fails the node's player on every path below it.
            top++;
            stackChild[top] = left ? tree.Right[child] : tree.Left[child];
            stackFailed[top] = failed | 1UL << nodeLocal[child];
            top++;
            stackChild[top] = left ? tree.Left[child] : tree.Right[child];
            stackFailed[top] = failed;
        }
    }

    private void AddLeaf(LeafPathTree paths, int leaf, ulong failed, Span<double> phi)
    {
        ref readonly var info = ref paths.Leaves[leaf];
        if (info.TableStart < 0)
        {
            AddLeafDirect(paths, info, failed, phi);
            return;
        }
        ref var first = ref MemoryMarshal.GetArrayDataReference(paths.Players);
        ref var players = ref Unsafe.Add(ref first, info.Start);
        int count = info.Count, hot = 0;
        double coldProduct = info.Value;
        // Branch-free: whether a player is hot follows the row, so branches on it would be mispredicted half the time.
        for (int j = 0; j < count; j++)
        {
            ref var p = ref Unsafe.Add(ref players, j);
            int isCold = (int)(failed >> p.Local) & 1;
            hot |= (isCold ^ 1) << j;
            coldProduct *= isCold != 0 ? p.Zero : 1.0;
        }
        if (coldProduct == 0) return; // a leaf value of 0 or a cold player no training row took: every value is 0
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(paths.Table), info.TableStart);
        double cold = -coldProduct * Unsafe.Add(ref table, hot);
        ref var phiStart = ref MemoryMarshal.GetReference(phi);
        for (int j = 0; j < count; j++)
        {
            ref var p = ref Unsafe.Add(ref players, j);
            double gain = coldProduct * p.OneMinusZero * Unsafe.Add(ref table, hot ^ (1 << j));
            Unsafe.Add(ref phiStart, p.Player) += (hot >> j & 1) != 0 ? gain : cold;
        }
    }

    // Paths with more than MaxTabulated players: U(H) and each U(H∖{j}) from the polynomials, O(D³) per leaf.
    private void AddLeafDirect(LeafPathTree paths, in PathLeaf info, ulong failed, Span<double> phi)
    {
        var players = paths.Players.AsSpan(info.Start, info.Count);
        int hotCount = 0;
        double value = info.Value;
        foreach (ref readonly var p in players)
        {
            if ((failed >> p.Local & 1) == 0) _zeros[hotCount++] = p.Zero;
            else value *= p.Zero;
        }
        if (value == 0) return;
        double cold = -value * ShapleyWeights.SubsetSum(_zeros.AsSpan(0, hotCount), info.Count, _scratch);
        int h = 0;
        foreach (ref readonly var p in players)
        {
            if ((failed >> p.Local & 1) != 0) { phi[p.Player] += cold; continue; }
            // Swap the h-th hot fraction to the end so the first hotCount − 1 entries are H without this player.
            (_zeros[h], _zeros[hotCount - 1]) = (_zeros[hotCount - 1], _zeros[h]);
            double without = ShapleyWeights.SubsetSum(_zeros.AsSpan(0, hotCount - 1), info.Count, _scratch);
            (_zeros[h], _zeros[hotCount - 1]) = (_zeros[hotCount - 1], _zeros[h]);
            phi[p.Player] += value * p.OneMinusZero * without;
            h++;
        }
    }
}
