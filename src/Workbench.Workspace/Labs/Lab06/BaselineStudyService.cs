using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Labs.Lab06;

/// <summary>Trains lab 06's baseline study through the training service (so every run is tracked) and reads it back.</summary>
public sealed class BaselineStudyService(ITrainingService training, ITrackingStore tracking, IModelRegistry registry, IJobRunner jobs)
    : IBaselineStudyService
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<BaselineRun>> LoadLatestAsync(string dataset, TaskKind task, CancellationToken cancellationToken = default)
    {
        var trainers = BaselineStudy.Trainers(task).ToList();
        var runs = await tracking.ListRunsAsync(new RunQuery(BaselineStudy.Experiment), cancellationToken).ConfigureAwait(false);
        var latest = runs.Where(r => r.Run.Status == RunStatus.Finished && r.Run.Dataset == dataset
                && r.Run.Task == task.ToString() && r.Run.Trainer is not null)
            .GroupBy(r => r.Run.Trainer!).Select(g => g.OrderByDescending(r => r.Run.StartedUtc).First())
            .Where(r => trainers.Contains(r.Run.Trainer!)).OrderBy(r => trainers.IndexOf(r.Run.Trainer!));
        var result = new List<BaselineRun>();
        foreach (var r in latest)
            result.Add(new BaselineRun(r.Run.Trainer!, r.Run.Id,
                await training.LoadCrossValidationAsync(r.Run.Id, cancellationToken).ConfigureAwait(false)));
        return result;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BaselineRun>> RunAsync(BaselineStudyRequest request, IProgress<double>? progress = null,
        Action<string>? status = null, Action<BaselineRun>? trained = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var trainers = BaselineStudy.Trainers(request.Task);
        var split = BaselineStudy.Split(request.Task);
        var positive = request.Task == TaskKind.Binary ? request.PositiveClass : null;
        var runs = new List<BaselineRun>();
        for (int i = 0; i < trainers.Count; i++)
        {
            var trainer = trainers[i];
            status?.Invoke($"Training {trainer} ({i + 1} of {trainers.Count})");
            var job = new TrainingJobRequest(request.Dataset, new TrainingRequest(request.Task, request.Label, [], trainer, Seed: 1,
                PositiveClass: positive), split, BaselineStudy.Folds, BaselineStudy.Experiment, trainer);
            var run = await training.TrainAsync(job, ScaledProgress.Of(progress, i / (double)trainers.Count, 1.0 / trainers.Count),
                cancellationToken).ConfigureAwait(false);
            var done = new BaselineRun(trainer, run.RunId,
                await training.LoadCrossValidationAsync(run.RunId, CancellationToken.None).ConfigureAwait(false));
            runs.Add(done);
            trained?.Invoke(done);
        }
        progress?.Report(1);
        return runs;
    }

    /// <inheritdoc />
    public IJob<IReadOnlyList<BaselineRun>> Start(BaselineStudyRequest request, JobOwner owner, Action<BaselineRun>? trained = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return jobs.Start(owner, "lab06:baselines", "train", $"Baselines and learners on {request.Dataset}",
            context => RunAsync(request, context.Progress, context.Status, trained, context.CancellationToken));
    }

    /// <inheritdoc />
    public async Task<ModelVersion> RegisterChampionAsync(string modelName, string runId, CancellationToken cancellationToken = default)
    {
        var version = await registry.RegisterAsync(modelName, runId, cancellationToken).ConfigureAwait(false);
        await registry.SetAliasAsync(version.Name, "champion", version.Version, cancellationToken).ConfigureAwait(false);
        return version;
    }
}
