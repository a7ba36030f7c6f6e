using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Explain;

/// <summary>Explains finished training runs (SHAP values of the test rows, partial dependence and ICE, permutation
/// importance), reproducing the run's split from its recorded parameters and caching every result as a run artifact.</summary>
/// <remarks>Refusals throw <see cref="WorkspaceException"/>: no such run, a run that has not finished, a run without a
/// model, a dataset that was deleted or has changed since the run trained on it, a metric the task does not report.</remarks>
public interface IExplanationService
{
    /// <summary>Finished top-level runs that have a model, newest first.</summary>
    Task<IReadOnlyList<ExplainableRun>> ListRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>Loads a finished run for explaining (model, dataset, split, all checked) and returns what it predicts from.</summary>
    Task<ExplainTarget> OpenAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>The metric keys permutation importance can use for a run's task, the course's default first.</summary>
    IReadOnlyList<string> MetricsFor(string task);

    /// <summary>SHAP values of the run's test rows: read from the cache, else computed and cached.</summary>
    Task<ShapResult> ExplainAsync(ShapRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The cached SHAP values for these settings, or null when they were never computed (computes nothing).</summary>
    Task<ShapResult?> FindExplanationAsync(ShapRequest request, CancellationToken cancellationToken = default);

    /// <summary>Partial dependence (and ICE): read from the cache, else computed and cached.</summary>
    Task<PartialDependenceResult> PartialDependenceAsync(PartialDependenceRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Permutation importance: read from the cache, else computed and cached.</summary>
    Task<ImportanceResult> PermutationImportanceAsync(ImportanceRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Starts <see cref="ExplainAsync"/> as a background job of <paramref name="owner"/> keyed per run (the
    /// owner's newer one cancels it).</summary>
    IJob<ShapResult> StartExplain(ShapRequest request, JobOwner owner);

    /// <summary>Starts <see cref="PartialDependenceAsync"/> as a background job of <paramref name="owner"/> keyed per run.</summary>
    IJob<PartialDependenceResult> StartPartialDependence(PartialDependenceRequest request, JobOwner owner);

    /// <summary>Starts <see cref="PermutationImportanceAsync"/> as a background job of <paramref name="owner"/> keyed per run.</summary>
    IJob<ImportanceResult> StartPermutationImportance(ImportanceRequest request, JobOwner owner);
}
