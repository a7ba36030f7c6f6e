using Microsoft.AspNetCore.Components;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Shared;

/// <summary>A component that runs background jobs as its circuit's owner: it starts them through the circuit's
/// <see cref="JobScope"/>, renders again (on the circuit) when one ends, and cancels its page jobs when it is disposed,
/// so leaving a page stops work only that page wanted. Kept jobs (a training run) go on.</summary>
public abstract class JobComponent : ComponentBase, IDisposable
{
    private readonly Dictionary<IJob, Action> followed = [];
    private bool disposed;

    [Inject] private JobScope Scope { get; set; } = null!;

    /// <summary>Whose jobs this component starts: the circuit's owner, to pass to services that start jobs.</summary>
    protected JobOwner JobOwner => Scope.Owner;

    /// <summary>Starts work as the owner's job and follows it; the owner's running job with the same key is cancelled.</summary>
    protected IJob<TResult> StartJob<TResult>(string key, string kind, string title, Func<JobContext, Task<TResult>> work,
        JobLifetime lifetime = JobLifetime.Page) => Follow(Scope.Start(key, kind, title, work, lifetime));

    /// <summary>Starts work that returns nothing; otherwise as <see cref="StartJob{TResult}"/>.</summary>
    protected IJob StartJob(string key, string kind, string title, Func<JobContext, Task> work, JobLifetime lifetime = JobLifetime.Page) =>
        Follow(Scope.Start(key, kind, title, work, lifetime));

    /// <summary>Follows a job a service started: renders again when it ends, and cancels it on dispose unless it is kept.</summary>
    protected TJob Follow<TJob>(TJob job) where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(job);
        if (disposed)
        {
            CancelIfPageJob(job);
            return job;
        }
        if (followed.ContainsKey(job)) return job;
        void OnChanged()
        {
            if (job.State == JobState.Running) return;
            // Changed fires on the job's thread: marshal to the circuit.
            _ = InvokeAsync(() =>
            {
                if (!Unfollow(job) || disposed) return;
                StateHasChanged();
            });
        }
        followed[job] = OnChanged;
        job.Changed += OnChanged;
        if (job.State != JobState.Running) OnChanged();
        return job;
    }

    private bool Unfollow(IJob job)
    {
        if (!followed.Remove(job, out var handler)) return false;
        job.Changed -= handler;
        return true;
    }

    private static void CancelIfPageJob(IJob job)
    {
        if (job.State == JobState.Running && job.Lifetime == JobLifetime.Page) job.Cancel();
    }

    /// <summary>Stops following the jobs and cancels the running page jobs.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposed || !disposing) return;
        disposed = true;
        foreach (var job in followed.Keys.ToList())
        {
            Unfollow(job);
            CancelIfPageJob(job);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }
}
