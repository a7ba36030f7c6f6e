using Workbench.Ml.Monitoring;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Monitoring;

/// <summary>Loads a registered model and the datasets, replays the stream through <see cref="MonitoringSimulator"/>
/// and stores the report.</summary>
public sealed class MonitoringService(SqliteWorkspace workspace, IDatasetStore datasets, IModelRegistry registry,
    ITrackingStore tracking, ITrainingService training, IJobRunner jobs) : IMonitoringService
{
    private readonly MonitorStore _store = new(workspace);

    /// <inheritdoc />
    public Task<IReadOnlyList<MonitorInfo>> ListAsync(CancellationToken cancellationToken = default) => _store.ListAsync(cancellationToken);

    /// <inheritdoc />
    public Task<MonitorResult?> GetAsync(string name, CancellationToken cancellationToken = default) => _store.GetAsync(name, cancellationToken);

    /// <inheritdoc />
    public async Task<MonitorResult> RunAsync(MonitorRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var name = ValidName(request.Name);
        var version = await registry.ResolveAsync(request.Model, request.VersionOrAlias, cancellationToken);
        var run = await tracking.GetRunAsync(version.RunId, cancellationToken)
            ?? throw new WorkspaceException($"The run {version.RunId} of {request.Model} version {version.Version} no longer exists.");
        var referenceName = request.Reference ?? run.Dataset
            ?? throw new WorkspaceException($"The run {run.Id} does not record its dataset; choose a reference dataset.");
        await RequireDatasetAsync(request.Stream, "stream", cancellationToken);
        await RequireDatasetAsync(referenceName, "reference", cancellationToken);
        var model = await training.LoadModelAsync(version.RunId, cancellationToken);
        progress?.Report(0.05);
        var reference = await datasets.LoadAsync(referenceName, cancellationToken: cancellationToken);
        var stream = await datasets.LoadAsync(request.Stream, cancellationToken: cancellationToken);
        progress?.Report(0.15);
        var scoring = ScaledProgress.Of(progress, 0.15, 0.8);
        var report = await Task.Run(() => MonitoringSimulator.Run(model, reference, stream, request.Options, scoring, cancellationToken), cancellationToken);
        var saved = await _store.SaveAsync(request with { Name = name }, version.Version, version.RunId, referenceName, report, cancellationToken);
        progress?.Report(1);
        return saved;
    }

    /// <inheritdoc />
    public IJob Start(MonitorRequest request) =>
        jobs.Start("monitor:" + request.Name, "monitor", $"Monitoring {request.Model}@{request.VersionOrAlias} on {request.Stream}",
            context => RunAsync(request, context.Progress, context.CancellationToken));

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!await _store.DeleteAsync(name, cancellationToken))
            throw new WorkspaceException($"There is no monitor named '{name}'.");
    }

    private async Task RequireDatasetAsync(string name, string role, CancellationToken ct)
    {
        if (await datasets.GetAsync(name, ct) is null)
            throw new WorkspaceException($"There is no dataset '{name}' to use as the {role}; import or generate it first.");
    }

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 100)
            throw new WorkspaceException("Give the monitor a name of 1 to 100 characters.");
        return trimmed;
    }
}
