namespace Workbench.Ml.Metrics;

/// <summary>Regression metrics as scikit-learn computes them.</summary>
/// <param name="Rows">Number of rows evaluated.</param>
/// <param name="Rmse">√(mean squared error), as <c>mean_squared_error(squared=False)</c>.</param>
/// <param name="Mae">Mean absolute error, as <c>mean_absolute_error</c>.</param>
/// <param name="R2">1 − SS_res / SS_tot, as <c>r2_score</c>: 1 for a perfect fit of a constant target, 0 for an
/// imperfect fit of a constant target (scikit-learn's <c>force_finite=True</c>).</param>
/// <param name="Mape">Mean |ŷ − y| / max(|y|, ε) with ε the float64 machine epsilon, as
/// <c>mean_absolute_percentage_error</c>: a fraction, not a percentage, and huge when y = 0 and ŷ ≠ 0.</param>
public sealed record RegressionEvaluation(int Rows, double Rmse, double Mae, double R2, double Mape)
{
    /// <summary>The epsilon <c>np.finfo(np.float64).eps</c> that replaces |y| below it in MAPE.</summary>
    public const double MapeEpsilon = 2.220446049250313e-16;

    /// <summary>Evaluates predictions against actual values (at least two rows, as <c>r2_score</c> requires).</summary>
    public static RegressionEvaluation Compute(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        int n = actual.Count;
        double squared = 0, absolute = 0, percentage = 0, mean = 0;
        for (int i = 0; i < n; i++) mean += actual[i];
        mean /= n;
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            double error = predicted[i] - actual[i];
            squared += error * error;
            absolute += Math.Abs(error);
            percentage += Math.Abs(error) / Math.Max(Math.Abs(actual[i]), MapeEpsilon);
            double deviation = actual[i] - mean;
            total += deviation * deviation;
        }
        double r2 = total != 0 ? 1 - squared / total : squared == 0 ? 1.0 : 0.0;
        return new RegressionEvaluation(n, Math.Sqrt(squared / n), absolute / n, r2, percentage / n);
    }

    private static void Check(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count)
            throw new ArgumentException($"{actual.Count} actual values but {predicted.Count} predictions; give one prediction per row.");
        if (actual.Count < 2)
            throw new ArgumentException("Regression metrics need at least two rows (R² is undefined for one).", nameof(actual));
        for (int i = 0; i < actual.Count; i++)
        {
            if (!double.IsFinite(actual[i]))
                throw new ArgumentException($"The actual value at row {i + 1} is {actual[i]}; every value must be a finite number.", nameof(actual));
            if (!double.IsFinite(predicted[i]))
                throw new ArgumentException($"The prediction at row {i + 1} is {predicted[i]}; every value must be a finite number.", nameof(predicted));
        }
    }
}
