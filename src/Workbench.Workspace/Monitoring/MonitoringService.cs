using Workbench.Ml.Monitoring;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Scenarios;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Monitoring;

/// <summary>Loads a registered model and the datasets, replays the stream through <see cref="MonitoringSimulator"/>
/// and stores the report.</summary>
public sealed class MonitoringService(SqliteWorkspace workspace, IDatasetStore datasets, IModelRegistry registry,
    ITrackingStore tracking, ITrainingService training, IScenarioService scenarios, IJobRunner jobs) : IMonitoringService
{
    private readonly MonitorStore _store = new(workspace);
    private MonitoringDemo Demo => new(datasets, scenarios, training, registry, tracking, this);

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
        var options = await WithExpectedPerformanceAsync(request.Options, run, referenceName, model.Task, cancellationToken);
        var scoring = ScaledProgress.Of(progress, 0.15, 0.8);
        var report = await Task.Run(() => MonitoringSimulator.Run(model, reference, stream, options, scoring, cancellationToken), cancellationToken);
        var saved = await _store.SaveAsync(request with { Name = name, Options = options }, version.Version, version.RunId, referenceName, report, cancellationToken);
        progress?.Report(1);
        return saved;
    }

    /// <inheritdoc />
    public IJob<MonitorResult> Start(MonitorRequest request, JobOwner owner) =>
        jobs.Start(owner, "monitor:" + request.Name, "monitor", $"Monitoring {request.Model}@{request.VersionOrAlias} on {request.Stream}",
            context => RunAsync(request, context.Progress, context.CancellationToken), JobLifetime.Kept);

    /// <inheritdoc />
    public Task<MonitoringDemoStatus> GetDemoStatusAsync(CancellationToken cancellationToken = default) => Demo.StatusAsync(cancellationToken);

    /// <inheritdoc />
    public Task<MonitoringDemoResult> RunDemoAsync(MonitoringDemoRequest request, IProgress<double>? progress = null,
        Action<string>? status = null, CancellationToken cancellationToken = default) =>
        Demo.RunAsync(request, progress, status, cancellationToken);

    /// <inheritdoc />
    public IJob<MonitoringDemoResult> StartDemo(MonitoringDemoRequest request, JobOwner owner) =>
        jobs.Start(owner, "monitor-demo", "monitor", "Monitoring demo: loan-default over a year of drifting loans",
            context => RunDemoAsync(request, context.Progress, context.Status, context.CancellationToken), JobLifetime.Kept);

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!await _store.DeleteAsync(name, cancellationToken))
            throw new WorkspaceException($"There is no monitor named '{name}'.");
    }

    /// <summary>When the reference is the run's training data, its performance there is optimistic (the model has seen
    /// those rows): compare batches with the run's held-out test score instead, when the run recorded one.</summary>
    private async Task<MonitoringOptions> WithExpectedPerformanceAsync(MonitoringOptions options, RunInfo run, string reference,
        TaskKind task, CancellationToken ct)
    {
        if (options.Label is null || options.ExpectedPerformance is not null || run.Dataset != reference) return options;
        var detail = await tracking.GetRunDetailAsync(run.Id, ct);
        var metric = MonitoringSimulator.PerformanceMetric(task);
        var test = detail?.Metrics.FirstOrDefault(m => m.Split == MetricSplits.Test && m.Fold is null && m.Key == metric);
        return test is null || !double.IsFinite(test.Value) ? options : options with { ExpectedPerformance = test.Value };
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
