using System.Diagnostics;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Pipelines;

/// <summary>Fits a pipeline on a dataset's rows for the preview; keeps the last loaded sample, so editing the steps
/// and previewing again does not reload the dataset.</summary>
public sealed class PipelinePreviewService(IDatasetStore datasets) : IPipelinePreviewService
{
    private readonly Lock gate = new();
    private (string Key, TabularData Table, long Rows)? cached;

    /// <inheritdoc />
    public async Task<PipelinePreview> PreviewAsync(PreviewRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var info = await datasets.GetAsync(request.Dataset, cancellationToken)
            ?? throw new WorkspaceException($"There is no dataset named '{request.Dataset}'. Choose one from the list.");
        if (request.Label is { } label && info.Columns.All(c => c.Name != label))
            throw new WorkspaceException($"The dataset '{info.Name}' has no column '{label}'. Choose the label from its columns.");
        var input = await LoadAsync(info, request, progress, cancellationToken);
        progress?.Report(0.8);
        var watch = Stopwatch.StartNew();
        var preview = await Task.Run(() => Fit(request.Spec, input, info.Rows, watch), cancellationToken);
        progress?.Report(1);
        return preview;
    }

    private static PipelinePreview Fit(PipelineSpec spec, TabularData input, long rows, Stopwatch watch)
    {
        try
        {
            var fitted = spec.Fit(input);
            var output = fitted.Transform(input);
            return new PipelinePreview(input, rows, fitted, output, null, null, watch.Elapsed);
        }
        catch (PipelineException e)
        {
            return new PipelinePreview(input, rows, null, null, e.Message, e.StepIndex, watch.Elapsed);
        }
    }

    private async Task<TabularData> LoadAsync(DatasetInfo info, PreviewRequest request, IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var key = $"{info.Id}:{info.Version}:{info.Fingerprint}:{request.Label}:{request.MaxRows}:{request.Seed}";
        lock (gate)
            if (cached is { } c && c.Key == key) return c.Table;
        var columns = info.Columns.Select(c => c.Name).Where(c => c != request.Label).ToList();
        // Scaled on the reporting thread: Progress<T> would post, and a late report could follow the final 1.0.
        var load = progress is null ? null : new ScaledProgress(progress, 0, 0.7);
        var table = await datasets.LoadAsync(info.Name, columns, load, cancellationToken);
        var sample = TableSample.Take(table, request.MaxRows, request.Seed);
        lock (gate) cached = (key, sample, info.Rows);
        return sample;
    }
}
