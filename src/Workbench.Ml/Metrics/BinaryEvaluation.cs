namespace Workbench.Ml.Metrics;

/// <summary>Every binary-classification metric of the spec for one set of labels and scores, each as scikit-learn
/// computes it; threshold metrics predict positive when the score is ≥ <see cref="Threshold"/>.</summary>
/// <param name="Rows">Number of rows evaluated.</param>
/// <param name="Threshold">The decision threshold used for the confusion matrix and the metrics derived from it.</param>
/// <param name="Confusion">Counts at the threshold.</param>
/// <param name="RocAuc">Area under the ROC curve; null when the labels hold one class (<c>roc_auc_score</c> raises).</param>
/// <param name="AveragePrecision">Σ (R_n − R_{n−1}) P_n, as <c>average_precision_score</c>.</param>
/// <param name="LogLoss">Natural-log loss with probabilities clipped to [1e-15, 1 − 1e-15]; null when a score lies
/// outside [0, 1] (the scores are margins, not probabilities).</param>
/// <param name="BrierScore">Mean (p − y)²; null when a score lies outside [0, 1].</param>
public sealed record BinaryEvaluation(
    int Rows, double Threshold, BinaryConfusion Confusion, double? RocAuc, double AveragePrecision, double? LogLoss, double? BrierScore)
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>The decision threshold for probabilities.</summary>
        public const double Threshold = 0.5;
    }

    /// <summary>Share of correct predictions at the threshold.</summary>
    public double Accuracy => Confusion.Accuracy;

    /// <summary>Precision at the threshold (0 when nothing is predicted positive).</summary>
    public double Precision => Confusion.Precision;

    /// <summary>Recall at the threshold (0 when no label is positive).</summary>
    public double Recall => Confusion.Recall;

    /// <summary>F1 at the threshold (0 when precision and recall are both 0).</summary>
    public double F1 => Confusion.F1;

    /// <summary>Mean per-class recall at the threshold.</summary>
    public double BalancedAccuracy => Confusion.BalancedAccuracy;

    /// <summary>Cohen's kappa at the threshold.</summary>
    public double CohenKappa => Confusion.CohenKappa;

    /// <summary>Evaluates scores (probabilities or margins) against boolean labels.</summary>
    public static BinaryEvaluation Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> scores, double threshold = Defaults.Threshold)
    {
        if (double.IsNaN(threshold)) throw new ArgumentException("The threshold is not a number.", nameof(threshold));
        var y = BinaryInput.Labels(labels);
        var s = BinaryInput.Scores(y, scores);
        var ranked = RankedScores.Create(y, s);
        double? auc = ranked.Positives > 0 && ranked.Negatives > 0 ? RocCurve.FromRanked(ranked).Area() : null;
        bool probabilities = s.All(p => p is >= 0 and <= 1);
        return new BinaryEvaluation(y.Length, threshold, BinaryConfusion.AtThreshold(y, s, threshold), auc,
            PrecisionRecallCurve.FromRanked(ranked).AveragePrecision(),
            probabilities ? Metrics.LogLoss.Mean(s, y.Select(b => b ? 1 : 0).ToArray()) : null,
            probabilities ? Brier(y, s) : null);
    }

    /// <summary>Evaluates scores against 0/1 labels.</summary>
    public static BinaryEvaluation Compute(IReadOnlyList<int> labels, IReadOnlyList<double> scores, double threshold = Defaults.Threshold) =>
        Compute(BinaryInput.Labels(labels), scores, threshold);

    /// <summary>ROC AUC as <c>roc_auc_score</c>; throws when the labels hold only one class.</summary>
    public static double RocAucScore(IReadOnlyList<bool> labels, IReadOnlyList<double> scores) => RocCurve.Compute(labels, scores).Area();

    /// <summary>Average precision as <c>average_precision_score</c>.</summary>
    public static double AveragePrecisionScore(IReadOnlyList<bool> labels, IReadOnlyList<double> scores) =>
        PrecisionRecallCurve.Compute(labels, scores).AveragePrecision();

    /// <summary>Brier score mean (p − y)², as <c>brier_score_loss</c>; probabilities must lie in [0, 1].</summary>
    public static double BrierScoreLoss(IReadOnlyList<bool> labels, IReadOnlyList<double> probabilities)
    {
        var y = BinaryInput.Labels(labels);
        return Brier(y, BinaryInput.Scores(y, probabilities, probabilities: true));
    }

    private static double Brier(bool[] labels, double[] probabilities)
    {
        double sum = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            double d = probabilities[i] - (labels[i] ? 1 : 0);
            sum += d * d;
        }
        return sum / labels.Length;
    }
}
