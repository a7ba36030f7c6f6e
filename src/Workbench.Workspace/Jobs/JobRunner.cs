using Microsoft.Extensions.Logging;

namespace Workbench.Workspace.Jobs;

/// <summary>Runs jobs in memory on the thread pool with progress, status and cancellation; a new job cancels the same
/// owner's running job with the same key; failures become <see cref="JobState.Failed"/> with the message, and are logged.</summary>
public sealed class JobRunner(ILogger<JobRunner> logger) : IJobRunner
{
    /// <summary>Finished jobs kept per owner in <see cref="RecentFor"/>.</summary>
    public const int MaxRecent = 50;

    private readonly object _gate = new();
    private readonly Dictionary<JobOwner, LinkedList<IJob>> _byOwner = [];
    private readonly Dictionary<string, Shared> _shared = [];

    /// <summary>A computation several owners follow, and how many of them still want it.</summary>
    private sealed class Shared(IJob job)
    {
        public IJob Job { get; } = job;
        public int Interests { get; set; }
    }

    /// <inheritdoc />
    public IReadOnlyList<IJob> RecentFor(JobOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        lock (_gate) return _byOwner.TryGetValue(owner, out var jobs) ? jobs.ToList() : [];
    }

    /// <inheritdoc />
    public void Forget(JobOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        List<IJob> running;
        lock (_gate)
        {
            if (!_byOwner.TryGetValue(owner, out var jobs)) return;
            running = jobs.Where(j => j.State == JobState.Running).ToList();
            foreach (var job in jobs.Except(running).ToList()) jobs.Remove(job);
            if (jobs.Count == 0) _byOwner.Remove(owner);
        }
        // A kept job (a training run) goes on; it is dropped from the list once it ends.
        foreach (var job in running)
            _ = job.Completion.ContinueWith(_ => Remove(job), TaskScheduler.Default);
    }

    private void Remove(IJob job)
    {
        lock (_gate)
        {
            if (!_byOwner.TryGetValue(job.Owner, out var jobs)) return;
            jobs.Remove(job);
            if (jobs.Count == 0) _byOwner.Remove(job.Owner);
        }
    }

    /// <inheritdoc />
    public IJob<TResult> Start<TResult>(JobOwner owner, string key, string kind, string title,
        Func<JobContext, Task<TResult>> work, JobLifetime lifetime = JobLifetime.Page)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(work);
        var job = new Job<TResult>(owner, key, kind, title, lifetime);
        lock (_gate) Add(job);
        _ = Task.Run(() => RunAsync(job, work));
        return job;
    }

    /// <inheritdoc />
    public IJob Start(JobOwner owner, string key, string kind, string title, Func<JobContext, Task> work,
        JobLifetime lifetime = JobLifetime.Page)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Start(owner, key, kind, title, async context =>
        {
            await work(context).ConfigureAwait(false);
            return true;
        }, lifetime);
    }

    /// <inheritdoc />
    public IJob<TResult> Share<TResult>(JobOwner owner, string key, string kind, string title, Func<JobContext, Task<TResult>> work)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(work);
        Job<TResult>? started = null;
        JobInterest<TResult> interest;
        lock (_gate)
        {
            if (_shared.TryGetValue(key, out var shared) && shared.Job is Job<TResult> running && running.State == JobState.Running)
            {
                if (_byOwner.TryGetValue(owner, out var mine) && mine.OfType<JobInterest<TResult>>()
                        .FirstOrDefault(i => ReferenceEquals(i.Shared, running) && i.State == JobState.Running) is { } existing)
                    return existing;
            }
            else
            {
                running = started = new Job<TResult>(owner, key, kind, title, JobLifetime.Page);
                shared = new Shared(started);
                _shared[key] = shared;
            }
            shared.Interests++;
            interest = new JobInterest<TResult>(owner, running, Withdraw);
            Add(interest);
        }
        if (started is not null)
        {
            _ = Task.Run(() => RunAsync(started, work));
            _ = started.Completion.ContinueWith(_ => { lock (_gate) if (_shared.TryGetValue(key, out var s) && s.Job == started) _shared.Remove(key); },
                TaskScheduler.Default);
        }
        return interest;
    }

    private void Withdraw<TResult>(JobInterest<TResult> interest)
    {
        lock (_gate)
        {
            if (!_shared.TryGetValue(interest.Key, out var shared) || !ReferenceEquals(shared.Job, interest.Shared)) return;
            if (--shared.Interests > 0) return;
            _shared.Remove(interest.Key);
        }
        logger.LogInformation("Cancelling shared job {Title} ({Kind}): no one wants its result any more", interest.Title, interest.Kind);
        interest.Shared.Cancel();
    }

    /// <summary>Adds a job to its owner's list, cancelling the owner's running job with the same key; called under the lock.</summary>
    private void Add(IJob job)
    {
        if (!_byOwner.TryGetValue(job.Owner, out var jobs))
            _byOwner[job.Owner] = jobs = new LinkedList<IJob>();
        foreach (var running in jobs.Where(j => j.Key == job.Key && j.State == JobState.Running).ToList())
        {
            logger.LogInformation("Cancelling job {Title} ({Kind}): a newer job with the same key started", running.Title, running.Kind);
            running.Cancel();
        }
        jobs.AddFirst(job);
        while (jobs.Count > MaxRecent && jobs.Reverse().FirstOrDefault(j => j.State != JobState.Running) is { } old)
            jobs.Remove(old);
    }

    private async Task RunAsync<TResult>(Job<TResult> job, Func<JobContext, Task<TResult>> work)
    {
        try
        {
            var result = await work(new JobContext(job, job.SetStatus, job.Token)).ConfigureAwait(false);
            job.Complete(result);
        }
        catch (OperationCanceledException) when (job.Token.IsCancellationRequested)
        {
            logger.LogInformation("Job {Title} ({Kind}) was cancelled", job.Title, job.Kind);
            job.Finish(JobState.Canceled);
        }
        catch (Exception e)
        {
            if (e is WorkspaceException or Workbench.Ml.Data.DataImportException)
                logger.LogWarning("Job {Title} ({Kind}) was refused: {Message}", job.Title, job.Kind, e.Message);
            else
                logger.LogError(e, "Job {Title} ({Kind}) failed: {Message}", job.Title, job.Kind, e.Message);
            job.Finish(JobState.Failed, e.Message);
        }
    }
}
