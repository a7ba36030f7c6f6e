namespace Workbench.Ml.Explain;

/// <summary>Shapley coalition weights s!(n − s − 1)!/n! and the subset sums of a leaf's zero fractions built on them.</summary>
internal static class ShapleyWeights
{
    /// <summary>Most players a weight table row covers.</summary>
    public const int MaxPlayers = 64;

    private static readonly double[][] Table = Enumerable.Range(0, MaxPlayers + 1).Select(Row).ToArray();

    /// <summary>The weights for coalition sizes 0..n−1 among <paramref name="n"/> players.</summary>
    public static ReadOnlySpan<double> For(int n) => Table[n];

    private static double[] Row(int n)
    {
        var weights = new double[Math.Max(n, 1)];
        if (n == 0) return weights;
        weights[0] = 1.0 / n;
        for (int s = 0; s + 1 < n; s++) weights[s + 1] = weights[s] * (s + 1) / (n - s - 1);
        return weights;
    }

    /// <summary>U(G) = Σ_{S ⊆ G} w(|S|, n) Π_{k ∈ G∖S} z_k for the zero fractions <paramref name="zeros"/> of the set G,
    /// through the elementary symmetric polynomials of those fractions (<paramref name="scratch"/> holds |G| + 1 values).</summary>
    public static double SubsetSum(ReadOnlySpan<double> zeros, int n, Span<double> scratch)
    {
        int size = zeros.Length;
        scratch[..(size + 1)].Clear();
        scratch[0] = 1;
        for (int k = 0; k < size; k++)
            for (int e = k + 1; e >= 1; e--) scratch[e] += zeros[k] * scratch[e - 1];
        var weights = For(n);
        double total = 0;
        for (int s = 0; s <= size && s < n; s++) total += weights[s] * scratch[size - s];
        return total;
    }
}
