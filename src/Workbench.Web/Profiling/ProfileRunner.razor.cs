using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Ml.Profiling;
using Workbench.Web.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Profiling;

namespace Workbench.Web.Profiling;

/// <summary>Gets a dataset's profile: from the cache at once, else by a background job the student can cancel.
/// A profiling job already running for the dataset is followed rather than started again.</summary>
public partial class ProfileRunner : IDisposable
{
    private JobTracker tracker = null!;
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
    protected override void OnInitialized() => tracker = new JobTracker(() => InvokeAsync(StateHasChanged));

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        if (shownFor == DatasetName) return;
        shownFor = DatasetName;
        tracker.Clear();
        message = null;
        profile = await Profiles.GetCachedAsync(DatasetName);
        if (profile is not null) await OnProfiled.InvokeAsync(profile);
        else if (AutoStart) _ = InvokeAsync(StartAsync);
    }

    private async Task StartAsync()
    {
        message = null;
        var name = DatasetName;
        var job = Jobs.Recent.FirstOrDefault(j => j.Kind == "profile" && j.Title == Title && j.State == JobState.Running)
            ?? Jobs.Start($"profile:{name}", "profile", Title, async ctx =>
                await Profiles.GetOrComputeAsync(name, ctx.Progress, ctx.CancellationToken));
        var state = await tracker.RunAsync(job);
        if (name != DatasetName) return;
        if (state == JobState.Completed)
        {
            profile = await Profiles.GetCachedAsync(name);
            if (profile is not null) await OnProfiled.InvokeAsync(profile);
            return;
        }
        (message, severity) = state == JobState.Canceled
            ? ("Profiling was cancelled. Start it again when you are ready.", Severity.Info)
            : ($"Profiling '{name}' failed. {job.Error}", Severity.Error);
    }

    /// <inheritdoc />
    public void Dispose() => tracker.Dispose();
}
