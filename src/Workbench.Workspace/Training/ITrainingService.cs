using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Training;

/// <summary>A training run to perform on a workspace dataset and record in the tracking store.</summary>
/// <param name="Folds">k for k-fold cross-validation over the training rows (each fold a child run); 0 or 1 for none.</param>
/// <param name="Source">"web" or "cli".</param>
public sealed record TrainingJobRequest(string Dataset, TrainingRequest Request, SplitOptions Split, int Folds,
    string Experiment, string? RunName = null, string Source = "web", string? ParentRunId = null,
    IReadOnlyDictionary<string, string>? Tags = null);

/// <summary>A run started in the background: its id at once, and the job that trains it.</summary>
public sealed record StartedTraining(string RunId, IJob<TrainingOutcome> Job);

/// <summary>A recorded run with the outcome of its training.</summary>
public sealed record TrainedRun(string RunId, TrainingOutcome Outcome);

/// <summary>Well-known artifact names of a training run.</summary>
public static class RunArtifacts
{
    /// <summary>The saved model (<see cref="TrainedModel.Save"/>).</summary>
    public const string Model = "model.zip";
    /// <summary>The pipeline spec JSON.</summary>
    public const string Pipeline = "pipeline.json";
    /// <summary>The input columns and types as JSON.</summary>
    public const string InputSchema = "input_schema.json";
    /// <summary>The first rows of the training data as JSON records.</summary>
    public const string InputExample = "input_example.json";
    /// <summary>The test evaluation with curves and per-row labels/probabilities, as JSON.</summary>
    public const string Evaluation = "evaluation.json";
    /// <summary>The cross-validation result as JSON.</summary>
    public const string CrossValidation = "cross_validation.json";
}

/// <summary>Trains models on workspace datasets and records every run (parameters, metrics per fold and summarised,
/// the dataset fingerprint, pipeline, seed, app version, durations and the model with its schema and an input example).</summary>
public interface ITrainingService
{
    /// <summary>Trains and records a run now, on the caller's thread (the command line). A failure or cancellation
    /// ends the run as Failed or Canceled and rethrows.</summary>
    /// <exception cref="TrainingException">The request does not fit the dataset; nothing is recorded.</exception>
    /// <exception cref="WorkspaceException">The dataset does not exist; nothing is recorded.</exception>
    Task<TrainedRun> TrainAsync(TrainingJobRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Checks the request against the dataset, starts the run (status Running) and trains it in a background
    /// job of <paramref name="owner"/> (the browser); the job is kept when its page is left (the run is recorded and
    /// listed as Running), and its progress and cancel reach the run.</summary>
    /// <exception cref="TrainingException">The request does not fit the dataset; nothing is recorded.</exception>
    /// <exception cref="WorkspaceException">The dataset does not exist; nothing is recorded.</exception>
    Task<StartedTraining> StartAsync(TrainingJobRequest request, JobOwner owner, CancellationToken cancellationToken = default);

    /// <summary>The model of a finished run.</summary>
    /// <exception cref="WorkspaceException">No such run, or the run has no model.</exception>
    Task<TrainedModel> LoadModelAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The model of a registered version, by number or alias.</summary>
    Task<TrainedModel> LoadRegisteredAsync(string name, string versionOrAlias, CancellationToken cancellationToken = default);

    /// <summary>A run's stored test evaluation (curves, per-row probabilities), or null for runs without one.</summary>
    Task<EvaluationReport?> LoadEvaluationAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>A run's stored cross-validation, or null.</summary>
    Task<CrossValidationResult?> LoadCrossValidationAsync(string runId, CancellationToken cancellationToken = default);
}
