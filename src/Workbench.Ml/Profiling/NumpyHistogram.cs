using Workbench.Ml.Statistics;

namespace Workbench.Ml.Profiling;

/// <summary>Equal-width histograms with <c>numpy.histogram</c> semantics, and numpy's "auto" bin count.</summary>
internal static class NumpyHistogram
{
    /// <summary>Counts of <paramref name="values"/> (finite, any order) in <paramref name="bins"/> equal-width bins
    /// over [min, max]; the last bin is closed; equal ends widen to [v - 0.5, v + 0.5] as numpy does.</summary>
    public static Histogram Compute(ReadOnlySpan<double> values, int bins, double min, double max)
    {
        var edges = Edges(min, max, bins, out var first, out var last);
        var counts = new long[bins];
        var norm = bins / (last - first);
        foreach (var v in values)
        {
            if (v < first || v > last) continue;
            var index = (int)((v - first) * norm);
            if (index == bins) index--;
            // numpy corrects the computed index by one where rounding put it across an edge.
            if (v < edges[index]) index--;
            else if (index != bins - 1 && v >= edges[index + 1]) index++;
            counts[index]++;
        }
        return new Histogram(edges, counts);
    }

    /// <summary>numpy.linspace(first, last, bins + 1) after numpy's widening of a zero range.</summary>
    public static double[] Edges(double min, double max, int bins, out double first, out double last)
    {
        first = min;
        last = max;
        if (first == last) { first -= 0.5; last += 0.5; }
        var edges = new double[bins + 1];
        var delta = last - first;
        var step = delta / bins;
        for (var i = 0; i <= bins; i++)
            edges[i] = (step == 0 ? i / (double)bins * delta : i * step) + first;
        edges[bins] = last;
        return edges;
    }

    /// <summary>The number of bins numpy's <c>bins="auto"</c> chooses: the smaller width of Sturges and
    /// Freedman–Diaconis (Sturges alone when the IQR is 0), as numpy 1.24 does (numpy 2 also widens integer bins to 1).</summary>
    public static int AutoBinCount(ReadOnlySpan<double> sorted)
    {
        var n = sorted.Length;
        if (n == 0) return 1;
        double first = sorted[0], last = sorted[^1];
        var ptp = last - first;
        if (first == last) { first -= 0.5; last += 0.5; }
        var sturges = ptp / (Math.Log2(n) + 1.0);
        var iqr = NumpyQuantile.Linear(sorted, 0.75) - NumpyQuantile.Linear(sorted, 0.25);
        var fd = 2.0 * iqr * Math.Pow(n, -1.0 / 3.0);
        var width = fd != 0 ? Math.Min(fd, sturges) : sturges;
        if (width == 0) return 1;
        return (int)Math.Ceiling((last - first) / width);
    }
}
