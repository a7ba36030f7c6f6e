using Microsoft.AspNetCore.Components;
using Workbench.Ml.Training;
using Workbench.Web.Shared;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Training;

namespace Workbench.Web.Experiments;

/// <summary>The training form: data, label, task, features, pipeline, learner with hyperparameters, split and tracking.</summary>
public partial class TrainPage
{
    private readonly TrainingForm form = new();
    private IReadOnlyList<ColumnInfo> columns = [];
    private IReadOnlyList<TrainerDescriptor> trainers = [];
    private TaskInference? guess;
    private IReadOnlyList<string> labelValues = [];
    private IReadOnlyList<string> shownProblems = [];
    private IJob? job;
    private string? runId;

    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private ITrainingService Training { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    /// <summary>A dataset to start with (from a link such as /experiments/train?dataset=penguins).</summary>
    [SupplyParameterFromQuery(Name = "dataset")] public string? InitialDataset { get; set; }

    private TrainerDescriptor? Trainer => trainers.FirstOrDefault(t => t.Name == form.Trainer);

    // TrainingRequest.PositiveClass's rule when none is chosen.
    private string DefaultPositive => labelValues.FirstOrDefault(v => v is "1" or "true" or "yes") ?? labelValues[^1];

    private bool Busy => job is { State: JobState.Running };

    protected override async Task OnInitializedAsync()
    {
        ChooseTask(form.Task);
        if (!string.IsNullOrEmpty(InitialDataset) && await Datasets.GetAsync(InitialDataset) is not null)
            await OnDatasetChangedAsync(InitialDataset);
    }

    private async Task OnDatasetChangedAsync(string name)
    {
        form.Dataset = name;
        var info = await Datasets.GetAsync(name);
        columns = info?.Columns ?? [];
        var label = (info is null ? null : DocumentedLabel(info)) ?? columns.LastOrDefault()?.Name;
        if (label is not null) await OnLabelChangedAsync(label);
    }

    // A built-in dataset documents its label ("binary: class (bad 30 %)"); others default to their last column.
    private static string? DocumentedLabel(DatasetInfo info)
    {
        var task = BuiltinCatalog.Default.All.FirstOrDefault(b => b.Source == info.Source)?.Task;
        int colon = task?.IndexOf(':') ?? -1;
        var name = colon < 0 ? null : task![(colon + 1)..].Trim().Split(' ', 2)[0];
        return info.Columns.Any(c => c.Name == name) ? name : null;
    }

    private async Task OnLabelChangedAsync(string label)
    {
        form.Label = label;
        form.Features = columns.Select(c => c.Name).Where(n => n != label).ToList();
        var data = await Datasets.LoadAsync(form.Dataset!, [label]);
        guess = TaskInference.Infer(data[label]);
        form.LabelProblem = guess.Problem;
        var column = data[label];
        labelValues = Enumerable.Range(0, column.Length).Where(r => !column.IsMissing(r)).Select(r => column.Format(r)!)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(TrainingLimits.MaxIntegerClasses + 1).ToList();
        form.PositiveClass = null;
        ChooseTask(guess.Task);
    }

    private void OnTaskChanged(TaskKind task)
    {
        ChooseTask(task);
        if (guess is not null && guess.Task != task)
            guess = guess with { Reason = $"You chose {task}; the label suggested {guess.Task}. {guess.Reason}" };
    }

    private void ChooseTask(TaskKind task)
    {
        form.Task = task;
        trainers = TrainerCatalog.For(task);
        if (Trainer is null && trainers.Count > 0)
            form.SelectTrainer(trainers.FirstOrDefault(t => t.Name == "LightGbm") ?? trainers[0]);
        if (task == TaskKind.Regression && form.SplitKind == Ml.Training.SplitKind.Stratified)
            form.SplitKind = Ml.Training.SplitKind.Random;
    }

    private void OnTrainerChanged(string name) => form.SelectTrainer(TrainerCatalog.Find(name));

    private void OnFeaturesChanged(IEnumerable<string>? features) => form.Features = features?.ToList() ?? [];

    private async Task StartAsync()
    {
        shownProblems = form.Problems(Trainer);
        if (shownProblems.Count > 0) return;
        await Actions.RunAsync("start training", async () =>
        {
            try
            {
                var started = await Training.StartAsync(form.ToRequest(), JobOwner);
                (runId, job) = (started.RunId, Follow(started.Job));
            }
            catch (TrainingException ex)
            {
                shownProblems = [ex.Message];
            }
        });
    }

    private void OnFinished(IJob finished)
    {
        if (finished.State == JobState.Completed && runId is not null)
            Navigation.NavigateTo($"/runs/{runId}");
    }
}
