namespace Workbench.Ml.Metrics;

/// <summary>The ROC curve as scikit-learn's <c>roc_curve(y, score, drop_intermediate=True)</c> returns it:
/// point i is (FPR, TPR) for predicting positive when the score is ≥ <see cref="Thresholds"/>[i].</summary>
/// <param name="FalsePositiveRates">False-positive rate of each point, from 0 upwards.</param>
/// <param name="TruePositiveRates">True-positive rate (recall) of each point.</param>
/// <param name="Thresholds">Decision thresholds, decreasing; the first is the highest score + 1, which no row reaches.</param>
public sealed record RocCurve(double[] FalsePositiveRates, double[] TruePositiveRates, double[] Thresholds)
{
    /// <summary>Computes the curve; throws when the labels hold only one class, where the curve is undefined.</summary>
    public static RocCurve Compute(IReadOnlyList<bool> labels, IReadOnlyList<double> scores)
    {
        var y = BinaryInput.Labels(labels);
        var s = BinaryInput.Scores(y, scores);
        BinaryInput.RequireBothClasses(y, "the ROC curve");
        return FromRanked(RankedScores.Create(y, s));
    }

    /// <summary>Computes the curve from 0/1 labels.</summary>
    public static RocCurve Compute(IReadOnlyList<int> labels, IReadOnlyList<double> scores) =>
        Compute(BinaryInput.Labels(labels), scores);

    /// <summary>Area under the curve by the trapezoid rule, as <c>roc_auc_score</c> (tied scores form one diagonal step).</summary>
    public double Area()
    {
        double area = 0;
        for (int i = 1; i < FalsePositiveRates.Length; i++)
            area += (FalsePositiveRates[i] - FalsePositiveRates[i - 1]) * (TruePositiveRates[i] + TruePositiveRates[i - 1]) / 2.0;
        return area;
    }

    internal static RocCurve FromRanked(RankedScores ranked)
    {
        var keep = KeptIndices(ranked.FalsePositives, ranked.TruePositives);
        int n = keep.Count + 1;
        var fpr = new double[n];
        var tpr = new double[n];
        var thresholds = new double[n];
        thresholds[0] = ranked.Thresholds[keep[0]] + 1;
        double negatives = ranked.Negatives, positives = ranked.Positives;
        for (int k = 0; k < keep.Count; k++)
        {
            int i = keep[k];
            fpr[k + 1] = ranked.FalsePositives[i] / negatives;
            tpr[k + 1] = ranked.TruePositives[i] / positives;
            thresholds[k + 1] = ranked.Thresholds[i];
        }
        return new RocCurve(fpr, tpr, thresholds);
    }

    /// <summary>Drops points collinear with their neighbours (second difference zero in both counts), keeping both ends.</summary>
    private static List<int> KeptIndices(long[] fps, long[] tps)
    {
        var keep = new List<int>(fps.Length);
        for (int i = 0; i < fps.Length; i++)
        {
            bool corner = i == 0 || i == fps.Length - 1 || fps.Length <= 2
                || fps[i + 1] - 2 * fps[i] + fps[i - 1] != 0 || tps[i + 1] - 2 * tps[i] + tps[i - 1] != 0;
            if (corner) keep.Add(i);
        }
        return keep;
    }
}
