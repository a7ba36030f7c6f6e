using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Hosting;

/// <summary>Installs the small built-in datasets into an empty workspace before the app starts listening, so the
/// first page opens on real data. A failure is logged and the app starts anyway.</summary>
public sealed class WorkspaceSeedService(IDatasetStore store, ILogger<WorkspaceSeedService> logger) : IHostedService
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
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
