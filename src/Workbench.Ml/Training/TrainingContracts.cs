using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>What a model predicts.</summary>
public enum TaskKind
{
    /// <summary>Two classes; the raw output is a margin (log-odds for calibrated models).</summary>
    Binary,
    /// <summary>More than two classes.</summary>
    Multiclass,
    /// <summary>A number.</summary>
    Regression,
}

/// <summary>The kind of learner, which decides how features are prepared and how a model is explained.</summary>
public enum TrainerFamily
{
    /// <summary>A constant prediction (majority class, class prior, mean, median).</summary>
    Baseline,
    /// <summary>A linear model on the input vector (explained by linear SHAP).</summary>
    Linear,
    /// <summary>A tree ensemble (explained by TreeSHAP; keeps categorical splits, needs no scaling).</summary>
    Tree,
    /// <summary>Anything else (explained by model-agnostic SHAP).</summary>
    Other,
}

/// <summary>The value type of a hyperparameter.</summary>
public enum HyperParameterKind
{
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A real number.</summary>
    Real,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>One of <see cref="HyperParameterSpec.Choices"/>.</summary>
    Choice,
}

/// <summary>One editable hyperparameter of a trainer, with its default and its valid range.</summary>
/// <param name="Name">The name used in requests, JSON and the command line (ML.NET's option name, e.g. "NumberOfLeaves").</param>
/// <param name="Default">The default, as invariant text.</param>
/// <param name="Min">Smallest valid value for numbers, or null.</param>
/// <param name="Max">Largest valid value for numbers, or null.</param>
/// <param name="Choices">The valid values of a <see cref="HyperParameterKind.Choice"/>, else null.</param>
/// <param name="Help">One sentence for the UI.</param>
public sealed record HyperParameterSpec(string Name, HyperParameterKind Kind, string Default, double? Min, double? Max,
    IReadOnlyList<string>? Choices, string Help);

/// <summary>A learner the workbench can train, with the tasks it supports and its hyperparameters.</summary>
/// <param name="Name">Identifier used in requests and on the command line (e.g. "LightGbm", "FastTree", "MostFrequent").</param>
public sealed record TrainerDescriptor(string Name, string DisplayName, TrainerFamily Family, IReadOnlyList<TaskKind> Tasks,
    IReadOnlyList<HyperParameterSpec> Parameters, string Help);

/// <summary>Everything needed to train one model: the task, the label, the original feature columns, an optional
/// feature pipeline, the trainer with its hyperparameters (missing ones take their defaults) and the seed.</summary>
/// <param name="Features">Original columns fed to the pipeline; empty means every column except the label.</param>
/// <param name="PositiveClass">For binary tasks, the label value that counts as positive; null picks "1", "true" or "yes"
/// when present, else the greater of the two values in ordinal order (scikit-learn's convention).</param>
public sealed record TrainingRequest(TaskKind Task, string Label, IReadOnlyList<string> Features, string Trainer,
    IReadOnlyDictionary<string, string>? Hyperparameters = null, PipelineSpec? Pipeline = null, int Seed = 1,
    string? PositiveClass = null);

/// <summary>A model's outputs for a table, one entry per row, in order.</summary>
/// <param name="Score">The raw output: the margin for binary, the value for regression, the predicted class's raw
/// score for multiclass.</param>
/// <param name="Probability">Binary: probability of the positive class. Null otherwise.</param>
/// <param name="PredictedLabel">Classification: the predicted label as text. Null for regression.</param>
/// <param name="ClassProbabilities">Multiclass: per row, the probability of each class in
/// <see cref="TrainedModel.Classes"/> order. Null otherwise.</param>
public sealed record ModelPredictions(double[] Score, double[]? Probability, string?[]? PredictedLabel, double[][]? ClassProbabilities);

/// <summary>One column the model needs at prediction time.</summary>
public sealed record ModelInputColumn(string Name, Workbench.Ml.Data.ColumnType Type);

/// <summary>A linear model in its input space: raw output = <see cref="Bias"/> + Σ weight · slot value.</summary>
/// <param name="Slots">Names of the input vector slots.</param>
/// <param name="SlotColumns">The original column each slot came from.</param>
/// <param name="SlotMeans">Mean of each slot over the training rows (for linear SHAP).</param>
public sealed record LinearModelWeights(double Bias, IReadOnlyList<double> Weights, IReadOnlyList<string> Slots,
    IReadOnlyList<string> SlotColumns, IReadOnlyList<double> SlotMeans);

/// <summary>A request that cannot be trained, evaluated or scored as given; the message says what to change.</summary>
public sealed class TrainingException(string message, Exception? inner = null) : Exception(message, inner);
