using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Explain;

/// <summary>Explains finished runs with Workbench.Ml.Explain, on the rows the run was trained and tested on, caching
/// each result per run and settings as an "explain/..." artifact; background jobs are keyed per run and kind.</summary>
public sealed partial class ExplanationService : IExplanationService
{
    private readonly ITrackingStore _tracking;
    private readonly IJobRunner _jobs;
    private readonly ILogger<ExplanationService> _logger;
    private readonly ExplainedRunLoader _loader;
    private readonly ExplanationCache _cache;
    private int _computations;

    /// <summary>A service over the workspace's datasets, tracking store, training service and job runner.</summary>
    public ExplanationService(IDatasetStore datasets, ITrackingStore tracking, ITrainingService training, IJobRunner jobs,
        ILogger<ExplanationService> logger)
    {
        (_tracking, _jobs, _logger) = (tracking, jobs, logger);
        _loader = new ExplainedRunLoader(datasets, tracking, training);
        _cache = new ExplanationCache(tracking);
    }

    /// <summary>How many results were computed rather than read from the cache (for tests and logs).</summary>
    internal int Computations => Volatile.Read(ref _computations);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExplainableRun>> ListRunsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _tracking.ListRunsAsync(new RunQuery(Status: RunStatus.Finished), cancellationToken);
        return rows.Where(r => r.Run.ParentId is null && r.Run.Dataset is not null).Select(r =>
        {
            var key = r.Run.Task is { } task ? MetricsFor(task)[0] : null;
            double? value = key is not null && r.Metrics.TryGetValue(MetricSplits.SummaryKey(MetricSplits.Test, key), out var v) ? v : null;
            return new ExplainableRun(r.Run, key, value);
        }).ToList();
    }

    /// <inheritdoc />
    public async Task<ExplainTarget> OpenAsync(string runId, CancellationToken cancellationToken = default)
    {
        var run = await _loader.LoadAsync(runId, null, cancellationToken);
        var model = run.Model;
        return new ExplainTarget(runId, model.Task.ToString(), model.Label, model.InputSchema, model.Classes, run.Split.Train.Length,
            run.Split.Test.Length);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> MetricsFor(string task) => Enum.TryParse<TaskKind>(task, true, out var kind) ? kind switch
    {
        TaskKind.Binary => ["log_loss", "roc_auc", "accuracy", "average_precision", "balanced_accuracy", "f1", "precision", "recall",
            "brier_score", "cohen_kappa"],
        TaskKind.Multiclass => ["log_loss", "accuracy", "f1_macro", "f1_micro"],
        _ => ["rmse", "mae", "r2", "mape"],
    } : throw new WorkspaceException($"Unknown task '{task}'; expected Binary, Multiclass or Regression.");

    /// <inheritdoc />
    public IJob<ShapResult> StartExplain(ShapRequest request, JobOwner owner) =>
        Start(owner, $"explain:shap:{request.RunId}", $"SHAP values of run {request.RunId}", (p, ct) => ExplainAsync(request, p, ct));

    /// <inheritdoc />
    public IJob<PartialDependenceResult> StartPartialDependence(PartialDependenceRequest request, JobOwner owner) =>
        Start(owner, $"explain:pdp:{request.RunId}", $"Partial dependence on {request.Feature}{(request.Feature2 is null ? "" : " × " + request.Feature2)}",
            (p, ct) => PartialDependenceAsync(request, p, ct));

    /// <inheritdoc />
    public IJob<ImportanceResult> StartPermutationImportance(ImportanceRequest request, JobOwner owner) =>
        Start(owner, $"explain:pfi:{request.RunId}", $"Permutation importance ({request.Metric}, {request.Repeats} repeats)",
            (p, ct) => PermutationImportanceAsync(request, p, ct));

    private IJob<T> Start<T>(JobOwner owner, string key, string title, Func<IProgress<double>, CancellationToken, Task<T>> work) =>
        _jobs.Start(owner, key, "explain", title, context => work(context.Progress, context.CancellationToken));

    /// <summary>Reads the cached result, or computes, stores and returns it.</summary>
    private async Task<T> CachedAsync<T>(string runId, string artifact, Func<Task<T>> compute, Func<T, T> markCached,
        CancellationToken ct) where T : class
    {
        await _loader.RequireFinishedAsync(runId, ct);
        if (await _cache.ReadAsync<T>(runId, artifact, ct) is { } hit) return markCached(hit);
        var result = await compute();
        Interlocked.Increment(ref _computations);
        await _cache.WriteAsync(runId, artifact, result, CancellationToken.None);
        _logger.LogInformation("Run {RunId}: computed {Artifact}", runId, artifact);
        return result;
    }

    private static ExplainProvenance Provenance(ExplainedRun run, string artifact, ExplainSplit split, int rows, int splitRows,
        Stopwatch clock) => new(run.RunId, run.Dataset, run.Fingerprint, artifact, split, rows, splitRows, DateTime.UtcNow,
        clock.Elapsed.TotalSeconds);

    /// <summary>Runs CPU-bound work off the caller's thread, turning the library's argument errors into refusals.</summary>
    private static Task<T> ComputeAsync<T>(Func<T> work, CancellationToken ct) => Task.Run(() =>
    {
        try { return work(); }
        catch (ArgumentException e) { throw new WorkspaceException(e.Message); }
        catch (TrainingException e) { throw new WorkspaceException(e.Message); }
    }, ct);
}
