using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Ml.Profiling;
using Workbench.Web.Shared;
using Workbench.Workspace;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Profiling;

namespace Workbench.Web.Profiling;

/// <summary>Gets a dataset's profile: from the cache at once, else by a background computation shared with every tab
/// that profiles the same dataset version. Cancel, or leaving the page, withdraws only this tab's interest in it.</summary>
public partial class ProfileRunner
{
    private IJob<DatasetProfile>? job;
    private DatasetProfile? profile;
    private string? shownFor;
    private string? message;
    private Severity severity = Severity.Info;

    [Inject] private IProfileService Profiles { get; set; } = null!;

    /// <summary>The dataset to profile.</summary>
    [Parameter, EditorRequired] public string DatasetName { get; set; } = "";

    /// <summary>Whether to start profiling at once when no cached profile exists.</summary>
    [Parameter] public bool AutoStart { get; set; } = true;

    /// <summary>Raised when the profile is available.</summary>
    [Parameter] public EventCallback<DatasetProfile> OnProfiled { get; set; }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (shownFor == DatasetName) return;
        shownFor = DatasetName;
        if (job?.State == JobState.Running) job.Cancel(); // this tab no longer wants the other dataset's profile
        job = null;
        message = null;
        profile = await Profiles.GetCachedAsync(DatasetName);
        if (profile is not null) await OnProfiled.InvokeAsync(profile);
        else if (AutoStart) _ = InvokeAsync(StartAsync);
    }

    private async Task StartAsync()
    {
        message = null;
        var name = DatasetName;
        IJob<DatasetProfile> started;
        try
        {
            started = Follow(await Profiles.StartAsync(name, JobOwner));
        }
        catch (WorkspaceException e)
        {
            (message, severity) = ($"Profiling '{name}' failed. {e.Message}", Severity.Error);
            StateHasChanged();
            return;
        }
        if (name != DatasetName) { started.Cancel(); return; }
        job = started;
        StateHasChanged(); // also started from OnParametersSetAsync, where no render follows by itself
        await started.Completion;
        if (name != DatasetName) return;
        if (started.State == JobState.Completed)
            profile = started.Result;
        else
            (message, severity) = started.State == JobState.Canceled
                ? ("Profiling was cancelled. Start it again when you are ready.", Severity.Info)
                : ($"Profiling '{name}' failed. {started.Error}", Severity.Error);
        StateHasChanged();
        if (profile is not null) await OnProfiled.InvokeAsync(profile);
    }
}
