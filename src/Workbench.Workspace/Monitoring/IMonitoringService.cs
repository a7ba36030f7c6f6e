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

    /// <summary>Runs <see cref="RunAsync"/> as a background job of <paramref name="owner"/>, kept when its page is left
    /// (the monitor's batches are stored as they are scored).</summary>
    IJob<MonitorResult> Start(MonitorRequest request, JobOwner owner);

    /// <summary>What an earlier instructor demo left in the workspace (datasets, champion model, monitor).</summary>
    Task<MonitoringDemoStatus> GetDemoStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>The one-click instructor demo: writes the loan stream and reference scenarios, trains LightGbm on the
    /// reference and registers it as loan-default@champion, then runs the monthly monitor with labels one month late.
    /// Reuses existing datasets and model unless <see cref="MonitoringDemoRequest.Replace"/>; reports each step to
    /// <paramref name="status"/>.</summary>
    /// <exception cref="WorkspaceException">A dataset with a demo name exists but is not a loan scenario (and Replace is off).</exception>
    /// <exception cref="Workbench.Ml.Monitoring.MonitoringException">A size is too small.</exception>
    Task<MonitoringDemoResult> RunDemoAsync(MonitoringDemoRequest request, IProgress<double>? progress = null,
        Action<string>? status = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <see cref="RunDemoAsync"/> as a background job of <paramref name="owner"/> with progress, step
    /// text and cancel, kept when its page is left; the job's result is the demo's.</summary>
    IJob<MonitoringDemoResult> StartDemo(MonitoringDemoRequest request, JobOwner owner);

    /// <summary>Deletes a stored monitor.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
