namespace Workbench.Workspace.Tracking;

/// <summary>The state of a tracked run.</summary>
public enum RunStatus
{
    /// <summary>Started and not yet ended.</summary>
    Running,
    /// <summary>Ended with a model and metrics.</summary>
    Finished,
    /// <summary>Ended with an error (see <see cref="RunInfo.Error"/>).</summary>
    Failed,
    /// <summary>Stopped by the user.</summary>
    Canceled,
    /// <summary>Cut off by a server or process restart; never counted as finished.</summary>
    Interrupted,
}

/// <summary>A named group of runs (MLflow's experiment).</summary>
public sealed record ExperimentInfo(long Id, string Name, DateTime CreatedUtc, int RunCount);

/// <summary>A tracked run's header.</summary>
/// <param name="Id">Short unique id (12 lowercase hex characters).</param>
/// <param name="ParentId">The parent run for nested runs (folds, trials), else null.</param>
/// <param name="Source">"web" or "cli".</param>
/// <param name="DatasetFingerprint">Content fingerprint of the dataset the run trained on.</param>
public sealed record RunInfo(string Id, string Experiment, string? ParentId, string Name, RunStatus Status,
    DateTime StartedUtc, DateTime? EndedUtc, string? Dataset, string? DatasetFingerprint, string? Task, string? Trainer,
    int? Seed, string AppVersion, string Source, string? Error)
{
    /// <summary>Wall time from start to end, when ended.</summary>
    public TimeSpan? Duration => EndedUtc - StartedUtc;
}

/// <summary>One logged metric value.</summary>
/// <param name="Split">Where it was measured: "train", "validation", "test", "cv" (mean over folds), "cv_std", or "fold".</param>
/// <param name="Fold">The fold number (0-based) for Split = "fold", else null.</param>
/// <param name="Subset">For Split = "fold": "train" or "test" rows of that fold; else null.</param>
public sealed record RunMetric(string Key, double Value, string Split, int? Fold = null, string? Subset = null);

/// <summary>A stored file of a run (model, pipeline, schema, input example, evaluation details...).</summary>
public sealed record RunArtifact(string Name, string MediaType, long Bytes);

/// <summary>A run with everything logged for it.</summary>
public sealed record RunDetail(RunInfo Run, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<RunMetric> Metrics,
    IReadOnlyDictionary<string, string> Tags, IReadOnlyList<RunArtifact> Artifacts, IReadOnlyList<RunInfo> Children);

/// <summary>The data of a new run.</summary>
public sealed record NewRun(string Experiment, string Name, string Source, string? ParentId = null, string? Dataset = null,
    string? DatasetFingerprint = null, string? Task = null, string? Trainer = null, int? Seed = null);

/// <summary>Which runs to list.</summary>
/// <param name="Experiment">Only this experiment, or all.</param>
/// <param name="IncludeChildren">Include nested runs (folds, trials).</param>
/// <param name="Text">Case-insensitive text matched against name, trainer, dataset and tags.</param>
public sealed record RunQuery(string? Experiment = null, bool IncludeChildren = false, string? Text = null,
    RunStatus? Status = null, int Limit = 500);

/// <summary>A run in a list, with its parameters and its summary metrics (split "test", "validation" and "cv").</summary>
public sealed record RunRow(RunInfo Run, IReadOnlyDictionary<string, string> Parameters, IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Tags);

/// <summary>A registered model name.</summary>
public sealed record RegisteredModel(string Name, DateTime CreatedUtc, int LatestVersion, IReadOnlyDictionary<string, int> Aliases);

/// <summary>One version of a registered model: the run whose model it is.</summary>
public sealed record ModelVersion(string Name, int Version, string RunId, DateTime CreatedUtc, IReadOnlyList<string> Aliases);
