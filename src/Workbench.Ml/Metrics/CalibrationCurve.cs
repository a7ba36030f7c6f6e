namespace Workbench.Ml.Metrics;

/// <summary>A reliability diagram as scikit-learn's <c>calibration_curve(y, p, n_bins=10, strategy="uniform")</c>:
/// equal-width bins over [0, 1], empty bins left out.</summary>
/// <param name="MeanPredicted">Mean predicted probability in each non-empty bin (<c>prob_pred</c>).</param>
/// <param name="FractionPositive">Share of positive labels in each non-empty bin (<c>prob_true</c>).</param>
/// <param name="Counts">Rows in each non-empty bin.</param>
public sealed record CalibrationCurve(double[] MeanPredicted, double[] FractionPositive, long[] Counts)
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Number of equal-width bins, as scikit-learn's default.</summary>
        public const int Bins = 10;
    }

    /// <summary>Bins the probabilities: a probability equal to an inner edge goes to the bin on its left, as
    /// <c>np.searchsorted(edges[1:-1], p)</c>; 1.0 falls in the last bin.</summary>
    public static CalibrationCurve Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> probabilities, int bins = Defaults.Bins)
    {
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "Use at least one bin.");
        var y = BinaryInput.Labels(labels);
        var p = BinaryInput.Scores(y, probabilities, probabilities: true);
        var edges = InnerEdges(bins);
        var sums = new double[bins];
        var positives = new double[bins];
        var counts = new long[bins];
        for (int i = 0; i < p.Length; i++)
        {
            int b = LeftmostAtOrAbove(edges, p[i]);
            sums[b] += p[i];
            if (y[i]) positives[b]++;
            counts[b]++;
        }
        var kept = Enumerable.Range(0, bins).Where(b => counts[b] > 0).ToArray();
        return new CalibrationCurve(
            kept.Select(b => sums[b] / counts[b]).ToArray(),
            kept.Select(b => positives[b] / counts[b]).ToArray(),
            kept.Select(b => counts[b]).ToArray());
    }

    /// <summary>Computes the curve from 0/1 labels.</summary>
    public static CalibrationCurve Compute(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities, int bins = Defaults.Bins) =>
        Compute(BinaryInput.Labels(labels), probabilities, bins);

    /// <summary>The inner edges of <c>np.linspace(0, 1, bins + 1)</c>, computed the way numpy does (k · step).</summary>
    private static double[] InnerEdges(int bins)
    {
        double step = 1.0 / bins;
        var edges = new double[bins - 1];
        for (int k = 1; k < bins; k++) edges[k - 1] = k * step;
        return edges;
    }

    /// <summary>The first index whose edge is ≥ value (numpy's searchsorted, side="left").</summary>
    private static int LeftmostAtOrAbove(double[] edges, double value)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (edges[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
