namespace Workbench.Ml.Metrics;

/// <summary>The precision-recall curve as scikit-learn 1.2's <c>precision_recall_curve</c> returns it: recall
/// decreasing, point i for predicting positive when the score is ≥ <see cref="Thresholds"/>[i], and a last point
/// (precision 1, recall 0) that has no threshold.</summary>
/// <param name="Precisions">Precision at each point (0 where nothing is predicted positive), then 1.</param>
/// <param name="Recalls">Recall at each point (1 everywhere if no label is positive), then 0.</param>
/// <param name="Thresholds">Distinct scores, increasing; one fewer than the points.</param>
public sealed record PrecisionRecallCurve(double[] Precisions, double[] Recalls, double[] Thresholds)
{
    /// <summary>Computes the curve over every distinct score.</summary>
    public static PrecisionRecallCurve Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var y = BinaryInput.Labels(labels);
        return FromRanked(RankedScores.Create(y, BinaryInput.Scores(y, scores)));
    }

    /// <summary>Computes the curve from 0/1 labels.</summary>
    public static PrecisionRecallCurve Compute(IReadOnlyList<int> labels, IReadOnlyList<double> scores) =>
        Compute(BinaryInput.Labels(labels), scores);

    /// <summary>Average precision Σ (R_n − R_{n−1}) P_n, the step integral <c>average_precision_score</c> computes.</summary>
    public double AveragePrecision()
    {
        double sum = 0;
        for (int i = 0; i < Recalls.Length - 1; i++) sum += (Recalls[i + 1] - Recalls[i]) * Precisions[i];
        return -sum;
    }

    internal static PrecisionRecallCurve FromRanked(RankedScores ranked)
    {
        int m = ranked.Thresholds.Length;
        var precision = new double[m + 1];
        var recall = new double[m + 1];
        var thresholds = new double[m];
        double positives = ranked.Positives;
        for (int k = 0; k < m; k++)
        {
            int i = m - 1 - k; // reversed so recall decreases
            long tp = ranked.TruePositives[i], predicted = tp + ranked.FalsePositives[i];
            precision[k] = predicted == 0 ? 0 : tp / (double)predicted;
            recall[k] = positives == 0 ? 1 : tp / positives;
            thresholds[k] = ranked.Thresholds[i];
        }
        precision[m] = 1;
        recall[m] = 0;
        return new PrecisionRecallCurve(precision, recall, thresholds);
    }
}
