namespace Workbench.Ml.Scenarios;

/// <summary>The logistic default model: a linear score of standardized features and an intercept solved for a target rate.</summary>
/// <remarks>Higher salary, age, employment and education lower the risk; a larger loan and debt ratio raise it.
/// The intercept is solved on a fixed calibration sample of the undrifted population (200,000 applicants), so the
/// expected default rate of undrifted data matches the target up to that sample's error, whose standard deviation is
/// below sqrt(rate × (1 − rate) / 200,000).</remarks>
internal static class LoanDefaultModel
{
    private const int CalibrationRows = 200_000;
    private static readonly Lazy<double[]> Calibration = new(BuildCalibration);

    /// <summary>The linear score without intercept (positive means riskier).</summary>
    public static double Score(in LoanRow r) =>
        -1.0 * (r.Salary - 85_000) / 37_500
        + 0.6 * (r.Loan - 250_000) / 144_000
        + 0.8 * (r.DebtRatio - 0.35) / 0.122
        - 0.3 * (r.Age - 50) / 17.6
        - 0.3 * (r.EmploymentYears - 16) / 11.0
        - 0.2 * (r.Elevel - 2) / 1.41;

    /// <summary>The logistic function.</summary>
    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>The intercept b such that the mean of sigmoid(b + sign × score) over the undrifted population is <paramref name="rate"/>.</summary>
    /// <remarks>Newton steps kept inside a shrinking bracket; the mean rate is increasing in b, so the root is unique.</remarks>
    public static double SolveIntercept(double rate, double sign) =>
        Intercepts.GetOrAdd((rate, sign), key => Solve(key.Rate, key.Sign));

    // Solved intercepts by (rate, sign): the drift laboratory generates thousands of small samples with the same rates.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double Rate, double Sign), double> Intercepts = new();

    private static double Solve(double rate, double sign)
    {
        var scores = Calibration.Value;
        double lo = -40, hi = 40, b = Math.Log(rate / (1 - rate));
        for (var i = 0; i < 100; i++)
        {
            double mean = 0, slope = 0;
            foreach (var s in scores)
            {
                var p = Sigmoid(b + sign * s);
                mean += p; slope += p * (1 - p);
            }
            mean /= scores.Length; slope /= scores.Length;
            if (Math.Abs(mean - rate) < 1e-12 * rate) break;
            if (mean < rate) lo = b; else hi = b;
            var next = b - (mean - rate) / slope;
            b = next > lo && next < hi ? next : 0.5 * (lo + hi);
        }
        return b;
    }

    private static double[] BuildCalibration()
    {
        var rng = new ScenarioRandom(0x5EED_CA1B, 0);
        var scores = new double[CalibrationRows];
        for (var i = 0; i < scores.Length; i++)
        {
            var row = LoanRow.Sample(ref rng, null, 0, 0, 0.5);
            scores[i] = Score(row);
        }
        return scores;
    }
}
