namespace Workbench.Ml.Explain.Display;

/// <summary>Picks the feature that most likely interacts with another, to colour a dependence plot, by the heuristic
/// of shap's <c>approximate_interactions</c>: sort rows by the feature, cut them into chunks of
/// max(1, min(50, n/10)) rows, and add up |Pearson correlation| between the feature's SHAP values and the other
/// feature's values (and its missingness) chunk by chunk.</summary>
/// <remarks>Rows are sorted stably (shap's numpy quicksort may order ties differently), and all rows are used (shap
/// samples 10,000 when there are more).</remarks>
public static class ApproximateInteractions
{
    /// <summary>The interaction score of every other feature with <paramref name="feature"/> (0 for itself).</summary>
    /// <param name="shap">Rows × features SHAP values.</param>
    /// <param name="x">Rows × features values (NaN for missing).</param>
    public static double[] Scores(int feature, IReadOnlyList<double[]> shap, IReadOnlyList<double[]> x)
    {
        var n = shap.Count;
        var features = n == 0 ? 0 : x[0].Length;
        // Missing values last, as numpy's argsort puts NaN.
        var order = Enumerable.Range(0, n).OrderBy(i => double.IsNaN(x[i][feature])).ThenBy(i => x[i][feature]).ToArray();
        var reference = order.Select(i => shap[i][feature]).ToArray();
        var chunk = Math.Max(Math.Min(n / 10, 50), 1);
        var scores = new double[features];
        for (var k = 0; k < features; k++)
        {
            if (k == feature) continue;
            var other = order.Select(i => x[i][k]).ToArray();
            var missing = other.Select(v => double.IsNaN(v) ? 1.0 : 0.0).ToArray();
            scores[k] = Math.Max(ChunkedCorrelation(reference, other, chunk), ChunkedCorrelation(reference, missing, chunk));
        }
        return scores;
    }

    /// <summary>The other feature with the highest score, or -1 when there is none.</summary>
    public static int Strongest(int feature, IReadOnlyList<double[]> shap, IReadOnlyList<double[]> x)
    {
        var scores = Scores(feature, shap, x);
        var best = -1;
        for (var k = 0; k < scores.Length; k++)
            if (k != feature && (best < 0 || scores[k] > scores[best])) best = k;
        return best;
    }

    private static double ChunkedCorrelation(double[] a, double[] b, int chunk)
    {
        // shap skips an all-zero column (np.sum(np.abs(v)) < 1e-8; a NaN sum is not below it).
        if (!b.Any(double.IsNaN) && b.Sum(Math.Abs) < 1e-8) return 0;
        double total = 0;
        for (var start = 0; start < a.Length; start += chunk)
        {
            var end = Math.Min(a.Length, start + chunk);
            var r = Pearson(a.AsSpan(start, end - start), b.AsSpan(start, end - start));
            if (!double.IsNaN(r)) total += Math.Abs(r);
        }
        return total;
    }

    /// <summary>Pearson correlation, NaN when either side is constant or has a missing value (numpy gives nan).</summary>
    internal static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double ma = 0, mb = 0;
        for (var i = 0; i < a.Length; i++) { ma += a[i]; mb += b[i]; }
        ma /= a.Length; mb /= b.Length;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var da = a[i] - ma; var db = b[i] - mb;
            sab += da * db; saa += da * da; sbb += db * db;
        }
        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : double.NaN;
    }
}
