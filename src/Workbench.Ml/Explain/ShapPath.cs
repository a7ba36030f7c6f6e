namespace Workbench.Ml.Explain;

/// <summary>One element of a TreeSHAP path: a player with its zero/one fractions and permutation weight.</summary>
internal struct PathElement
{
    public int Player;
    public double Zero, One, Weight;
}

/// <summary>The EXTEND, UNWIND and unwound-sum steps of Lundberg et al. (2018), Algorithm 2, on a path slice.</summary>
internal static class ShapPath
{
    /// <summary>EXTEND: appends a player at <paramref name="depth"/> and updates the permutation weights.</summary>
    public static void Extend(Span<PathElement> path, int depth, double zero, double one, int player)
    {
        path[depth] = new PathElement { Player = player, Zero = zero, One = one, Weight = depth == 0 ? 1.0 : 0.0 };
        double denominator = depth + 1;
        for (int i = depth - 1; i >= 0; i--)
        {
            path[i + 1].Weight += one * path[i].Weight * (i + 1) / denominator;
            path[i].Weight = zero * path[i].Weight * (depth - i) / denominator;
        }
    }

    /// <summary>UNWIND: removes the element at <paramref name="index"/>, undoing its EXTEND.</summary>
    public static void Unwind(Span<PathElement> path, int depth, int index)
    {
        double one = path[index].One, zero = path[index].Zero;
        double next = path[depth].Weight;
        for (int i = depth - 1; i >= 0; i--)
        {
            if (one != 0)
            {
                double previous = path[i].Weight;
                path[i].Weight = next * (depth + 1) / ((i + 1) * one);
                next = previous - path[i].Weight * zero * (depth - i) / (depth + 1);
            }
            else
            {
                path[i].Weight = path[i].Weight * (depth + 1) / (zero * (depth - i));
            }
        }
        for (int i = index; i < depth; i++)
        {
            path[i].Player = path[i + 1].Player;
            path[i].Zero = path[i + 1].Zero;
            path[i].One = path[i + 1].One;
        }
    }

    /// <summary>The total permutation weight of the path with element <paramref name="index"/> unwound, without changing it.</summary>
    public static double UnwoundSum(ReadOnlySpan<PathElement> path, int depth, int index)
    {
        double one = path[index].One, zero = path[index].Zero;
        double next = path[depth].Weight, total = 0;
        if (one != 0)
        {
            for (int i = depth - 1; i >= 0; i--)
            {
                double share = next / ((i + 1) * one);
                total += share;
                next = path[i].Weight - share * zero * (depth - i);
            }
        }
        else
        {
            for (int i = depth - 1; i >= 0; i--) total += path[i].Weight / (zero * (depth - i));
        }
        return total * (depth + 1);
    }
}
