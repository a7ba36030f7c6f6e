using Microsoft.Extensions.Logging;
using Workbench.Ml.Data;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Training;

/// <summary>Trains on workspace datasets with Workbench.Ml.Training and records every run in the tracking store; the
/// browser's runs train in background jobs keyed "train:&lt;runId&gt;".</summary>
public sealed class TrainingService : ITrainingService
{
    private readonly IDatasetStore _datasets;
    private readonly ITrackingStore _tracking;
    private readonly IModelRegistry _registry;
    private readonly IJobRunner _jobs;
    private readonly ILogger<TrainingService> _logger;
    private readonly ITrainingEngine _engine;
    private readonly TrainingRecorder _recorder;

    /// <summary>A service over the workspace's stores, training with Workbench.Ml.Training (ML.NET and baselines).</summary>
    public TrainingService(IDatasetStore datasets, ITrackingStore tracking, IModelRegistry registry, IJobRunner jobs,
        ILogger<TrainingService> logger) : this(datasets, tracking, registry, jobs, logger, new MlTrainingEngine()) { }

    internal TrainingService(IDatasetStore datasets, ITrackingStore tracking, IModelRegistry registry, IJobRunner jobs,
        ILogger<TrainingService> logger, ITrainingEngine engine)
    {
        (_datasets, _tracking, _registry, _jobs, _logger, _engine) = (datasets, tracking, registry, jobs, logger, engine);
        _recorder = new TrainingRecorder(tracking);
    }

    /// <inheritdoc />
    public async Task<TrainedRun> TrainAsync(TrainingJobRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(request, ScaledProgress.Of(progress, 0, 0.1), cancellationToken);
        var run = await StartRunAsync(prepared, cancellationToken);
        var outcome = await RecordAsync(run, prepared, ScaledProgress.Of(progress, 0.1, 0.9), cancellationToken);
        return new TrainedRun(run.Id, outcome);
    }

    /// <inheritdoc />
    public async Task<StartedTraining> StartAsync(TrainingJobRequest request, JobOwner owner, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(request, null, cancellationToken);
        var run = await StartRunAsync(prepared, cancellationToken);
        var job = _jobs.Start(owner, "train:" + run.Id, "train", $"Training {request.Request.Trainer} on {request.Dataset}",
            context => RecordAsync(run, prepared, context.Progress, context.CancellationToken), JobLifetime.Kept);
        return new StartedTraining(run.Id, job);
    }

    /// <inheritdoc />
    public async Task<TrainedModel> LoadModelAsync(string runId, CancellationToken cancellationToken = default)
    {
        var bytes = await _tracking.ReadArtifactAsync(runId, RunArtifacts.Model, cancellationToken);
        if (bytes is null)
        {
            var run = await _tracking.GetRunAsync(runId, cancellationToken) ?? throw RunRecords.NotFound(runId);
            throw new WorkspaceException($"Run '{runId}' ({run.Status}) has no model; only runs that finished training have one.");
        }
        return _engine.Load(bytes);
    }

    /// <inheritdoc />
    public async Task<TrainedModel> LoadRegisteredAsync(string name, string versionOrAlias, CancellationToken cancellationToken = default)
    {
        var version = await _registry.ResolveAsync(name, versionOrAlias, cancellationToken);
        return await LoadModelAsync(version.RunId, cancellationToken);
    }

    /// <inheritdoc />
    public Task<EvaluationReport?> LoadEvaluationAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadJsonAsync<EvaluationReport>(runId, RunArtifacts.Evaluation, "evaluation", cancellationToken);

    /// <inheritdoc />
    public Task<CrossValidationResult?> LoadCrossValidationAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadJsonAsync<CrossValidationResult>(runId, RunArtifacts.CrossValidation, "cross-validation", cancellationToken);

