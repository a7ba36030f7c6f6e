namespace Workbench.Workspace.Jobs;

/// <summary>One owner's interest in a computation shared by several owners: it mirrors the computation's progress and
/// outcome, and its <see cref="Cancel"/> withdraws only this interest.</summary>
internal sealed class JobInterest<TResult> : IJob<TResult>
{
    private readonly Job<TResult> _shared;
    private readonly Action<JobInterest<TResult>> _withdraw;
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _gate = new();
    private bool _withdrawn;

    public JobInterest(JobOwner owner, Job<TResult> shared, Action<JobInterest<TResult>> withdraw)
    {
        (Owner, _shared, _withdraw) = (owner, shared, withdraw);
        _shared.Changed += OnShared;
        if (_shared.State != JobState.Running) OnShared();
    }

    public Guid Id { get; } = Guid.NewGuid();

    public JobOwner Owner { get; }

    /// <summary>The shared computation this interest follows.</summary>
    public Job<TResult> Shared => _shared;

    public string Key => _shared.Key;

    public string Kind => _shared.Kind;

    public string Title => _shared.Title;

    public JobLifetime Lifetime => JobLifetime.Page;

    public JobState State
    {
        get { lock (_gate) return _withdrawn ? JobState.Canceled : _shared.State; }
    }

    public double Progress => _shared.Progress;

    public string? Status => _shared.Status;

    public string? Error => State == JobState.Failed ? _shared.Error : null;

    public TResult? Result => State == JobState.Completed ? _shared.Result : default;

    public Task Completion => _completion.Task;

    public event Action? Changed;

    /// <summary>Withdraws this owner's interest; the shared computation goes on while another owner still wants it.</summary>
    public void Cancel()
    {
        lock (_gate)
        {
            if (_withdrawn || _shared.State != JobState.Running) return;
            _withdrawn = true;
        }
        _shared.Changed -= OnShared;
        _withdraw(this);
        Raise();
        _completion.TrySetResult();
    }

    private void OnShared()
    {
        Raise();
        if (_shared.State == JobState.Running) return;
        _shared.Changed -= OnShared;
        _completion.TrySetResult();
    }

    private void Raise()
    {
        try { Changed?.Invoke(); }
        catch (Exception) { /* A failing subscriber must not fail the job. */ }
    }
}
