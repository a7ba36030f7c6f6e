using Workbench.Workspace;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Hosting;

/// <summary>Opens the workspace before the app starts listening: checks and migrates the file, installs the small
/// built-in datasets into an empty workspace so the first page opens on real data, and marks runs cut off by a process
/// that is gone as Interrupted.</summary>
/// <remarks>A workspace that cannot be used (a newer schema, not a database, read-only, busy, ...) is reported in one
/// log line without a stack trace, every request is answered with that message, and the app stops with exit code 2
/// (4 when the workspace is busy); the file is left unchanged. Failing to seed or to mark runs is only logged.</remarks>
public sealed class WorkspaceStartupService(IServiceProvider services, WorkspaceStartupState state,
    IHostApplicationLifetime lifetime, ILogger<WorkspaceStartupService> logger) : IHostedService
{
    /// <summary>The process exit code when the workspace cannot be used.</summary>
    public const int UnusableExitCode = 2;

    /// <summary>The process exit code when another process kept the workspace locked.</summary>
    public const int BusyExitCode = 4;

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var workspace = services.GetRequiredService<SqliteWorkspace>();
        try
        {
            var version = services.OpenWorkbenchWorkspace().Migrate();
            logger.LogInformation("Opened the workspace {Path} (schema version {Version})", workspace.Path, version);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var busy = WorkspaceErrors.IsBusy(e);
            var message = e is WorkspaceException or WorkspaceBusyException ? e.Message
                : $"The workspace '{workspace.Path}' could not be opened ({e.GetType().Name}: {e.Message.TrimEnd('.')}).";
            state.Fail(message, busy ? BusyExitCode : UnusableExitCode);
            // The message says what to do; a stack trace would only hide it.
            logger.LogCritical("The workbench cannot start: {Reason}", message);
            // Stopping while the host is still starting cancels the server's start, which the host reports as an
            // unhandled exception; stopping right after it started ends the app cleanly.
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
            return;
        }
        try
        {
            var installed = await WorkspaceSeeder.SeedAsync(services.GetRequiredService<IDatasetStore>(), cancellationToken: cancellationToken);
            if (installed.Count > 0)
                logger.LogInformation("Installed the built-in datasets {Datasets} into the new workspace", string.Join(", ", installed));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not install the built-in datasets; the workbench starts without them");
        }
        try
        {
            var interrupted = await services.GetRequiredService<ITrackingStore>().MarkInterruptedAsync(cancellationToken);
            if (interrupted > 0)
                logger.LogWarning("Marked {Runs} runs as Interrupted: the process that ran them stopped before they ended", interrupted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not mark interrupted runs; the runs list marks them when it next reads");
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Why the workspace could not be opened at start-up, or null while it is fine.</summary>
public sealed class WorkspaceStartupState
{
    /// <summary>The message for the user, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The exit code the app ends with: 0, or the failure's code.</summary>
    public int ExitCode { get; private set; }

    /// <summary>Records the start-up failure and the exit code it calls for.</summary>
    public void Fail(string message, int exitCode)
    {
        Failure = message;
        ExitCode = exitCode;
    }
}