    private async Task<T?> ReadJsonAsync<T>(string runId, string artifact, string what, CancellationToken cancellationToken) where T : class
    {
        var bytes = await _tracking.ReadArtifactAsync(runId, artifact, cancellationToken);
        if (bytes is not null) return RunArtifactJson.Read<T>(bytes, what);
        _ = await _tracking.GetRunAsync(runId, cancellationToken) ?? throw RunRecords.NotFound(runId);
        return null;
    }

    /// <summary>Loads the dataset and checks the request; nothing is recorded yet.</summary>
    private async Task<PreparedTraining> PrepareAsync(TrainingJobRequest request, IProgress<double>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = await _datasets.GetAsync(request.Dataset, ct) ?? throw new WorkspaceException(
            $"There is no dataset named '{request.Dataset}'. Check the name in the dataset list (names ignore case).");
        var trainer = _engine.FindTrainer(request.Request.Trainer);
        var data = await _datasets.LoadAsync(info.Name, null, progress, ct);
        var features = TrainingRequestCheck.Check(data, request, trainer);
        var hyperparameters = TrainerCatalog.Resolve(trainer, request.Request.Hyperparameters);
        TrackingNames.Require(request.Experiment, "experiment name");
        return new PreparedTraining(request with { Dataset = info.Name }, info, data, features, hyperparameters);
    }

    private Task<RunInfo> StartRunAsync(PreparedTraining prepared, CancellationToken ct)
    {
        var job = prepared.Job;
        var name = string.IsNullOrWhiteSpace(job.RunName) ? $"{job.Request.Trainer} on {job.Dataset}" : job.RunName;
        return _tracking.StartRunAsync(new NewRun(job.Experiment, name, job.Source, job.ParentRunId, job.Dataset,
            prepared.Dataset.Fingerprint, job.Request.Task.ToString(), job.Request.Trainer, job.Request.Seed), ct);
    }

    /// <summary>Trains and logs; on failure or cancellation ends the run Failed or Canceled and rethrows.</summary>
    private async Task<TrainingOutcome> RecordAsync(RunInfo run, PreparedTraining prepared, IProgress<double>? progress, CancellationToken ct)
    {
        var job = prepared.Job;
        try
        {
            await _recorder.LogRequestAsync(run.Id, job, prepared.Features, prepared.Hyperparameters, ct);
            var tags = new Dictionary<string, string>(job.Tags ?? new Dictionary<string, string>()) { ["source"] = job.Source };
            await _tracking.SetTagsAsync(run.Id, tags, ct);
            var outcome = await Task.Run(() => _engine.Run(prepared.Data, job.Request, job.Split, job.Folds,
                ScaledProgress.Of(progress, 0, 0.95), ct), ct);
            // Once the model exists, recording it is quick and is not cut short by a late cancel.
            await _recorder.LogOutcomeAsync(run, job, prepared.Data, outcome, CancellationToken.None);
            await _tracking.EndRunAsync(run.Id, RunStatus.Finished, cancellationToken: CancellationToken.None);
            progress?.Report(1);
            _logger.LogInformation("Run {RunId} trained {Trainer} on {Dataset} in {Seconds:F1} s", run.Id, job.Request.Trainer,
                job.Dataset, outcome.Duration.TotalSeconds);
            return outcome;
        }
        catch (OperationCanceledException)
        {
            await EndQuietlyAsync(run.Id, RunStatus.Canceled, "Canceled before training finished.");
            throw;
        }
        catch (Exception e)
        {
            await EndQuietlyAsync(run.Id, RunStatus.Failed, e.Message);
            throw;
        }
    }

    private async Task EndQuietlyAsync(string runId, RunStatus status, string error)
    {
        try { await _tracking.EndRunAsync(runId, status, error, CancellationToken.None); }
        catch (WorkspaceException e) { _logger.LogWarning("Run {RunId} could not be ended as {Status}: {Message}", runId, status, e.Message); }
    }

    private sealed record PreparedTraining(TrainingJobRequest Job, DatasetInfo Dataset, TabularData Data, IReadOnlyList<string> Features,
        IReadOnlyDictionary<string, string> Hyperparameters);
}
