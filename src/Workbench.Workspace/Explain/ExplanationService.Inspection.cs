using System.Diagnostics;
using Workbench.Ml.Explain.Inspection;
using Workbench.Ml.Training;

namespace Workbench.Workspace.Explain;

public sealed partial class ExplanationService
{
    /// <inheritdoc />
    public Task<PartialDependenceResult> PartialDependenceAsync(PartialDependenceRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.LowerPercentile < 0 || request.UpperPercentile > 1 || request.LowerPercentile >= request.UpperPercentile)
            throw new WorkspaceException($"Percentiles must satisfy 0 ≤ lower < upper ≤ 1, not ({request.LowerPercentile}, {request.UpperPercentile}).");
        if (request.SampleRows < 1) throw new WorkspaceException($"Average over at least one row, not {request.SampleRows}.");
        if (request.Feature2 == request.Feature)
            throw new WorkspaceException($"Pick two different features for a two-way plot, not '{request.Feature}' twice.");
        var artifact = ExplanationCache.Name("pdp", request with { RunId = "" });
        return CachedAsync(request.RunId, artifact, () => ComputePdpAsync(request, artifact, progress, cancellationToken),
            hit => hit with { Source = hit.Source with { FromCache = true } }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ImportanceResult> PermutationImportanceAsync(ImportanceRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Repeats < 1) throw new WorkspaceException($"Use at least one repeat, not {request.Repeats}.");
        var artifact = ExplanationCache.Name("importance", request with { RunId = "" });
        return CachedAsync(request.RunId, artifact, () => ComputeImportanceAsync(request, artifact, progress, cancellationToken),
            hit => hit with { Source = hit.Source with { FromCache = true } }, cancellationToken);
    }

    private async Task<PartialDependenceResult> ComputePdpAsync(PartialDependenceRequest request, string artifact, IProgress<double>? progress,
        CancellationToken ct)
    {
        var run = await _loader.LoadAsync(request.RunId, ScaledProgress.Of(progress, 0, 0.1), ct);
        var inputs = run.Model.InputSchema.Select(c => c.Name).ToList();
        foreach (var feature in new[] { request.Feature, request.Feature2 }.OfType<string>())
            if (!inputs.Contains(feature))
                throw new WorkspaceException($"'{feature}' is not an input of run '{run.RunId}'; choose one of: {string.Join(", ", inputs)}.");
        var clock = Stopwatch.StartNew();
        var rows = run.RowsOf(request.Split);
        var data = run.Table(rows);
        var options = new PartialDependenceOptions(request.GridResolution, request.LowerPercentile, request.UpperPercentile,
            request.SampleRows, request.Seed);
        var scaled = ScaledProgress.Of(progress, 0.1, 0.9);
        var (one, two) = await ComputeAsync(() =>
        {
            var output = ModelInspection.Output(run.Model, request.Probability, request.ClassIndex);
            return request.Feature2 is null
                ? (PartialDependence.OneWay(output, data, request.Feature, options, scaled, ct), (PartialDependence2D?)null)
                : ((PartialDependence1D?)null, PartialDependence.TwoWay(output, data, request.Feature, request.Feature2, options, scaled, ct));
        }, ct);
        int used = one?.Rows.Length ?? two!.Rows.Length;
        return new PartialDependenceResult(Provenance(run, artifact, request.Split, used, rows.Length, clock), request, one, two,
            OutputName(run.Model, request.Probability, request.ClassIndex));
    }

    private async Task<ImportanceResult> ComputeImportanceAsync(ImportanceRequest request, string artifact, IProgress<double>? progress,
        CancellationToken ct)
    {
        var run = await _loader.LoadAsync(request.RunId, ScaledProgress.Of(progress, 0, 0.1), ct);
        var metrics = MetricsFor(run.Model.Task.ToString());
        if (!metrics.Contains(request.Metric))
            throw new WorkspaceException($"Metric '{request.Metric}' is not reported for {run.Model.Task} models; choose one of: {string.Join(", ", metrics)}.");
        var clock = Stopwatch.StartNew();
        var rows = run.RowsOf(request.Split);
        var labeled = run.Table(rows, withLabel: true);
        var importance = await ComputeAsync(() => ModelInspection.PermutationImportance(run.Model, labeled, request.Metric, request.Repeats,
            request.Seed, progress: ScaledProgress.Of(progress, 0.1, 0.9), cancellationToken: ct), ct);
        return new ImportanceResult(Provenance(run, artifact, request.Split, rows.Length, rows.Length, clock), request, importance);
    }

    private static string OutputName(TrainedModel model, bool probability, int classIndex) => model.Task switch
    {
        TaskKind.Regression => $"predicted {model.Label}",
        TaskKind.Binary => probability ? $"probability of {model.Label} = {model.Classes.ElementAtOrDefault(1)}"
            : $"raw score for {model.Label} = {model.Classes.ElementAtOrDefault(1)}",
        _ => probability ? $"probability of {model.Classes[classIndex]}" : $"raw score of {model.Classes[classIndex]}",
    };
}
