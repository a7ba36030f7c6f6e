namespace Workbench.Ml.Metrics;

/// <summary>A binary confusion matrix and the metrics that follow from it, with scikit-learn's conventions:
/// a ratio whose denominator is zero is 0 (scikit-learn's <c>zero_division</c> default, without the warning).</summary>
/// <param name="TrueNegatives">Negative rows predicted negative.</param>
/// <param name="FalsePositives">Negative rows predicted positive.</param>
/// <param name="FalseNegatives">Positive rows predicted negative.</param>
/// <param name="TruePositives">Positive rows predicted positive.</param>
public sealed record BinaryConfusion(long TrueNegatives, long FalsePositives, long FalseNegatives, long TruePositives)
{
    /// <summary>Number of rows.</summary>
    public long Total => TrueNegatives + FalsePositives + FalseNegatives + TruePositives;

    /// <summary>Rows whose label is positive (support of the positive class).</summary>
    public long Positives => TruePositives + FalseNegatives;

    /// <summary>Rows whose label is negative.</summary>
    public long Negatives => TrueNegatives + FalsePositives;

    /// <summary>Share of correct predictions, as <c>accuracy_score</c>.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>TP / (TP + FP), 0 when nothing is predicted positive, as <c>precision_score</c>.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), 0 when no label is positive, as <c>recall_score</c>.</summary>
    public double Recall => Ratio(TruePositives, Positives);

    /// <summary>TN / (TN + FP), the recall of the negative class.</summary>
    public double Specificity => Ratio(TrueNegatives, Negatives);

    /// <summary>FP / (FP + TN), 0 when no label is negative.</summary>
    public double FalsePositiveRate => Ratio(FalsePositives, Negatives);

    /// <summary>2PR / (P + R), 0 when P + R = 0, as <c>f1_score</c> in scikit-learn 1.2.</summary>
    public double F1
    {
        get
        {
            double p = Precision, r = Recall, denominator = p + r;
            return denominator == 0 ? 0 : 2 * p * r / denominator;
        }
    }

    /// <summary>Mean recall over the classes present in the labels, as <c>balanced_accuracy_score</c>
    /// (a class without labelled rows is left out of the mean, as scikit-learn does).</summary>
    public double BalancedAccuracy => (Positives, Negatives) switch
    {
        (0, 0) => double.NaN,
        (0, _) => Specificity,
        (_, 0) => Recall,
        _ => (Specificity + Recall) / 2,
    };

    /// <summary>Cohen's kappa (p_o − p_e) / (1 − p_e), computed as <c>cohen_kappa_score</c> does;
    /// NaN when labels and predictions all fall in one class (scikit-learn returns nan there too).</summary>
    public double CohenKappa
    {
        get
        {
            double n = Total;
            if (n == 0) return double.NaN;
            double predictedNegative = TrueNegatives + FalseNegatives, predictedPositive = FalsePositives + TruePositives;
            // 1 − Σ w·C / Σ w·E with w = 1 off the diagonal, E = outer(column sums, row sums) / n.
            double expectedDisagreement = predictedNegative * Positives / n + predictedPositive * Negatives / n;
            return 1 - (FalsePositives + FalseNegatives) / expectedDisagreement;
        }
    }

    /// <summary>The matrix laid out as <c>confusion_matrix</c> prints it: [[TN, FP], [FN, TP]] (rows are labels).</summary>
    public long[,] ToArray() => new[,] { { TrueNegatives, FalsePositives }, { FalseNegatives, TruePositives } };

    /// <summary>Counts predictions against labels.</summary>
    public static BinaryConfusion FromPredictions(IReadOnlyList<bool> labels, IReadOnlyList<bool> predictions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        if (labels.Count != predictions.Count)
            throw new ArgumentException($"{labels.Count} labels but {predictions.Count} predictions; give one prediction per row.");
        long tn = 0, fp = 0, fn = 0, tp = 0;
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i]) { if (predictions[i]) tp++; else fn++; }
            else if (predictions[i]) fp++;
            else tn++;
        }
        return new BinaryConfusion(tn, fp, fn, tp);
    }

    /// <summary>Counts rows at a decision threshold: a row is predicted positive when its score is ≥ the threshold.</summary>
    public static BinaryConfusion AtThreshold(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, double threshold)
    {
        var y = BinaryInput.Labels(labels);
        var s = BinaryInput.Scores(y, scores);
        var predictions = new bool[s.Length];
        for (int i = 0; i < s.Length; i++) predictions[i] = s[i] >= threshold;
        return FromPredictions(y, predictions);
    }

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
