using Workbench.Ml.Metrics;

namespace Workbench.Ml.Training;

/// <summary>A model's metrics on one labeled table, with what the charts need.</summary>
/// <param name="Metrics">Metric name → value, with scikit-learn's definitions and snake_case keys:
/// binary <c>log_loss, roc_auc, average_precision, accuracy, precision, recall, f1, balanced_accuracy, cohen_kappa,
/// brier_score</c>; multiclass <c>accuracy, f1_macro, f1_micro, log_loss</c>; regression <c>rmse, mae, r2, mape</c>.</param>
public sealed record EvaluationReport(TaskKind Task, int Rows, IReadOnlyDictionary<string, double> Metrics,
    BinaryDetails? Binary, MulticlassDetails? Multiclass, RegressionDetails? Regression);

/// <summary>Binary details: per-row labels and probabilities (for the live threshold slider) and the curves.</summary>
/// <param name="Labels">True for the positive class.</param>
/// <param name="Probabilities">Probability of the positive class.</param>
/// <param name="Threshold">The decision threshold the threshold metrics used.</param>
public sealed record BinaryDetails(string PositiveClass, string NegativeClass, bool[] Labels, double[] Probabilities,
    double Threshold, BinaryConfusion Confusion, RocCurve Roc, PrecisionRecallCurve PrecisionRecall, CalibrationCurve Calibration);

/// <summary>Multiclass details: the confusion matrix (rows = true class, columns = predicted) and per-class metrics.</summary>
public sealed record MulticlassDetails(IReadOnlyList<string> Classes, long[][] Confusion, IReadOnlyList<ClassMetrics> PerClass);

/// <summary>Regression details: actual and predicted values, row by row (residual = actual − predicted).</summary>
public sealed record RegressionDetails(double[] Actual, double[] Predicted);

/// <summary>How rows are split into train, validation and test, or into cross-validation folds.</summary>
public enum SplitKind
{
    /// <summary>Shuffled with the seed.</summary>
    Random,
    /// <summary>Shuffled within each class of the label (or <see cref="SplitOptions.Column"/>) so shares match.</summary>
    Stratified,
    /// <summary>Ordered by <see cref="SplitOptions.Column"/> (a date or number): earliest rows train, latest test.</summary>
    Time,
    /// <summary>Whole groups of <see cref="SplitOptions.Column"/> go to one side only (GroupShuffleSplit, GroupKFold).</summary>
    Group,
}

/// <summary>Settings of a split.</summary>
/// <param name="TestFraction">Share of rows (or groups) held out for test.</param>
/// <param name="ValidationFraction">Share held out for validation (0 for none).</param>
/// <param name="Column">Stratified: the column to stratify by (null = the label). Time: the ordering column. Group: the group column.</param>
public sealed record SplitOptions(SplitKind Kind = SplitKind.Random, double TestFraction = 0.2, double ValidationFraction = 0,
    int Seed = 1, string? Column = null);

/// <summary>Row indices of each part of a split, each ascending.</summary>
public sealed record DataSplit(int[] Train, int[] Validation, int[] Test);

/// <summary>One cross-validation fold: its sizes and metrics on its training rows and on its held-out rows.</summary>
public sealed record FoldResult(int Fold, int TrainRows, int TestRows, IReadOnlyDictionary<string, double> Train,
    IReadOnlyDictionary<string, double> Test, TimeSpan Duration);

/// <summary>A k-fold cross-validation: every fold (pipeline and learner fitted on the fold's training rows only) and
/// mean ± std per metric.</summary>
public sealed record CrossValidationResult(SplitKind Kind, IReadOnlyList<FoldResult> Folds, IReadOnlyList<MetricSummary> Summary);

/// <summary>The result of a training session: the model fitted on the training rows, its evaluation on train and test
/// (and validation when asked), the split used and the optional cross-validation over the training rows.</summary>
public sealed record TrainingOutcome(TrainedModel Model, DataSplit Split, EvaluationReport Train, EvaluationReport Test,
    EvaluationReport? Validation, CrossValidationResult? CrossValidation, TimeSpan Duration);
