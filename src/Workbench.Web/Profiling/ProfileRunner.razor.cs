using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Ml.Profiling;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Profiling;

namespace Workbench.Web.Profiling;

/// <summary>Gets a dataset's profile: from the cache at once, else by a background job the student can cancel.
/// A profiling job already running for the dataset is followed rather than started again.</summary>
public partial class ProfileRunner
{
    private IJob? job;
    private DatasetProfile? profile;
    private string? shownFor;
    private string? message;
    private Severity severity = Severity.Info;

    [Inject] private IProfileService Profiles { get; set; } = null!;
    [Inject] private IJobRunner Jobs { get; set; } = null!;

    /// <summary>The dataset to profile.</summary>
    [Parameter, EditorRequired] public string DatasetName { get; set; } = "";

    /// <summary>Whether to start profiling at once when no cached profile exists.</summary>
    [Parameter] public bool AutoStart { get; set; } = true;

    /// <summary>Raised when the profile is available.</summary>
    [Parameter] public EventCallback<DatasetProfile> OnProfiled { get; set; }

    private string Title => $"Profiling {DatasetName}";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (shownFor == DatasetName) return;
        shownFor = DatasetName;
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
        var started = Jobs.Recent.FirstOrDefault(j => j.Kind == "profile" && j.Title == Title && j.State == JobState.Running)
            ?? Jobs.Start($"profile:{name}", "profile", Title, async ctx =>
                await Profiles.GetOrComputeAsync(name, ctx.Progress, ctx.CancellationToken));
        job = started;
        StateHasChanged(); // also started from OnParametersSetAsync, where no render follows by itself
        await started.Completion;
        if (name != DatasetName) return;
        if (started.State == JobState.Completed)
            profile = await Profiles.GetCachedAsync(name);
        else
            (message, severity) = started.State == JobState.Canceled
                ? ("Profiling was cancelled. Start it again when you are ready.", Severity.Info)
                : ($"Profiling '{name}' failed. {started.Error}", Severity.Error);
        StateHasChanged();
        if (profile is not null) await OnProfiled.InvokeAsync(profile);
    }
}
