namespace Workbench.Ml.Statistics;

/// <summary>numpy's default ("linear") quantile of sorted values, with numpy's interpolation formula.</summary>
internal static class NumpyQuantile
{
    /// <summary>The <paramref name="q"/>-quantile (0..1) of <paramref name="sorted"/> (ascending, no NaN).</summary>
    public static double Linear(ReadOnlySpan<double> sorted, double q)
    {
        var n = sorted.Length;
        var virtualIndex = (n - 1) * q;
        if (virtualIndex >= n - 1) return sorted[n - 1];
        if (virtualIndex < 0) return sorted[0];
        var previous = Math.Floor(virtualIndex);
        var gamma = virtualIndex - previous;
        var a = sorted[(int)previous];
        var b = sorted[(int)previous + 1];
        var diff = b - a;
        // numpy's _lerp switches to the upper end for t >= 0.5 so that t = 1 gives b exactly.
        return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    }
}
