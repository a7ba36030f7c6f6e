namespace Workbench.Ml.Metrics;

/// <summary>Precision, recall, F1 and support of one class, one-vs-rest, as <c>precision_recall_fscore_support</c>
/// with <c>average=None</c> (a zero denominator gives 0).</summary>
/// <param name="ClassIndex">The class, 0 to K − 1.</param>
/// <param name="Precision">Rows correctly predicted as this class / rows predicted as this class.</param>
/// <param name="Recall">Rows correctly predicted as this class / rows labelled this class.</param>
/// <param name="F1">2PR / (P + R), 0 when both are 0.</param>
/// <param name="Support">Rows labelled this class.</param>
public sealed record ClassMetrics(int ClassIndex, double Precision, double Recall, double F1, long Support)
{
    /// <summary>Metrics from one-vs-rest counts.</summary>
    internal static ClassMetrics FromCounts(int classIndex, long truePositives, long predicted, long support)
    {
        double precision = predicted == 0 ? 0 : (double)truePositives / predicted;
        double recall = support == 0 ? 0 : (double)truePositives / support;
        return new ClassMetrics(classIndex, precision, recall, F1Of(precision, recall), support);
    }

    /// <summary>2PR / (P + R) in scikit-learn 1.2's order of operations, 0 when P + R = 0.</summary>
    internal static double F1Of(double precision, double recall)
    {
        double denominator = precision + recall;
        return denominator == 0 ? 0 : 2 * precision * recall / denominator;
    }
}
