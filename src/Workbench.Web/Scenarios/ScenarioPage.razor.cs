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

    protected override void OnInitialized() => Refresh();

    private void ApplyPreset(LoanScenarioPreset preset)
    {
        presetKey = preset.Key;
        draft = ScenarioDraft.From(preset.Apply(draft.ToOptions()));
        Refresh();
    }

    private void Changed()
    {
        presetKey = null;
        Refresh();
    }

    // The preview is computed off the circuit; a newer edit cancels the one still running, and only the latest is shown.
    private void Refresh()
    {
        previewing?.Cancel();
        var cts = previewing = new CancellationTokenSource();
        problem = draft.DayProblem();
        options = problem is null ? draft.ToOptions() : null;
        if (options is not null) _ = ShowPreviewAsync(options, cts.Token);
    }

    private async Task ShowPreviewAsync(LoanScenarioOptions next, CancellationToken token)
    {
        try
        {
            var shown = await Task.Run(() => Scenarios.PreviewAsync(next, token), token);
            await InvokeAsync(() =>
            {
                if (token.IsCancellationRequested) return;
                preview = shown;
                StateHasChanged();
            });
        }
        catch (WorkspaceException e)
        {
            await InvokeAsync(() =>
            {
                if (token.IsCancellationRequested) return;
                (problem, options) = (e.Message, null);
                StateHasChanged();
            });
        }
        catch (OperationCanceledException) { /* a newer edit replaced this preview */ }
    }

    /// <inheritdoc />
    public void Dispose() => previewing?.Cancel();
}
