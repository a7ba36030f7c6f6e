using Microsoft.AspNetCore.Components;
using Workbench.Ml.Metrics;
using Workbench.Ml.Training;
using Workbench.Web.Datasets;
using Workbench.Web.Experiments;
using Workbench.Web.Shared;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Labs.Lab06;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Labs.Lab06;

/// <summary>Wires lab 06's baseline study (<see cref="IBaselineStudyService"/>): the dataset and label, the study as a
/// job of this page (leaving the page cancels it), the folds of each run as it finishes, and the champion.</summary>
public partial class BaselinePanel
{
    private DatasetPicker? picker;
    private string? dataset, label;
    private IReadOnlyList<string> columns = [];
    private TaskInference? guess;
    private IReadOnlyList<string> trainers = [];
    private List<BaselineRun> results = [];
    private IJob<IReadOnlyList<BaselineRun>>? job;
    private bool hasDataset = true;
    private int best = -1;
    private ModelVersion? registered;

    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private IBaselineStudyService Study { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    /// <summary>The dataset to start with (a built-in one, installed on request).</summary>
    [Parameter] public string DefaultDataset { get; set; } = "german-credit";
    /// <summary>Its label column.</summary>
    [Parameter] public string DefaultLabel { get; set; } = "class";
    /// <summary>The positive class of a binary label, or null for the default rule.</summary>
    [Parameter] public string? PositiveClass { get; set; } = "bad";

    private TaskKind StudyTask => guess?.Task ?? TaskKind.Binary;
    private string metric => BaselineStudy.RankingMetric(StudyTask).Metric;
    private string ModelName => BaselineStudy.ModelName(dataset ?? "", StudyTask);
    private bool running => job?.State == JobState.Running;

    protected override async Task OnInitializedAsync()
    {
        hasDataset = await Datasets.GetAsync(DefaultDataset) is not null;
        if (hasDataset) await OnDatasetAsync(DefaultDataset);
        if (dataset is not null && guess is not null)
        {
            results = (await Study.LoadLatestAsync(dataset, guess.Task)).ToList();
            Rank();
        }
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

    private void RunAll()
    {
        registered = null;
        results = [];
        best = -1;
        var request = new BaselineStudyRequest(dataset!, label!, guess!.Task, PositiveClass);
        // Each run is shown as it finishes; the callback comes on the job's thread, and a replaced study's is ignored.
        IJob<IReadOnlyList<BaselineRun>>? started = null;
        started = Study.Start(request, JobOwner, run => _ = InvokeAsync(() =>
        {
            if (!ReferenceEquals(job, started)) return;
            results.Add(run);
            Rank();
            StateHasChanged();
        }));
        job = Follow(started);
    }

    private MetricSummary? Summary(BaselineRun r) => r.Summary(StudyTask);

    private void Rank() => best = BaselineStudy.Best(results, StudyTask);

    private async Task RegisterAsync()
    {
        var run = results[best];
        await Actions.RunAsync("register champion", async () => registered = await Study.RegisterChampionAsync(ModelName, run.RunId));
    }
}
