using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Workbench.Ml.Explain;

/// <summary>Runs path-dependent TreeSHAP on <see cref="LeafPathTree"/>s: one branch-free routing pass over the tree per
/// row, then O(D) per leaf from the tables; every buffer is allocated once per worker.</summary>
internal sealed class LeafPathWorker(int maxDepth)
{
    private ulong[] _failed = new ulong[Math.Max(64, 2 * maxDepth + 2)];
    private readonly double[] _zeros = new double[ShapleyWeights.MaxPlayers + 1];
    private readonly double[] _scratch = new double[ShapleyWeights.MaxPlayers + 2];

    /// <summary>Adds the tree's Shapley values for <paramref name="row"/> into <paramref name="phi"/>.</summary>
    /// <remarks>The hot loops are compiled fully optimised at once: a first batch of rows would otherwise run them
    /// unoptimised for much of its time.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Explain(LeafPathTree paths, ReadOnlySpan<double> row, Span<double> phi)
    {
        var routing = paths.Routing;
        if (routing.Nodes == 0) return; // a single leaf gives every player 0
        if (_failed.Length < routing.Slots) _failed = new ulong[routing.Slots];
        routing.Route(row, _failed);
        var leaves = paths.Leaves;
        for (int l = 0; l < leaves.Length; l++)
        {
            ulong failed = _failed[routing.Nodes + l];
            if (leaves[l].TableStart < 0) AddLeafDirect(paths, leaves[l], failed, phi);
            else AddLeaf(paths, leaves[l], failed, phi);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddLeaf(LeafPathTree paths, in PathLeaf info, ulong failed, Span<double> phi)
    {
        // Players are in ascending local order, so extracting the mask's bits of "not failed" gives the hot set H.
        int hot = (int)ExtractBits(~failed, info.Mask);
        ref var products = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(paths.ColdProducts), info.TableStart);
        double coldProduct = Unsafe.Add(ref products, hot);
        if (coldProduct == 0) return; // a leaf value of 0 or a cold player no training row took: every value is 0
        ref var table = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(paths.Table), info.TableStart);
        ref var player = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(paths.PlayerOf), info.Start);
        ref var oneMinusZero = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(paths.OneMinusZero), info.Start);
        ref var phiStart = ref MemoryMarshal.GetReference(phi);
        double cold = -coldProduct * Unsafe.Add(ref table, hot);
        long coldBits = BitConverter.DoubleToInt64Bits(cold);
        for (int j = 0; j < info.Count; j++)
        {
            double gain = coldProduct * Unsafe.Add(ref oneMinusZero, j) * Unsafe.Add(ref table, hot ^ (1 << j));
            // Whether a player is hot follows the row, so a branch here would be mispredicted half the time: select bits.
            long isHot = -(long)(hot >> j & 1);
            long bits = (BitConverter.DoubleToInt64Bits(gain) & isHot) | (coldBits & ~isHot);
            Unsafe.Add(ref phiStart, Unsafe.Add(ref player, j)) += BitConverter.Int64BitsToDouble(bits);
        }
    }

    /// <summary>The bits of <paramref name="value"/> under <paramref name="mask"/>, packed to the low end (PEXT).</summary>
    internal static ulong ExtractBits(ulong value, ulong mask) =>
        Bmi2.X64.IsSupported ? Bmi2.X64.ParallelBitExtract(value, mask) : ExtractBitsPortable(value, mask);

    /// <summary><see cref="ExtractBits"/> one mask bit at a time, for processors without BMI2.</summary>
    internal static ulong ExtractBitsPortable(ulong value, ulong mask)
    {
        ulong result = 0;
        for (int j = 0; mask != 0; j++, mask &= mask - 1)
            result |= (value >> BitOperations.TrailingZeroCount(mask) & 1) << j;
        return result;
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
