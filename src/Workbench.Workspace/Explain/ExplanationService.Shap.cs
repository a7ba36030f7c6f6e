using System.Diagnostics;
using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Explain;

public sealed partial class ExplanationService
{
    /// <inheritdoc />
    public Task<ShapResult> ExplainAsync(ShapRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxRows < 1) throw new WorkspaceException($"Explain at least one row, not {request.MaxRows}.");
        if (request.BackgroundRows < 1) throw new WorkspaceException($"Use at least one background row, not {request.BackgroundRows}.");
        var artifact = ExplanationCache.Name("shap", request with { RunId = "" });
        return CachedAsync(request.RunId, artifact, () => ComputeShapAsync(request, artifact, progress, cancellationToken),
            hit => hit with { Source = hit.Source with { FromCache = true } }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ShapResult?> FindExplanationAsync(ShapRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hit = await _cache.ReadAsync<ShapResult>(request.RunId, ExplanationCache.Name("shap", request with { RunId = "" }), cancellationToken);
        return hit is null ? null : hit with { Source = hit.Source with { FromCache = true } };
    }

    private async Task<ShapResult> ComputeShapAsync(ShapRequest request, string artifact, IProgress<double>? progress, CancellationToken ct)
    {
        var run = await _loader.LoadAsync(request.RunId, ScaledProgress.Of(progress, 0, 0.15), ct);
        var clock = Stopwatch.StartNew();
        var test = run.Split.Test;
        if (test.Length == 0) throw new WorkspaceException($"Run '{run.RunId}' held out no test rows, so there is nothing to explain.");
        var picked = BackgroundSample.Indices(test.Length, request.MaxRows, request.Seed).Select(i => test[i]).ToArray();
        var rows = run.Table(picked);
        var options = new ExplainOptions(request.ClassIndex, request.Method, request.Interventional, run.Table(run.Split.Train),
            request.BackgroundRows, Seed: request.Seed);
        var explanation = await ComputeAsync(() =>
        {
            try { return ModelExplainer.Explain(run.Model, rows, options, ScaledProgress.Of(progress, 0.15, 0.8), ct); }
            catch (LocalAccuracyException e) { throw new WorkspaceException(e.Message); }
        }, ct);
        rows = InPlayerOrder(rows, explanation.Players);
        var label = run.Data.Columns.FirstOrDefault(c => c.Name == run.Model.Label);
        var labels = picked.Select(i => label?.Format(i)).ToArray();
        var probability = run.Model.Task == TaskKind.Binary ? run.Model.Predict(rows).Probability : null;
        progress?.Report(1);
        return new ShapResult(Provenance(run, artifact, ExplainSplit.Test, picked.Length, test.Length, clock), explanation, picked, rows,
            labels, probability, run.Model.Task.ToString(), run.Model.Label);
    }

    // The rows' columns in the order of the explanation's players, when every player is a column.
    private static TabularData InPlayerOrder(TabularData rows, IReadOnlyList<string> players)
    {
        var columns = players.Select(p => rows.Columns.FirstOrDefault(c => c.Name == p)).ToList();
        return columns.All(c => c is not null) ? rows with { Columns = columns! } : rows;
    }
}
