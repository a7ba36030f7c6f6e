using Workbench.Ml.Data;

namespace Workbench.Ml.Training;

/// <summary>One column the learner reads after the feature pipeline: numbers become one float slot, text is one-hot
/// encoded by ML.NET. <see cref="Player"/> is the original column it came from.</summary>
internal sealed record FeatureColumn(string Name, bool IsText, string Player);

/// <summary>Everything about a trained model except the ML.NET transformers, saved as JSON beside them.</summary>
/// <param name="Slots">Names of the Features slots (numeric columns by name, one-hot slots as <c>column.category</c>).</param>
/// <param name="SlotPlayers">Index into <paramref name="Players"/> of each slot's original column.</param>
/// <param name="Baseline">Baselines: the class probabilities (classification) or the constant (regression).</param>
/// <param name="Calibrated">Binary: whether a Platt calibrator was fitted on the training rows after the learner.</param>
internal sealed record ModelMetadata(int FormatVersion, TaskKind Task, string Trainer, TrainerFamily Family, string Label,
    IReadOnlyList<ModelInputColumn> InputSchema, IReadOnlyList<string> Classes, IReadOnlyDictionary<string, string> Hyperparameters,
    int Seed, IReadOnlyList<FeatureColumn> Features, IReadOnlyList<string> Slots, IReadOnlyList<int> SlotPlayers,
    IReadOnlyList<string> Players, double[]? Baseline, bool Calibrated)
{
    /// <summary>The format version written by this code.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The ML.NET column name of feature column <paramref name="index"/> (names of our own avoid clashes with
    /// Label, Features and Score).</summary>
    public static string ViewName(int index) => $"f{index}";
}
