namespace Workbench.Ml.Metrics;

/// <summary>Multiclass metrics for classes numbered 0 to K − 1, as scikit-learn computes them.</summary>
/// <param name="Rows">Number of rows evaluated.</param>
/// <param name="Confusion">K × K counts, rows are labels and columns predictions, as <c>confusion_matrix</c>.</param>
/// <param name="PerClass">One entry per class 0 to K − 1.</param>
/// <param name="Accuracy">Share of correct predictions, as <c>accuracy_score</c>.</param>
/// <param name="MacroF1">Mean per-class F1 over the classes that occur in the labels or the predictions, as
/// <c>f1_score(average="macro")</c> (a class that occurs in neither is not counted, as scikit-learn does).</param>
/// <param name="MicroF1">F1 of the pooled counts, as <c>f1_score(average="micro")</c>; equals accuracy here.</param>
/// <param name="LogLoss">Multiclass log loss when probabilities were given, otherwise null.</param>
public sealed record MulticlassEvaluation(
    int Rows, long[,] Confusion, IReadOnlyList<ClassMetrics> PerClass, double Accuracy, double MacroF1, double MicroF1, double? LogLoss)
{
    /// <summary>Evaluates predicted classes against labels; <paramref name="classCount"/> is K.</summary>
    public static MulticlassEvaluation Compute(IReadOnlyList<int> labels, IReadOnlyList<int> predictions, int classCount) =>
        Compute(labels, predictions, classCount, null);

    /// <summary>Evaluates a probability matrix (one row per example, one column per class): the prediction is the most
    /// probable class (the first on a tie, as <c>numpy.argmax</c>), and the log loss is included.</summary>
    public static MulticlassEvaluation Compute(IReadOnlyList<int> labels, IReadOnlyList<IReadOnlyList<double>> probabilities)
    {
        double loss = Metrics.LogLoss.MeanMulticlass(probabilities, labels);
        var predictions = probabilities.Select(ArgMax).ToArray();
        return Compute(labels, predictions, probabilities[0].Count, loss);
    }

    private static MulticlassEvaluation Compute(IReadOnlyList<int> labels, IReadOnlyList<int> predictions, int classCount, double? loss)
    {
        var confusion = Count(labels, predictions, classCount);
        var perClass = new ClassMetrics[classCount];
        long correct = 0;
        var present = new List<double>();
        for (int k = 0; k < classCount; k++)
        {
            long support = 0, predicted = 0;
            for (int j = 0; j < classCount; j++) { support += confusion[k, j]; predicted += confusion[j, k]; }
            perClass[k] = ClassMetrics.FromCounts(k, confusion[k, k], predicted, support);
            correct += confusion[k, k];
            if (support > 0 || predicted > 0) present.Add(perClass[k].F1);
        }
        double accuracy = (double)correct / labels.Count;
        // Micro: pooled TP = correct, pooled TP + FP = pooled TP + FN = rows, so precision = recall = accuracy.
        double microF1 = ClassMetrics.F1Of(accuracy, accuracy);
        return new MulticlassEvaluation(labels.Count, confusion, perClass, accuracy, present.Average(), microF1, loss);
    }

    private static long[,] Count(IReadOnlyList<int> labels, IReadOnlyList<int> predictions, int classCount)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predictions);
        if (classCount < 2) throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "A multiclass task needs at least two classes.");
        if (labels.Count != predictions.Count)
            throw new ArgumentException($"{labels.Count} labels but {predictions.Count} predictions; give one prediction per row.");
        if (labels.Count == 0) throw new ArgumentException("There are no rows to evaluate.", nameof(labels));
        var confusion = new long[classCount, classCount];
        for (int i = 0; i < labels.Count; i++)
        {
            int y = CheckClass(labels[i], classCount, i, "label"), p = CheckClass(predictions[i], classCount, i, "prediction");
            confusion[y, p]++;
        }
        return confusion;
    }

    private static int CheckClass(int value, int classCount, int row, string what) =>
        value >= 0 && value < classCount ? value
            : throw new ArgumentException($"The {what} at row {row + 1} is {value}; classes are numbered 0 to {classCount - 1}.");

    private static int ArgMax(IReadOnlyList<double> row)
    {
        int best = 0;
        for (int k = 1; k < row.Count; k++) if (row[k] > row[best]) best = k;
        return best;
    }
}
