namespace Workbench.Workspace.Jobs;

/// <summary>The jobs of one owner, as a host's scope sees them: the web host makes one per circuit, so every
/// component of a browser tab starts and lists its jobs as that tab's owner.</summary>
/// <remarks>Disposing the scope (the circuit ends) makes the runner forget the owner's finished jobs when the owner
/// is a circuit; a signed-in user's jobs outlive any one of the user's tabs.</remarks>
public sealed class JobScope(IJobRunner runner, JobOwner owner) : IDisposable
{
    /// <summary>Whose jobs these are.</summary>
    public JobOwner Owner { get; } = owner ?? throw new ArgumentNullException(nameof(owner));

    /// <summary>The runner the jobs run on.</summary>
    public IJobRunner Runner { get; } = runner ?? throw new ArgumentNullException(nameof(runner));

    /// <summary>The owner's jobs still running or finished lately, newest first.</summary>
    public IReadOnlyList<IJob> Recent => Runner.RecentFor(Owner);

    /// <summary>Starts the owner's work; see <see cref="IJobRunner.Start{TResult}"/>.</summary>
    public IJob<TResult> Start<TResult>(string key, string kind, string title, Func<JobContext, Task<TResult>> work,
        JobLifetime lifetime = JobLifetime.Page) => Runner.Start(Owner, key, kind, title, work, lifetime);

    /// <summary>Starts the owner's work that returns nothing; see <see cref="IJobRunner.Start"/>.</summary>
    public IJob Start(string key, string kind, string title, Func<JobContext, Task> work, JobLifetime lifetime = JobLifetime.Page) =>
        Runner.Start(Owner, key, kind, title, work, lifetime);

    /// <inheritdoc />
    public void Dispose()
    {
        if (Owner.IsCircuit) Runner.Forget(Owner);
    }
}
