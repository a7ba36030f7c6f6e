using Microsoft.AspNetCore.Components;
using Workbench.Ml.Metrics;
using Workbench.Ml.Training;
using Workbench.Web.Datasets;
using Workbench.Web.Experiments;
using Workbench.Web.Shared;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Web.Labs.Lab06;

/// <summary>Trains the baselines and two learners of a task with 5-fold cross-validation, one tracked run each (one
/// after the other, in the background), shows the folds, and registers the best run's model as champion.</summary>
public partial class BaselinePanel
{
    /// <summary>One trainer's run and its cross-validation.</summary>
    private sealed record Result(string Trainer, string RunId, CrossValidationResult? CrossValidation);

    private DatasetPicker? picker;
    private string? dataset, label;
    private IReadOnlyList<string> columns = [];
    private TaskInference? guess;
    private IReadOnlyList<string> trainers = [];
    private List<Result> results = [];
    private IJob? job;
    private bool running, hasDataset = true;
    private int best = -1;
    private ModelVersion? registered;

    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private ITrainingService Training { get; set; } = null!;
    [Inject] private ITrackingStore Tracking { get; set; } = null!;
    [Inject] private IModelRegistry Registry { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    /// <summary>The dataset to start with (a built-in one, installed on request).</summary>
    [Parameter] public string DefaultDataset { get; set; } = "german-credit";
    /// <summary>Its label column.</summary>
    [Parameter] public string DefaultLabel { get; set; } = "class";
    /// <summary>The positive class of a binary label, or null for the default rule.</summary>
    [Parameter] public string? PositiveClass { get; set; } = "bad";

    private string metric => BaselineStudy.RankingMetric(guess?.Task ?? TaskKind.Binary).Metric;
    private string ModelName => $"{dataset}-{(guess?.Task ?? TaskKind.Binary).ToString().ToLowerInvariant()}";

    protected override async Task OnInitializedAsync()
    {
        hasDataset = await Datasets.GetAsync(DefaultDataset) is not null;
        if (hasDataset) await OnDatasetAsync(DefaultDataset);
        await LoadPreviousAsync();
    }

    private async Task InstallAsync()
    {
        if (await Actions.RunAsync("install dataset", () => BuiltinInstaller.InstallAsync(Datasets, DefaultDataset)) is null) return;
        hasDataset = true;
        if (picker is not null) await picker.RefreshAsync();
        await OnDatasetAsync(DefaultDataset);
    }

    private async Task OnDatasetAsync(string name)
    {
        dataset = name;
        columns = (await Datasets.GetAsync(name))?.Columns.Select(c => c.Name).ToList() ?? [];
        await OnLabelAsync(columns.Contains(DefaultLabel) ? DefaultLabel : columns.LastOrDefault());
    }

    private async Task OnLabelAsync(string? name)
    {
        label = name;
        if (name is null || dataset is null) return;
        guess = TaskInference.Infer((await Datasets.LoadAsync(dataset, [name]))[name]);
        trainers = BaselineStudy.Trainers(guess.Task);
    }

    private async Task LoadPreviousAsync()
    {
        var runs = await Tracking.ListRunsAsync(new RunQuery(BaselineStudy.Experiment));
        var latest = runs.Where(r => r.Run.Status == RunStatus.Finished && r.Run.Dataset == dataset && r.Run.Trainer is not null)
            .GroupBy(r => r.Run.Trainer!).Select(g => g.OrderByDescending(r => r.Run.StartedUtc).First()).ToList();
        results = [];
        foreach (var r in latest.Where(r => trainers.Contains(r.Run.Trainer!)).OrderBy(r => trainers.ToList().IndexOf(r.Run.Trainer!)))
            results.Add(new Result(r.Run.Trainer!, r.Run.Id, await Training.LoadCrossValidationAsync(r.Run.Id)));
        Rank();
    }

    private async Task RunAllAsync()
    {
        running = true;
        registered = null;
        results = [];
        var task = guess!.Task;
        var split = new SplitOptions(task == TaskKind.Regression ? SplitKind.Random : SplitKind.Stratified, 0.2, 0, 1);
        foreach (var trainer in trainers)
        {
            var request = new TrainingRequest(task, label!, [], trainer, Seed: 1, PositiveClass: task == TaskKind.Binary ? PositiveClass : null);
            var started = await Actions.RunAsync("start training", () => Training.StartAsync(
                new TrainingJobRequest(dataset!, request, split, BaselineStudy.Folds, BaselineStudy.Experiment, trainer)));
            if (started is null) break;
            job = started.Job;
            StateHasChanged();
            await job.Completion;
            if (job.State != JobState.Completed) break;
            results.Add(new Result(trainer, started.RunId, await Training.LoadCrossValidationAsync(started.RunId)));
            Rank();
            StateHasChanged();
        }
        running = false;
    }

    private MetricSummary? Summary(Result r) => r.CrossValidation?.Summary.FirstOrDefault(s => s.Metric == metric);

    private void Rank() => best = BaselineStudy.Best(results.Select(r => Summary(r)?.TestMean).ToList(),
        BaselineStudy.RankingMetric(guess?.Task ?? TaskKind.Binary).HigherIsBetter);

    private async Task RegisterAsync()
    {
        var run = results[best];
        await Actions.RunAsync("register champion", async () =>
        {
            var version = await Registry.RegisterAsync(ModelName, run.RunId);
            await Registry.SetAliasAsync(version.Name, "champion", version.Version);
            registered = version;
        });
    }
}
