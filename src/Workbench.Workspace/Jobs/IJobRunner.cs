namespace Workbench.Workspace.Jobs;

/// <summary>The state of a background job.</summary>
public enum JobState
{
    Running,
    Completed,
    Failed,
    Canceled,
}

/// <summary>What a job's work receives: where to report progress, and the token that cancels it.</summary>
public sealed record JobContext(IProgress<double> Progress, Action<string> Status, CancellationToken CancellationToken);

/// <summary>A job started in the background. Its events fire on a worker thread: components marshal with InvokeAsync.</summary>
public interface IJob
{
    /// <summary>Unique id.</summary>
    Guid Id { get; }

    /// <summary>Whose job this is.</summary>
    JobOwner Owner { get; }

    /// <summary>Identifies "the same work" within the owner's jobs, e.g. "profile:penguins".</summary>
    string Key { get; }

    /// <summary>Kind of work, e.g. "import", "profile".</summary>
    string Kind { get; }

    /// <summary>Text for the user, e.g. "Profiling penguins".</summary>
    string Title { get; }

    /// <summary>Whether leaving the page that started the job cancels it.</summary>
    JobLifetime Lifetime { get; }

    /// <summary>Current state.</summary>
    JobState State { get; }

    /// <summary>Fraction done, 0..1.</summary>
    double Progress { get; }

    /// <summary>The latest status line.</summary>
    string? Status { get; }

    /// <summary>The error message when <see cref="State"/> is Failed.</summary>
    string? Error { get; }

    /// <summary>Completes when the job ends in any state.</summary>
    Task Completion { get; }

    /// <summary>Raised on progress, status and state changes.</summary>
    event Action? Changed;

    /// <summary>Requests cancellation.</summary>
    void Cancel();
}

/// <summary>A background job whose work returns a value.</summary>
/// <typeparam name="TResult">What the work returns.</typeparam>
public interface IJob<out TResult> : IJob
{
    /// <summary>The work's result once <see cref="IJob.State"/> is Completed; default before, and after a failure or cancel.</summary>
    TResult? Result { get; }
}

/// <summary>Runs work off the Blazor circuit with progress and cancellation. Keys are scoped to the job's owner:
/// starting a job with the same owner and key as a running one cancels the running one first (Orange's rule), and
/// other owners' jobs are never touched.</summary>
public interface IJobRunner
{
    /// <summary>Starts work in the background and returns at once; the job's <see cref="IJob{TResult}.Result"/> is what
    /// the work returns.</summary>
    /// <param name="owner">Whose job it is.</param>
    /// <param name="key">Identifies "the same work" among the owner's jobs (e.g. "drift"); the owner's running job with
    /// this key is cancelled.</param>
    /// <param name="lifetime">Whether the page that starts the job may cancel it when it is left.</param>
    IJob<TResult> Start<TResult>(JobOwner owner, string key, string kind, string title, Func<JobContext, Task<TResult>> work,
        JobLifetime lifetime = JobLifetime.Page);

    /// <summary>Starts work that returns nothing; otherwise as <see cref="Start{TResult}"/>.</summary>
    IJob Start(JobOwner owner, string key, string kind, string title, Func<JobContext, Task> work,
        JobLifetime lifetime = JobLifetime.Page);

    /// <summary>Joins a computation shared by every owner that wants the same result (a dataset's profile), starting
    /// it when none is running. The returned job is the owner's interest in it: cancelling it withdraws only that
    /// interest, and the computation is cancelled once no owner wants it any more.</summary>
    /// <param name="key">Identifies the shared result across owners, e.g. "profile:penguins".</param>
    /// <remarks>An owner that already follows the running computation gets its existing interest back.</remarks>
    IJob<TResult> Share<TResult>(JobOwner owner, string key, string kind, string title, Func<JobContext, Task<TResult>> work);

    /// <summary>The owner's jobs still running or finished lately, newest first.</summary>
    IReadOnlyList<IJob> RecentFor(JobOwner owner);

    /// <summary>Forgets the owner's finished jobs (a closed circuit's); running jobs stay until they end.</summary>
    void Forget(JobOwner owner);
}
