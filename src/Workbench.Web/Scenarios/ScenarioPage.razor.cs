using Microsoft.AspNetCore.Components;
using Workbench.Ml.Scenarios;
using Workbench.Workspace;
using Workbench.Workspace.Scenarios;

namespace Workbench.Web.Scenarios;

/// <summary>Holds the draft settings, keeps the preview in step with them, and passes valid options to the write panel.</summary>
public partial class ScenarioPage : IDisposable
{
    private ScenarioDraft draft = ScenarioDraft.From(LoanScenarioPresets.All[0].Apply(new LoanScenarioOptions()));
    private string? presetKey = LoanScenarioPresets.All[0].Key;
    private LoanScenarioOptions? options;
    private LoanScenarioPreview? preview;
    private string? problem;
    private CancellationTokenSource? previewing;

    [Inject] private IScenarioService Scenarios { get; set; } = null!;

    protected override Task OnInitializedAsync() => RefreshAsync();

    private Task ApplyPreset(LoanScenarioPreset preset)
    {
        presetKey = preset.Key;
        draft = ScenarioDraft.From(preset.Apply(draft.ToOptions() with { Covariate = null, Prior = null, Concept = null, Missing = null, NewRegion = null, Unit = null }));
        return RefreshAsync();
    }

    private Task Changed()
    {
        presetKey = null;
        return RefreshAsync();
    }

    // A newer edit cancels the preview still being computed; only the latest one is shown.
    private async Task RefreshAsync()
    {
        previewing?.Cancel();
        var cts = previewing = new CancellationTokenSource();
        problem = draft.DayProblem();
        options = problem is null ? draft.ToOptions() : null;
        if (options is null) return;
        try
        {
            var next = await Scenarios.PreviewAsync(options, cts.Token);
            if (!cts.IsCancellationRequested) preview = next;
        }
        catch (WorkspaceException e)
        {
            (problem, options) = (e.Message, null);
        }
        catch (OperationCanceledException) { /* a newer edit replaced this preview */ }
    }

    /// <inheritdoc />
    public void Dispose() => previewing?.Cancel();
}
