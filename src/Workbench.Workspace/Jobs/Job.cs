namespace Workbench.Workspace.Jobs;

/// <summary>A job run by <see cref="JobRunner"/>: its state, progress, status and result, updated from its worker thread.</summary>
internal sealed class Job<TResult> : IJob<TResult>, IProgress<double>
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile JobState _state = JobState.Running;
    private double _progress;
    private volatile string? _status;

    public Job(JobOwner owner, string key, string kind, string title, JobLifetime lifetime)
    {
        (Owner, Key, Kind, Title, Lifetime) = (owner, key, kind, title, lifetime);
    }

    public Guid Id { get; } = Guid.NewGuid();

    public JobOwner Owner { get; }

    public string Key { get; }

    public string Kind { get; }

    public string Title { get; }

    public JobLifetime Lifetime { get; }

    public JobState State => _state;

    public double Progress => Volatile.Read(ref _progress);

    public string? Status => _status;

    public string? Error { get; private set; }

    public TResult? Result { get; private set; }

    public Task Completion => _completion.Task;

    public event Action? Changed;

    public CancellationToken Token => _cancellation.Token;

    public void Cancel()
    {
        try { _cancellation.Cancel(); }
        catch (ObjectDisposedException) { /* already finished */ }
    }

    public void Report(double value)
    {
        Volatile.Write(ref _progress, Math.Clamp(value, 0, 1));
        Raise();
    }

    public void SetStatus(string status)
    {
        _status = status;
        Raise();
    }

    /// <summary>Ends the job as Completed with the work's result, which is set before the state is.</summary>
    public void Complete(TResult result)
    {
        Result = result;
        Volatile.Write(ref _progress, 1);
        Finish(JobState.Completed);
    }

    public void Finish(JobState state, string? error = null)
    {
        Error = error;
        _state = state;
        Raise();
        _completion.TrySetResult();
    }

    private void Raise()
    {
        try { Changed?.Invoke(); }
        catch (Exception) { /* A failing subscriber must not fail the job. */ }
    }
}
