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
    /// <summary>Multiclass log loss as scikit-learn's <c>log_loss(y, P, labels=range(K), eps=1e-15)</c>: each row of
    /// probabilities is clipped to [1e-15, 1 − 1e-15], divided by its sum, and the loss is −ln of the true class's share.</summary>
    /// <param name="probabilities">One row per example with one probability per class 0 to K − 1.</param>
    /// <param name="labels">The true class of each row, 0 to K − 1.</param>
    public static double MeanMulticlass(IReadOnlyList<IReadOnlyList<double>> probabilities, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        if (probabilities.Count != labels.Count)
            throw new ArgumentException($"{probabilities.Count} probability rows but {labels.Count} labels; give one of each per row.");
        if (probabilities.Count == 0)
            throw new ArgumentException("Log loss needs at least one prediction.", nameof(probabilities));
        int classes = probabilities[0].Count;
        if (classes < 2)
            throw new ArgumentException("Each row needs a probability for at least two classes.", nameof(probabilities));
        var sum = 0.0;
        for (var i = 0; i < probabilities.Count; i++)
            sum += RowLoss(probabilities[i], labels[i], classes, i);
        return sum / probabilities.Count;
    }

    private static double RowLoss(IReadOnlyList<double> row, int label, int classes, int index)
    {
        if (row.Count != classes)
            throw new ArgumentException($"Row {index + 1} has {row.Count} probabilities but row 1 has {classes}; give one per class.");
        if (label < 0 || label >= classes)
            throw new ArgumentException($"The label at row {index + 1} is {label}; classes are numbered 0 to {classes - 1}.");
        double total = 0;
        for (var k = 0; k < classes; k++)
        {
            if (!(row[k] >= 0 && row[k] <= 1))
                throw new ArgumentException($"The probability of class {k} at row {index + 1} is {row[k]}; probabilities must be between 0 and 1.");
            total += Clip(row[k]);
        }
        return -Math.Log(Clip(row[label]) / total);
    }
}
