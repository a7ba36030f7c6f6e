using Microsoft.AspNetCore.Components;
using Workbench.Web.Shared;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Training;

namespace Workbench.Web.Labs.Lab08;

/// <summary>Lists the finished runs that can be explained and trains the lab's starter run in one click.</summary>
public partial class RunChooser
{
    private const string PickedStyle = "box-shadow: inset 4px 0 0 var(--mud-palette-primary); background: var(--mud-palette-action-default-hover)";

    private IReadOnlyList<ExplainableRun>? runs;
    private IJob? job;
    private string? trainingRun;

    [Inject] private IExplanationService Explanations { get; set; } = null!;
    [Inject] private ITrainingService TrainingService { get; set; } = null!;
    [Inject] private IDatasetStore Datasets { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    /// <summary>The chosen run's id.</summary>
    [Parameter] public string? Selected { get; set; }

    /// <summary>Raised when a run is chosen (or the starter run has finished training).</summary>
    [Parameter] public EventCallback<string> SelectedChanged { get; set; }

    private bool Training => job?.State == JobState.Running;

    protected override async Task OnInitializedAsync() => runs = await Explanations.ListRunsAsync();

    private Task SelectAsync(string runId) => SelectedChanged.InvokeAsync(runId);

    private Task TrainStarterAsync() => Actions.RunAsync("train the lab 08 starter run", async () =>
    {
        await StarterRun.EnsureDatasetAsync(Datasets);
        var started = await TrainingService.StartAsync(StarterRun.Request(), JobOwner);
        (trainingRun, job) = (started.RunId, Follow(started.Job));
    });

    private async Task OnTrainedAsync(IJob finished)
    {
        if (!ReferenceEquals(finished, job) || finished.State != JobState.Completed || trainingRun is null) return;
        runs = await Explanations.ListRunsAsync();
        await SelectAsync(trainingRun);
    }
}
