namespace Workbench.Workspace.Jobs;

/// <summary>Whose background work a job is: job keys are scoped to their owner, so two owners starting the same kind of
/// work each get their own job and result.</summary>
/// <remarks>The browser host makes one owner per circuit (a tab); the command line has <see cref="CommandLine"/>. When
/// users sign in, <see cref="ForUser"/> gives the owner that follows the user across tabs.</remarks>
/// <param name="Id">Opaque identity, e.g. "circuit:3f2a…", "user:alice" or "cli".</param>
public sealed record JobOwner(string Id)
{
    /// <summary>The owner of jobs started by the command line.</summary>
    public static JobOwner CommandLine { get; } = new("cli");

    /// <summary>A fresh owner for one browser circuit.</summary>
    public static JobOwner NewCircuit() => new("circuit:" + Guid.NewGuid().ToString("N"));

    /// <summary>The owner for a signed-in user.</summary>
    public static JobOwner ForUser(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new("user:" + userId);
    }

    /// <summary>Whether this owner lives only as long as one circuit (its finished jobs are forgotten when it ends).</summary>
    public bool IsCircuit => Id.StartsWith("circuit:", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>How long a job's work is wanted.</summary>
public enum JobLifetime
{
    /// <summary>Only while the page that started it is open: leaving the page cancels it.</summary>
    Page,

    /// <summary>Until it ends: the user asked for it to be kept (a training run), so leaving the page does not stop it.</summary>
    Kept,
}
