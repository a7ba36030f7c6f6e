using Workbench.Workspace.Jobs;

namespace Workbench.Web.Datasets;

/// <summary>Follows background jobs for one component: re-renders it on every change and unsubscribes on dispose.</summary>
/// <remarks>Job events fire on a worker thread, so <c>refresh</c> must marshal (a component passes
/// <c>() =&gt; InvokeAsync(StateHasChanged)</c>).</remarks>
public sealed class JobTracker(Func<Task> refresh) : IDisposable
{
    private IJob? job;

    /// <summary>The job followed now, if any.</summary>
    public IJob? Job => job;

    /// <summary>True while the followed job runs.</summary>
    public bool IsRunning => job?.State == JobState.Running;

    /// <summary>Follows <paramref name="next"/> (dropping the previous job) and waits until it ends in any state.</summary>
    public async Task<JobState> RunAsync(IJob next)
    {
        Follow(next);
        try { await next.Completion; }
        catch (Exception) { /* the job's State and Error say what happened */ }
        await refresh();
        return next.State;
    }

    /// <summary>Starts following a job without waiting for it.</summary>
    public void Follow(IJob next)
    {
        Unsubscribe();
        job = next;
        job.Changed += OnChanged;
    }

    /// <summary>Stops following and forgets the job.</summary>
    public void Clear()
    {
        Unsubscribe();
        job = null;
    }

    /// <summary>Unsubscribes from the job's events.</summary>
    public void Dispose() => Unsubscribe();

    private void Unsubscribe()
    {
        if (job is not null) job.Changed -= OnChanged;
    }

    private void OnChanged() => _ = refresh();
}
