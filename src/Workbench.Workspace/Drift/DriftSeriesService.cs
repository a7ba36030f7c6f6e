using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Drift;

/// <summary>Loads one stored dataset and runs <see cref="DriftSeries"/> over its windows off the calling thread.</summary>
public sealed class DriftSeriesService(IDatasetStore datasets) : IDriftSeriesService
{
    /// <inheritdoc />
    public async Task<DriftSeriesResult> RunAsync(DriftSeriesRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var info = await datasets.GetAsync(request.Dataset, cancellationToken) ?? throw await NoDatasetAsync(request.Dataset, cancellationToken);
        var data = await datasets.LoadAsync(info.Name, Needed(request, info), ScaledProgress.Of(progress, 0, 0.2), cancellationToken);
        var pairs = ScaledProgress.Of(progress, 0.2, 0.8);
        try
        {
            return await Task.Run(() =>
            {
                var table = request.Returns is { } r ? DailyReturns.AddTo(data, request.DateColumn, r.Price, r.Name) : data;
                return DriftSeries.Run(table, request.DateColumn, request.Windows, request.Mode, request.Options,
                    request.Columns, request.ReferenceWindow, pairs, cancellationToken);
            }, cancellationToken);
        }
        catch (DriftException e)
        {
            throw new WorkspaceException(e.Message);
        }
    }

    /// <summary>The columns to load: the asked ones, the date column and the price column; null (all) when none were asked.</summary>
    private static IReadOnlyList<string>? Needed(DriftSeriesRequest request, DatasetInfo info)
    {
        var available = info.Columns.Select(c => c.Name).ToList();
        var wanted = new List<string> { request.DateColumn };
        if (request.Returns is { } r) wanted.Add(r.Price);
        if (request.Columns is null) return null;
        wanted.AddRange(request.Columns.Where(c => request.Returns?.Name != c));
        foreach (var name in wanted.Where(n => !available.Contains(n)))
            throw new WorkspaceException($"Dataset '{info.Name}' has no column '{name}'; its columns are: {string.Join(", ", available.Take(30))}.");
        return wanted.Distinct().ToList();
    }

    private async Task<WorkspaceException> NoDatasetAsync(string name, CancellationToken ct)
    {
        var names = (await datasets.ListAsync(ct)).Select(d => d.Name).ToList();
        return new WorkspaceException($"There is no dataset named '{name}' in the workspace; " +
            (names.Count == 0 ? "it has no datasets yet: import or install one first." : $"the datasets are: {string.Join(", ", names.Take(20))}."));
    }
}
