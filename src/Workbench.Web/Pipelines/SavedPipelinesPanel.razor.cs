using Microsoft.AspNetCore.Components;
using Workbench.Ml.Pipelines;
using Workbench.Web.Shared;
using Workbench.Workspace;
using Workbench.Workspace.Pipelines;

namespace Workbench.Web.Pipelines;

/// <summary>The named pipelines of the workspace: save the current one, load, rename or delete saved ones.</summary>
public partial class SavedPipelinesPanel
{
    private IReadOnlyList<SavedPipeline> saved = [];
    private string? name, newName, renaming, deleting, message, lastLoaded;
    private bool failed, busy;

    [Inject] private IPipelineStore Store { get; set; } = null!;
    [Inject] private ActionRunner Actions { get; set; } = null!;

    /// <summary>The pipeline to save, or null while a step is not valid.</summary>
    [Parameter] public PipelineSpec? Spec { get; set; }

    /// <summary>Why the pipeline cannot be saved yet, shown when <see cref="Spec"/> is null.</summary>
    [Parameter] public string? Problem { get; set; }

    /// <summary>The dataset the pipeline is built on, saved with it.</summary>
    [Parameter] public string? Dataset { get; set; }

    /// <summary>The label column left out, saved with it.</summary>
    [Parameter] public string? Label { get; set; }

    /// <summary>The name of the pipeline last loaded, offered as the name to save under.</summary>
    [Parameter] public string? LoadedName { get; set; }

    /// <summary>Raised when the student loads a saved pipeline.</summary>
    [Parameter] public EventCallback<SavedPipeline> OnLoad { get; set; }

    protected override async Task OnInitializedAsync() => await RefreshAsync();

    protected override void OnParametersSet()
    {
        if (LoadedName == lastLoaded) return;
        lastLoaded = LoadedName;
        name = LoadedName;
    }

    private async Task RefreshAsync() => saved = await Store.ListAsync();

    private Task SaveAsync() => RunAsync("save a pipeline", async () =>
    {
        var existed = await Store.GetAsync(name!) is not null;
        var p = await Store.SaveAsync(name!.Trim(), Spec!, Dataset, Label);
        return $"Saved '{p.Name}' ({Spec!.Steps.Count} steps){(existed ? ", replacing the earlier version" : "")}.";
    });

    private Task RenameAsync(SavedPipeline p) => RunAsync("rename a pipeline", async () =>
    {
        var renamed = await Store.RenameAsync(p.Name, newName?.Trim() ?? "");
        renaming = null;
        return $"Renamed '{p.Name}' to '{renamed.Name}'.";
    });

    private Task DeleteAsync(SavedPipeline p) => RunAsync("delete a pipeline", async () =>
    {
        await Store.DeleteAsync(p.Name);
        deleting = null;
        return $"Deleted '{p.Name}'.";
    });

    private async Task LoadAsync(SavedPipeline p)
    {
        try { _ = p.Spec; }
        catch (PipelineException e)
        {
            (message, failed) = ($"'{p.Name}' cannot be loaded: {e.Message}", true);
            return;
        }
        (message, failed, name) = ($"Loaded '{p.Name}'.", false, p.Name);
        await OnLoad.InvokeAsync(p);
    }

    private static string Details(SavedPipeline p) =>
        $"{(p.StepCount is { } n ? $"{n} step{(n == 1 ? "" : "s")}" : "unreadable spec")}" +
        (p.Dataset is null ? "" : $" · built on {p.Dataset}") + (p.Label is null ? "" : $" (label {p.Label})") +
        $" · saved {p.Updated.ToLocalTime():yyyy-MM-dd HH:mm}";

    private void StartRename(SavedPipeline p) => (renaming, newName, deleting) = (p.Name, p.Name, null);

    private void StartDelete(SavedPipeline p) => (deleting, renaming) = (p.Name, null);

    // Refusals (bad or taken names) are shown next to the form; anything unexpected goes through the action runner.
    private async Task RunAsync(string what, Func<Task<string>> action)
    {
        busy = true;
        try
        {
            (message, failed) = (await action(), false);
            await RefreshAsync();
        }
        catch (WorkspaceException e) { (message, failed) = (e.Message, true); }
        catch (Exception e) { Actions.Report(what, e); }
        finally { busy = false; }
    }
}
