namespace Workbench.Workspace.Training;

/// <summary>The names of the parameters a training run logs. Hyperparameters are logged under their own names
/// (ML.NET option names such as "NumberOfLeaves", every one with the value used).</summary>
public static class RunParameters
{
    /// <summary>The trainer's name.</summary>
    public const string Trainer = "trainer";
    /// <summary>"Binary", "Multiclass" or "Regression".</summary>
    public const string Task = "task";
    /// <summary>The dataset's name.</summary>
    public const string Dataset = "dataset";
    /// <summary>The label column.</summary>
    public const string Label = "label";
    /// <summary>The original feature columns, as a JSON array of names.</summary>
    public const string Features = "features";
    /// <summary>The positive class of a binary task (as the model resolved it).</summary>
    public const string PositiveClass = "positive_class";
    /// <summary>The seed of the learner and of the split.</summary>
    public const string Seed = "seed";
    /// <summary>"Random", "Stratified", "Time" or "Group".</summary>
    public const string SplitKind = "split_kind";
    /// <summary>The share of rows held out for test.</summary>
    public const string TestFraction = "test_fraction";
    /// <summary>The share of rows held out for validation.</summary>
    public const string ValidationFraction = "validation_fraction";
    /// <summary>The split's stratification, ordering or group column, when set.</summary>
    public const string SplitColumn = "split_column";
    /// <summary>The split's seed.</summary>
    public const string SplitSeed = "split_seed";
    /// <summary>k of the cross-validation (0 for none).</summary>
    public const string Folds = "folds";
    /// <summary>How many steps the feature pipeline has.</summary>
    public const string PipelineSteps = "pipeline_steps";
    /// <summary>Rows the final model was trained on, and rows held out for validation and test.</summary>
    public const string TrainRows = "train_rows", ValidationRows = "validation_rows", TestRows = "test_rows";
    /// <summary>A fold run's fold number (0-based).</summary>
    public const string Fold = "fold";
    /// <summary>A fold run's training time in seconds.</summary>
    public const string FoldSeconds = "fold_seconds";
}
