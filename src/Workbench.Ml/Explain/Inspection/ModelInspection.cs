using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Ml.Explain.Inspection;

/// <summary>Partial dependence and permutation importance of a trained model over its original input columns.</summary>
public static class ModelInspection
{
    private static readonly HashSet<string> LowerIsBetter = ["log_loss", "brier_score", "rmse", "mae", "mape"];

    /// <summary>Whether a larger value of the metric (a key of <see cref="EvaluationReport.Metrics"/>) is better.</summary>
    public static bool HigherIsBetter(string metric) => !LowerIsBetter.Contains(metric);

    /// <summary>Permutation importance of every input column for the chosen metric on a labeled table (a chosen split).</summary>
    /// <exception cref="ArgumentException">The metric is not reported for this model's task.</exception>
    public static PermutationImportanceResult PermutationImportance(TrainedModel model, TabularData labeled, string metric,
        int repeats = PermutationImportanceOptions.Defaults.Repeats, int seed = 1, double threshold = 0.5,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        double Score(TabularData data)
        {
            var metrics = ModelEvaluator.Evaluate(model, data, threshold).Metrics;
            return metrics.TryGetValue(metric, out var value) ? value : throw new ArgumentException(
                $"Metric '{metric}' is not reported for {model.Task} models; choose one of: {string.Join(", ", metrics.Keys)}.");
        }
        var columns = model.InputSchema.Select(c => c.Name).ToArray();
        var options = new PermutationImportanceOptions(HigherIsBetter(metric), repeats, seed);
        return Inspection.PermutationImportance.Compute(Score, labeled, columns, options, progress, cancellationToken);
    }

    /// <summary>The output partial dependence averages: the raw output of class <paramref name="classIndex"/>, or the
    /// probability (binary: of the positive class; multiclass: of that class) when <paramref name="probability"/> is set.</summary>
    public static Func<TabularData, double[]> Output(TrainedModel model, bool probability, int classIndex = 0)
    {
        if (!probability) return ModelExplainer.RawOutput(model, classIndex);
        return model.Task switch
        {
            TaskKind.Binary => data => model.Predict(data).Probability!,
            TaskKind.Multiclass => data => model.Predict(data).ClassProbabilities!.Select(p => p[classIndex]).ToArray(),
            _ => throw new ArgumentException("A regression model has no probability; use its raw output."),
        };
    }
}
