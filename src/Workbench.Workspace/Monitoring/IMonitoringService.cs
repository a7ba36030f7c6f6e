using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Monitoring;

/// <summary>Runs monitors (a registered model over a dataset replayed in batches) and keeps their reports in the workspace.</summary>
public interface IMonitoringService
{
    /// <summary>Every stored monitor, newest first.</summary>
    Task<IReadOnlyList<MonitorInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>A stored monitor with its report, or null.</summary>
    Task<MonitorResult?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Runs a monitor now and stores it (replacing a monitor of the same name).</summary>
    /// <exception cref="WorkspaceException">Unknown model, version, alias or dataset; nothing is stored.</exception>
    /// <exception cref="Workbench.Ml.Monitoring.MonitoringException">The settings do not fit the model or the data; nothing is stored.</exception>
    Task<MonitorResult> RunAsync(MonitorRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <see cref="RunAsync"/> as a background job.</summary>
    IJob Start(MonitorRequest request);

    /// <summary>Deletes a stored monitor.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
