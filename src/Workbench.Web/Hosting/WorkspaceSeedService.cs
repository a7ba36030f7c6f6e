using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Hosting;

/// <summary>Installs the small built-in datasets into an empty workspace before the app starts listening, so the
/// first page opens on real data, and marks runs cut off by an earlier server process as Interrupted. A failure is
/// logged and the app starts anyway.</summary>
public sealed class WorkspaceSeedService(IDatasetStore store, ITrackingStore tracking, ILogger<WorkspaceSeedService> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var installed = await WorkspaceSeeder.SeedAsync(store, cancellationToken: cancellationToken);
            if (installed.Count > 0)
                logger.LogInformation("Installed the built-in datasets {Datasets} into the new workspace", string.Join(", ", installed));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not install the built-in datasets; the workbench starts without them");
        }
        try
        {
            var interrupted = await tracking.MarkInterruptedAsync(cancellationToken);
            if (interrupted > 0)
                logger.LogWarning("Marked {Runs} runs as Interrupted: the process that ran them stopped before they ended", interrupted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not mark interrupted runs; they stay Running in the runs list");
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
