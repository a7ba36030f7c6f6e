using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Training;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Labs.Lab06;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Labs.Lab06;

/// <summary>The study on the built-in German credit data with the real trainers.</summary>
public sealed class BaselineStudyServiceTests : IDisposable
{
    private static readonly BaselineStudyRequest Credit = new("german-credit", "class", TaskKind.Binary, "bad");
    private readonly TempWorkspace _temp = new();
    private readonly TrackingStore _tracking;
    private readonly ModelRegistry _registry;
    private readonly BaselineStudyService _service;

    public BaselineStudyServiceTests()
    {
        _tracking = new TrackingStore(_temp.Workspace);
        _registry = new ModelRegistry(_temp.Workspace);
        var jobs = new JobRunner(NullLogger<JobRunner>.Instance);
        var training = new TrainingService(_temp.Datasets, _tracking, _registry, jobs, NullLogger<TrainingService>.Instance);
        _service = new BaselineStudyService(training, _tracking, _registry, jobs);
        BuiltinInstaller.InstallAsync(_temp.Datasets, "german-credit").GetAwaiter().GetResult();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Run_TracksEveryTrainerWithFiveFoldsAndTheLearnersBeatTheBaselines()
    {
        var reported = new List<BaselineRun>();

        var runs = await _service.RunAsync(Credit, trained: reported.Add);

        Assert.Equal(["MostFrequent", "Prior", "LbfgsLogisticRegression", "LightGbm"], runs.Select(r => r.Trainer));
        Assert.Equal(runs, reported);
        Assert.All(runs, r => Assert.Equal(BaselineStudy.Folds, r.CrossValidation!.Folds.Count));
        var tracked = await _tracking.ListRunsAsync(new RunQuery(BaselineStudy.Experiment));
        Assert.Equal(runs.Select(r => r.RunId).Order(), tracked.Select(r => r.Run.Id).Order());
        Assert.All(tracked, r => Assert.Equal((RunStatus.Finished, "german-credit"), (r.Run.Status, r.Run.Dataset)));
        var detail = (await _tracking.GetRunDetailAsync(runs[2].RunId))!;
        Assert.Equal(("bad", "1"), (detail.Parameters["positive_class"], detail.Parameters["seed"]));
        // Baselines score every row alike, so their cross-validated ROC AUC is 0.5; the best run is a learner.
        Assert.All(runs.Take(2), r => Assert.Equal(0.5, r.Summary(TaskKind.Binary)!.TestMean, 9));
        var best = BaselineStudy.Best(runs, TaskKind.Binary);
        Assert.InRange(best, 2, 3);
        Assert.True(runs[best].Summary(TaskKind.Binary)!.TestMean > 0.7);

        var latest = await _service.LoadLatestAsync("german-credit", TaskKind.Binary);
        Assert.Equal(runs.Select(r => (r.Trainer, r.RunId)), latest.Select(r => (r.Trainer, r.RunId)));
        Assert.Equal(runs[3].CrossValidation!.Summary.Select(s => (s.Metric, s.TestMean)), latest[3].CrossValidation!.Summary.Select(s => (s.Metric, s.TestMean)));
        // LightGbm is also a regression trainer: a binary run is not a regression study's.
        Assert.Empty(await _service.LoadLatestAsync("german-credit", TaskKind.Regression));

        var version = await _service.RegisterChampionAsync(BaselineStudy.ModelName("german-credit", TaskKind.Binary), runs[best].RunId);
        Assert.Equal(("german-credit-binary", runs[best].RunId), (version.Name, version.RunId));
        Assert.Equal(version.Version, (await _registry.ResolveAsync("german-credit-binary", "champion")).Version);
    }

    [Fact]
    public async Task CancelledStudy_LeavesNoRunRunningAndTrainsNoMore()
    {
        var owner = JobOwner.NewCircuit();
        var first = new TaskCompletionSource<BaselineRun>(TaskCreationOptions.RunContinuationsAsynchronously);

        var job = _service.Start(Credit, owner, r => first.TrySetResult(r));
        await first.Task.WaitAsync(TimeSpan.FromSeconds(60));
        job.Cancel();
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal((JobState.Canceled, JobLifetime.Page, owner), (job.State, job.Lifetime, job.Owner));
        var tracked = await _tracking.ListRunsAsync(new RunQuery(BaselineStudy.Experiment));
        // A run whose model was fitted before the cancel is still recorded Finished; none is left Running.
        Assert.All(tracked, r => Assert.Contains(r.Run.Status, new[] { RunStatus.Finished, RunStatus.Canceled }));
        Assert.Equal(RunStatus.Finished, tracked.Single(r => r.Run.Trainer == "MostFrequent").Run.Status);
        Assert.True(tracked.Count(r => r.Run.Status == RunStatus.Finished) < 4, "the study trained every trainer after its cancel");
    }
}
