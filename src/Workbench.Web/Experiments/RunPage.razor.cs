using Microsoft.AspNetCore.Components;
using Workbench.Ml.Training;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Web.Experiments;

/// <summary>One run: header, parameters, metrics by split, cross-validation, evaluation charts with the threshold
/// slider, artifacts and model registration. Reloads itself while the run is running.</summary>
public partial class RunPage
{
    private RunDetail? detail;
    private EvaluationReport? evaluation;
    private CrossValidationResult? crossValidation;
    private bool loaded;
    private Timer? timer;

    [Inject] private ITrackingStore Tracking { get; set; } = null!;
    [Inject] private ITrainingService Training { get; set; } = null!;

    /// <summary>The run id from the address.</summary>
    [Parameter] public string RunId { get; set; } = "";

    protected override async Task OnParametersSetAsync()
    {
        await LoadAsync();
        timer ??= new Timer(_ => InvokeAsync(RefreshIfRunningAsync), null, ExperimentsPage.RefreshInterval, ExperimentsPage.RefreshInterval);
    }

    private async Task LoadAsync()
    {
        detail = await Tracking.GetRunDetailAsync(RunId);
        if (detail is { Run.Status: RunStatus.Finished })
        {
            evaluation = await Training.LoadEvaluationAsync(RunId);
            crossValidation = await Training.LoadCrossValidationAsync(RunId);
        }
        loaded = true;
    }

    private async Task RefreshIfRunningAsync()
    {
        if (detail?.Run.Status != RunStatus.Running) return;
        await LoadAsync();
        StateHasChanged();
    }

    /// <inheritdoc />
    public void Dispose() => timer?.Dispose();
}
