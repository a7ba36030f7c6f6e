using Microsoft.AspNetCore.Components;
using MudBlazor;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Shared;

/// <summary>Progress bar, status line and Cancel button of a background job, following its Changed event.</summary>
public partial class JobProgress : IDisposable
{
    private IJob? subscribed;
    private bool finishNotified;

    /// <summary>The job to follow, or null for nothing.</summary>
    [Parameter] public IJob? Job { get; set; }

    /// <summary>Called once, on the circuit, when the job ends in any state.</summary>
    [Parameter] public EventCallback<IJob> OnFinished { get; set; }

    /// <summary>Whether to show the error of a failed job here (off when the caller shows it its own way).</summary>
    [Parameter] public bool ShowError { get; set; } = true;

    /// <summary>Optional element id, for tests; the Cancel button gets this id with "-cancel" appended.</summary>
    [Parameter] public string? Id { get; set; }

    private string StateText => Job!.State switch
    {
        JobState.Running => Job.Status ?? "running",
        JobState.Completed => "done",
        JobState.Canceled => "cancelled",
        _ => "failed",
    };

    private Color BarColor => Job!.State switch
    {
        JobState.Failed => Color.Error,
        JobState.Canceled => Color.Warning,
        JobState.Completed => Color.Success,
        _ => Color.Primary,
    };

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(subscribed, Job))
            return;
        Unsubscribe();
        subscribed = Job;
        finishNotified = false;
        if (Job is null)
            return;
        Job.Changed += OnChanged;
        if (Job.State != JobState.Running)
            OnChanged();
    }

    // Changed fires on a worker thread: marshal to the circuit before rendering.
    private void OnChanged()
    {
        var job = subscribed;
        _ = InvokeAsync(async () =>
        {
            StateHasChanged();
            if (job is not null && job.State != JobState.Running && ReferenceEquals(job, subscribed) && !finishNotified)
            {
                finishNotified = true;
                await OnFinished.InvokeAsync(job);
            }
        });
    }

    private void Unsubscribe()
    {
        if (subscribed is not null)
            subscribed.Changed -= OnChanged;
        subscribed = null;
    }

    /// <inheritdoc />
    public void Dispose() => Unsubscribe();
}
