using System.Globalization;
using Workbench.Ml.Data;

namespace Workbench.Ml.Framing;

/// <summary>Checks a framed problem for the classic mistakes: a metric that does not fit the task, accuracy on an
/// imbalanced target, a missing baseline or objective, a target that does not fit the task.</summary>
public static class FramingReview
{
    /// <summary>Default values.</summary>
    public static class Defaults
    {
        /// <summary>A classification target whose rarest class is below this share counts as imbalanced.</summary>
        public const double ImbalanceThreshold = 0.2;
    }

    /// <summary>Classification metrics offered in the form.</summary>
    public static IReadOnlyList<string> ClassificationMetrics { get; } =
        ["Accuracy", "Precision", "Recall", "F1", "ROC AUC", "PR AUC", "Log loss", "Balanced accuracy"];

    /// <summary>Regression metrics offered in the form.</summary>
    public static IReadOnlyList<string> RegressionMetrics { get; } = ["RMSE", "MAE", "MAPE", "R²"];

    /// <summary>Every metric offered.</summary>
    public static IReadOnlyList<string> Metrics { get; } = [.. ClassificationMetrics, .. RegressionMetrics];

    /// <summary>Counts the classes of a target column (values as displayed; missing values counted apart).</summary>
    public static TargetSummary Summarise(DataColumn target)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var missing = 0;
        for (var i = 0; i < target.Length; i++)
        {
            var value = target.Format(i);
            if (value is null) { missing++; continue; }
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }
        var present = target.Length - missing;
        var shares = counts.ToDictionary(kv => kv.Key, kv => present == 0 ? 0 : (double)kv.Value / present);
        var numeric = target.Type is ColumnType.Integer or ColumnType.Real;
        return new TargetSummary(shares, target.Length, missing, numeric, counts.Count);
    }

    /// <summary>The findings for a frame, given the target's summary when a dataset and target were chosen.</summary>
    public static IReadOnlyList<FramingFinding> Review(ProblemFrame frame, TargetSummary? target,
        double imbalanceThreshold = Defaults.ImbalanceThreshold)
    {
        var findings = new List<FramingFinding>();
        var classification = frame.Task != TaskKind.Regression;
        if (string.IsNullOrWhiteSpace(frame.Objective))
            findings.Add(new(FindingLevel.Warning, "Write the objective: what does a good prediction let someone do?"));
        if (string.IsNullOrWhiteSpace(frame.Baseline))
            findings.Add(new(FindingLevel.Warning, "Name a baseline, e.g. \"always predict the most frequent class\" or \"predict the mean\"; a model must beat it to be worth anything."));
        if (classification && RegressionMetrics.Contains(frame.Metric) || !classification && ClassificationMetrics.Contains(frame.Metric))
            findings.Add(new(FindingLevel.Warning, $"{frame.Metric} is not a {(classification ? "classification" : "regression")} metric; pick one that fits the task."));
        if (!classification && frame.Metric == "R²")
            findings.Add(new(FindingLevel.Info, "R² says how much variance is explained, not how large the errors are; RMSE or MAE are in the target's own units and easier to act on."));
        if (target is not null)
            ReviewTarget(frame, target, imbalanceThreshold, findings);
        if (findings.All(f => f.Level != FindingLevel.Warning))
            findings.Insert(0, new(FindingLevel.Good, "The task, metric and baseline fit together."));
        return findings;
    }

    private static void ReviewTarget(ProblemFrame frame, TargetSummary target, double threshold, List<FramingFinding> findings)
    {
        if (frame.Task == TaskKind.BinaryClassification && target.Distinct != 2)
            findings.Add(new(FindingLevel.Warning, $"A binary task needs a target with 2 values; this one has {target.Distinct}."));
        if (frame.Task == TaskKind.Regression && !target.IsNumeric)
            findings.Add(new(FindingLevel.Warning, "Regression predicts a number, but this target is not numeric: use classification."));
        if (frame.Task == TaskKind.Regression || target.Distinct < 2)
            return;
        var minority = target.MinorityShare;
        var majority = target.MajorityShare;
        if (minority < threshold && frame.Metric is "Accuracy")
            findings.Add(new(FindingLevel.Warning,
                $"The target is imbalanced: the rarest class is {Percent(minority)} of rows, so always predicting the majority " +
                $"class is already {Percent(majority)} accurate. Use recall, precision, F1, PR AUC or log loss instead."));
        else if (minority < threshold)
            findings.Add(new(FindingLevel.Info,
                $"The rarest class is {Percent(minority)} of rows; {frame.Metric} still works, and compare against the majority baseline ({Percent(majority)} accuracy)."));
        if (target.Missing > 0)
            findings.Add(new(FindingLevel.Info, $"{target.Missing} rows have no target value; they cannot be used for training or scoring."));
    }

    private static string Percent(double share) => share.ToString(share is < 0.1 or > 0.9 ? "P1" : "P0", CultureInfo.InvariantCulture);
}
