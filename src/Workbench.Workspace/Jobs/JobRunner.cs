using Microsoft.Extensions.Logging;

namespace Workbench.Workspace.Jobs;

/// <summary>Runs jobs in memory on the thread pool with progress, status and cancellation; a new job cancels a running
/// job with the same key; failures become <see cref="JobState.Failed"/> with the message, and are logged.</summary>
public sealed class JobRunner(ILogger<JobRunner> logger) : IJobRunner
{
    /// <summary>Finished jobs kept in <see cref="Recent"/>.</summary>
    public const int MaxRecent = 50;

    private readonly object _gate = new();
    private readonly LinkedList<Job> _jobs = new();

    /// <inheritdoc />
    public IReadOnlyList<IJob> Recent
    {
        get { lock (_gate) return _jobs.ToList<IJob>(); }
    }

    /// <inheritdoc />
    public IJob Start(string key, string kind, string title, Func<JobContext, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var job = new Job(key, kind, title);
        lock (_gate)
        {
            foreach (var running in _jobs.Where(j => j.Key == key && j.State == JobState.Running))
            {
                logger.LogInformation("Cancelling job {Title} ({Kind}): a newer job with the same key started", running.Title, running.Kind);
                running.Cancel();
            }
            _jobs.AddFirst(job);
            while (_jobs.Count > MaxRecent && _jobs.Reverse().FirstOrDefault(j => j.State != JobState.Running) is { } old)
                _jobs.Remove(old);
        }
        _ = Task.Run(() => RunAsync(job, work));
        return job;
    }

    private async Task RunAsync(Job job, Func<JobContext, Task> work)
    {
        try
        {
            await work(new JobContext(job, job.SetStatus, job.Token)).ConfigureAwait(false);
            job.Finish(JobState.Completed);
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
