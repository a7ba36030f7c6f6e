namespace Workbench.Ml.Metrics;

/// <summary>Binary log loss (cross-entropy) in natural log, as scikit-learn's <c>log_loss</c> computes it.</summary>
public static class LogLoss
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>Probabilities are clipped to [Epsilon, 1 − Epsilon] so a confident mistake costs a finite amount.</summary>
        public const double Epsilon = 1e-15;
    }

    /// <summary>The probability after clipping to [1e-15, 1 − 1e-15].</summary>
    public static double Clip(double probability)
    {
        if (double.IsNaN(probability))
            throw new ArgumentException("The probability is not a number; enter a value between 0 and 1.", nameof(probability));
        if (probability < 0 || probability > 1)
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability must be between 0 and 1.");
        return Math.Clamp(probability, Defaults.Epsilon, 1 - Defaults.Epsilon);
    }

    /// <summary>The loss of one prediction: −[y ln p + (1 − y) ln(1 − p)] with p the clipped probability of class 1.</summary>
    /// <param name="probability">Predicted probability that the label is 1.</param>
    /// <param name="label">The true label, 0 or 1.</param>
    public static double Single(double probability, int label)
    {
        if (label is not (0 or 1))
            throw new ArgumentOutOfRangeException(nameof(label), label, "The label must be 0 or 1.");
        var p = Clip(probability);
        return label == 1 ? -Math.Log(p) : -Math.Log(1 - p);
    }

    /// <summary>The mean loss over predictions and labels of equal length.</summary>
    public static double Mean(IReadOnlyList<double> probabilities, IReadOnlyList<int> labels)
    {
        if (probabilities.Count != labels.Count)
            throw new ArgumentException($"{probabilities.Count} probabilities but {labels.Count} labels; give one of each per row.");
        if (probabilities.Count == 0)
            throw new ArgumentException("Log loss needs at least one prediction.", nameof(probabilities));
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
            sum += Single(probabilities[i], labels[i]);
        return sum / probabilities.Count;
    }
}
