using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Workbench.Ml.Explain;

/// <summary>One element of a TreeSHAP path: a player with its zero/one fractions and permutation weight.</summary>
internal struct PathElement
{
    public int Player;
    public double Zero, One, Weight;
}

/// <summary>The EXTEND, UNWIND and unwound-sum steps of Lundberg et al. (2018), Algorithm 2, on a path slice.</summary>
/// <remarks>Divisions by small integers use a table of reciprocals and the loops skip bounds checks: callers pass a
/// span holding at least <c>depth + 1</c> elements.</remarks>
internal static class ShapPath
{
    /// <summary>Deepest tree (internal nodes on a path) the reciprocal table supports.</summary>
    public const int MaxDepth = 4000;

    private static readonly double[] Reciprocal = Enumerable.Range(0, MaxDepth + 8).Select(k => k == 0 ? 0.0 : 1.0 / k).ToArray();

    /// <summary>EXTEND: appends a player at <paramref name="depth"/> and updates the permutation weights.</summary>
    public static void Extend(Span<PathElement> path, int depth, double zero, double one, int player)
    {
        ref var p = ref MemoryMarshal.GetReference(path);
        Unsafe.Add(ref p, depth) = new PathElement { Player = player, Zero = zero, One = one, Weight = depth == 0 ? 1.0 : 0.0 };
        double scale = Reciprocal[depth + 1], zeroScaled = zero * scale, oneScaled = one * scale;
        for (int i = depth - 1; i >= 0; i--)
        {
            ref var element = ref Unsafe.Add(ref p, i);
            double weight = element.Weight;
            Unsafe.Add(ref p, i + 1).Weight += weight * (oneScaled * (i + 1));
            element.Weight = weight * (zeroScaled * (depth - i));
        }
    }

    /// <summary>UNWIND: removes the element at <paramref name="index"/>, undoing its EXTEND.</summary>
    public static void Unwind(Span<PathElement> path, int depth, int index)
    {
        ref var p = ref MemoryMarshal.GetReference(path);
        double one = Unsafe.Add(ref p, index).One, zero = Unsafe.Add(ref p, index).Zero;
        double next = Unsafe.Add(ref p, depth).Weight, scale = Reciprocal[depth + 1];
        if (one != 0)
        {
            double inverseOne = (depth + 1) / one;
            for (int i = depth - 1; i >= 0; i--)
            {
                ref var element = ref Unsafe.Add(ref p, i);
                double previous = element.Weight;
                element.Weight = next * (inverseOne * Reciprocal[i + 1]);
                next = previous - element.Weight * (zero * (depth - i) * scale);
            }
        }
        else
        {
            double inverseZero = (depth + 1) / zero;
            for (int i = depth - 1; i >= 0; i--)
                Unsafe.Add(ref p, i).Weight *= inverseZero * Reciprocal[depth - i];
        }
        for (int i = index; i < depth; i++)
        {
            ref var element = ref Unsafe.Add(ref p, i);
            ref var following = ref Unsafe.Add(ref p, i + 1);
            (element.Player, element.Zero, element.One) = (following.Player, following.Zero, following.One);
        }
    }

    /// <summary>The total permutation weight of the path with element <paramref name="index"/> unwound, without changing it.</summary>
    public static double UnwoundSum(ReadOnlySpan<PathElement> path, int depth, int index)
    {
        ref var p = ref MemoryMarshal.GetReference(path);
        double one = Unsafe.Add(ref p, index).One, zero = Unsafe.Add(ref p, index).Zero;
        double next = Unsafe.Add(ref p, depth).Weight, total = 0;
        if (one != 0)
        {
            double inverseOne = 1.0 / one;
            for (int i = depth - 1; i >= 0; i--)
            {
                // Constants are grouped off the loop-carried chain through 'next'.
                double share = next * (inverseOne * Reciprocal[i + 1]);
                total += share;
                next = Unsafe.Add(ref p, i).Weight - share * (zero * (depth - i));
            }
        }
        else
        {
            double inverseZero = 1.0 / zero;
            for (int i = depth - 1; i >= 0; i--) total += Unsafe.Add(ref p, i).Weight * inverseZero * Reciprocal[depth - i];
        }
        return total * (depth + 1);
    }

    /// <summary>Σ weight_i / (depth − i) over the first <paramref name="depth"/> elements: the unwound sum of any
    /// element whose one fraction is 0, times its zero fraction and divided by <c>depth + 1</c>.</summary>
    public static double ColdSum(ReadOnlySpan<PathElement> path, int depth)
    {
        ref var p = ref MemoryMarshal.GetReference(path);
        double total = 0;
        for (int i = depth - 1; i >= 0; i--) total += Unsafe.Add(ref p, i).Weight * Reciprocal[depth - i];
        return total;
    }
}
