using Workbench.Ml.Data;
using Workbench.Ml.Metrics;

namespace Workbench.Ml.Training;

/// <summary>Evaluates a trained model on labeled rows with the workbench's metrics,
/// computed by <see cref="Workbench.Ml.Metrics"/> (scikit-learn's definitions), not by ML.NET's evaluators.</summary>
public static class ModelEvaluator
{
    /// <summary>The metrics and chart data of <paramref name="model"/> on <paramref name="labeled"/>. A metric that is
    /// undefined on these rows (ROC AUC when only one class is present) is left out of <see cref="EvaluationReport.Metrics"/>.</summary>
    /// <param name="threshold">Binary: predict positive when the probability is ≥ this.</param>
    /// <exception cref="TrainingException">The label column is missing, has missing values or classes the model does not know.</exception>
    public static EvaluationReport Evaluate(TrainedModel model, TabularData labeled, double threshold = BinaryEvaluation.Defaults.Threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labeled);
        if (labeled.RowCount == 0) throw new TrainingException($"The table '{labeled.Name}' has no rows to evaluate on.");
        if (!(threshold is >= 0 and <= 1)) throw new TrainingException($"The threshold is {threshold}; choose a value from 0 to 1.");
        var labels = new LabelEncoding(model.Task, model.Label, model.Classes);
        var predictions = model.Predict(labeled);
        return model.Task switch
        {
            TaskKind.Binary => Binary(model, labels.Booleans(labeled), predictions.Probability!, threshold),
            TaskKind.Multiclass => Multiclass(model, labels.Indices(labeled), predictions.ClassProbabilities!),
            _ => Regression(labels.Numbers(labeled), predictions.Score),
        };
    }

    private static EvaluationReport Binary(TrainedModel model, bool[] labels, double[] probabilities, double threshold)
    {
        var e = BinaryEvaluation.Compute(labels, probabilities, threshold);
        var metrics = new Dictionary<string, double>
        {
            ["log_loss"] = e.LogLoss!.Value, ["average_precision"] = e.AveragePrecision, ["accuracy"] = e.Accuracy,
            ["precision"] = e.Precision, ["recall"] = e.Recall, ["f1"] = e.F1, ["balanced_accuracy"] = e.BalancedAccuracy,
            ["cohen_kappa"] = e.CohenKappa, ["brier_score"] = e.BrierScore!.Value,
        };
        if (e.RocAuc is { } auc) metrics["roc_auc"] = auc;
        var bothClasses = labels.Contains(true) && labels.Contains(false);
        var roc = bothClasses ? RocCurve.Compute(labels, probabilities) : new RocCurve([], [], []);
        var details = new BinaryDetails(model.Classes[1], model.Classes[0], labels, probabilities, threshold, e.Confusion, roc,
            PrecisionRecallCurve.Compute(labels, probabilities), CalibrationCurve.Compute(labels, probabilities));
        return new EvaluationReport(TaskKind.Binary, labels.Length, metrics, details, null, null);
    }

    private static EvaluationReport Multiclass(TrainedModel model, int[] labels, double[][] probabilities)
    {
        var e = MulticlassEvaluation.Compute(labels, probabilities);
        var metrics = new Dictionary<string, double>
        {
            ["accuracy"] = e.Accuracy, ["f1_macro"] = e.MacroF1, ["f1_micro"] = e.MicroF1, ["log_loss"] = e.LogLoss!.Value,
        };
        var k = model.Classes.Count;
        var confusion = Enumerable.Range(0, k).Select(i => Enumerable.Range(0, k).Select(j => e.Confusion[i, j]).ToArray()).ToArray();
        return new EvaluationReport(TaskKind.Multiclass, labels.Length, metrics, null,
            new MulticlassDetails(model.Classes, confusion, e.PerClass), null);
    }

    private static EvaluationReport Regression(double[] actual, double[] predicted)
    {
        if (actual.Length < 2) throw new TrainingException("Regression metrics need at least two rows (R² is undefined for one).");
        var e = RegressionEvaluation.Compute(actual, predicted);
        var metrics = new Dictionary<string, double> { ["rmse"] = e.Rmse, ["mae"] = e.Mae, ["r2"] = e.R2, ["mape"] = e.Mape };
        return new EvaluationReport(TaskKind.Regression, actual.Length, metrics, null, null, new RegressionDetails(actual, predicted));
    }
}
