namespace Workbench.Web.Explain;

/// <summary>Recovers a binary model's Platt link P = σ(slope · raw + intercept) from its raw scores and probabilities,
/// so probability axis labels are right whatever the learner's scale (LightGBM's probability is σ(0.5 · score), say).</summary>
public static class ProbabilityLink
{
    /// <summary>Largest |logit(P) − (slope · raw + intercept)| accepted (probabilities are single precision).</summary>
    public const double Tolerance = 1e-3;

    /// <summary>The least-squares line of logit(P) on the raw score over rows with 1e-4 ≤ P ≤ 1 − 1e-4, or null when
    /// fewer than two distinct scores qualify or a row misses the line (e.g. an isotonic calibrator).</summary>
    public static (double Slope, double Intercept)? Fit(IReadOnlyList<double> raw, IReadOnlyList<double> probability)
    {
        var points = Enumerable.Range(0, Math.Min(raw.Count, probability.Count))
            .Where(i => probability[i] is >= 1e-4 and <= 1 - 1e-4 && double.IsFinite(raw[i]))
            .Select(i => (X: raw[i], Z: Math.Log(probability[i] / (1 - probability[i])))).ToList();
        if (points.Select(p => p.X).Distinct().Count() < 2) return null;
        double mx = points.Average(p => p.X), mz = points.Average(p => p.Z);
        double sxz = points.Sum(p => (p.X - mx) * (p.Z - mz)), sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        var slope = sxz / sxx;
        var intercept = mz - slope * mx;
        if (Math.Abs(slope) < 1e-9) return null;
        return points.All(p => Math.Abs(p.Z - (slope * p.X + intercept)) <= Tolerance) ? (slope, intercept) : null;
    }
}
