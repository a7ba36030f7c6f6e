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

    /// <summary>Kind of work, e.g. "import", "profile".</summary>
    string Kind { get; }

    /// <summary>Text for the user, e.g. "Profiling penguins".</summary>
    string Title { get; }

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

/// <summary>Runs work off the Blazor circuit with progress and cancellation. Starting a job with the same key as a
/// running one cancels the running one first (Orange's rule).</summary>
public interface IJobRunner
{
    /// <summary>Starts work in the background and returns at once.</summary>
    /// <param name="key">Identifies "the same work" (e.g. "profile:penguins"); a running job with this key is cancelled.</param>
    IJob Start(string key, string kind, string title, Func<JobContext, Task> work);

    /// <summary>Jobs still running or finished in the last minutes, newest first.</summary>
    IReadOnlyList<IJob> Recent { get; }
}
