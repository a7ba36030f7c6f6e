namespace Workbench.Workspace.Tracking;

/// <summary>The splits a <see cref="RunMetric"/> is measured on, and the keys of <see cref="RunRow.Metrics"/>.</summary>
public static class MetricSplits
{
    /// <summary>The training rows of the final model.</summary>
    public const string Train = "train";
    /// <summary>The validation rows.</summary>
    public const string Validation = "validation";
    /// <summary>The held-out test rows.</summary>
    public const string Test = "test";
    /// <summary>Mean over the cross-validation folds' held-out rows.</summary>
    public const string CrossValidation = "cv";
    /// <summary>Population standard deviation over the folds' held-out rows.</summary>
    public const string CrossValidationStd = "cv_std";
    /// <summary>One fold (with <see cref="RunMetric.Fold"/> and <see cref="RunMetric.Subset"/> "train" or "test").</summary>
    public const string Fold = "fold";

    /// <summary>Every split, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Train, Validation, Test, CrossValidation, CrossValidationStd, Fold];

    /// <summary>The splits summarised in <see cref="RunRow.Metrics"/>.</summary>
    public static IReadOnlyList<string> Summary { get; } = [Test, Validation, CrossValidation, CrossValidationStd];

    /// <summary>The key of a summary metric in <see cref="RunRow.Metrics"/>: "split.metric", e.g. "test.roc_auc",
    /// "cv.rmse", "cv_std.rmse".</summary>
    public static string SummaryKey(string split, string metric) => split + "." + metric;
}
