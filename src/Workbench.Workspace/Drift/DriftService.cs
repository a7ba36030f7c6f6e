using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Drift;

/// <summary>Loads the two sides of a drift comparison (files or stored datasets, optionally windowed by a date column),
/// checks their columns, and runs <see cref="DriftCalculator"/> off the calling thread.</summary>
/// <param name="datasets">The workspace's datasets; without it only files can be compared (the command line compares
/// two files without opening a workspace).</param>
public sealed class DriftService(IDatasetStore? datasets = null) : IDriftService
{
    /// <inheritdoc />
    public async Task<DriftRun> CompareAsync(DriftRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wanted = request.Columns is null ? null : DriftColumns.Wanted(request);
        var sameDataset = request.Reference.DatasetName is { } r && string.Equals(r, request.Current.DatasetName, StringComparison.OrdinalIgnoreCase);
        var reference = await LoadAsync(request.Reference, "reference", wanted, ScaledProgress.Of(progress, 0, 0.25), cancellationToken);
        var current = sameDataset ? reference
            : await LoadAsync(request.Current, "current", wanted, ScaledProgress.Of(progress, 0.25, 0.25), cancellationToken);
        reference = DriftWindows.Apply(reference, request.Reference, "reference");
        current = DriftWindows.Apply(current, request.Current, "current");
        var columns = DriftColumns.Resolve(request, reference, current);
        reference = DriftColumns.Select(reference, columns);
        current = DriftColumns.Select(current, columns);
        var comparing = ScaledProgress.Of(progress, 0.5, 0.5);
        var report = await Task.Run(() => Compare(reference, current, request.Options, columns, comparing, cancellationToken), cancellationToken);
        progress?.Report(1);
        return new DriftRun(report, reference, current);
    }

    /// <inheritdoc />
    public async Task<(DateOnly First, DateOnly Last)?> DateSpanAsync(string dataset, string column, CancellationToken cancellationToken = default)
    {
        var info = await RequireDatasetAsync(dataset, cancellationToken);
        var found = info.Columns.FirstOrDefault(c => c.Name == column)
            ?? throw new WorkspaceException($"Dataset '{info.Name}' has no column named '{column}'; choose one of its date columns.");
        if (found.Type != ColumnType.Date)
            throw DriftWindows.NotADate(column, found.Type, info.Columns.Where(c => c.Type == ColumnType.Date).Select(c => c.Name));
        var data = await datasets!.LoadAsync(info.Name, [column], cancellationToken: cancellationToken);
        return DriftWindows.Span(data.Columns[0].Numbers!);
    }

    private static DriftReport Compare(TabularData reference, TabularData current, DriftOptions options,
        IReadOnlyList<string> columns, IProgress<double>? progress, CancellationToken ct)
    {
        try
        {
            return DriftCalculator.Compare(reference, current, options, columns, progress, ct);
        }
        catch (DriftException e)
        {
            throw new WorkspaceException(e.Message);
        }
    }

    private async Task<TabularData> LoadAsync(DriftSide side, string role, IReadOnlyList<string>? wanted,
        IProgress<double>? progress, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(side.Source))
            throw new WorkspaceException($"No {role} data was given; give a file path or dataset:NAME.");
        if (side.DatasetName is not { } name)
            return await Task.Run(() => LoadFile(side.Source, progress, ct), ct);
        var info = await RequireDatasetAsync(name, ct);
        IReadOnlyList<string>? columns = null;
        if (wanted is not null)
        {
            var available = info.Columns.Select(c => c.Name).ToList();
            foreach (var column in wanted.Where(c => !available.Contains(c)))
                throw DriftColumns.Missing(column, role, side, available);
            columns = [.. wanted, .. side.Window is { } w && !wanted.Contains(w.Column) ? [w.Column] : Array.Empty<string>()];
        }
        else if (side.Window is { } w && !info.Columns.Any(c => c.Name == w.Column))
            throw DriftWindows.NoSuchColumn(w, role, info.Columns.Where(c => c.Type == ColumnType.Date).Select(c => c.Name));
        return await datasets!.LoadAsync(info.Name, columns, progress, ct);
    }

    private static TabularData LoadFile(string path, IProgress<double>? progress, CancellationToken ct)
    {
        var source = DataFileReader.Open(path, new ReadOptions());
        var schema = TypeInference.Analyze(source, 0, ScaledProgress.Of(progress, 0, 0.5), ct).Schema;
        var data = source.ToTabularData(schema, Path.GetFileName(path));
        progress?.Report(1);
        return data;
    }

    private async Task<DatasetInfo> RequireDatasetAsync(string name, CancellationToken ct)
    {
        if (datasets is null)
            throw new WorkspaceException($"dataset:{name} needs a workspace, and none is open; pass a file instead, or open a workspace.");
        if (string.IsNullOrWhiteSpace(name))
            throw new WorkspaceException("dataset: needs a dataset name after the colon, e.g. dataset:penguins.");
        if (await datasets.GetAsync(name, ct) is { } info) return info;
        var names = (await datasets.ListAsync(ct)).Select(d => d.Name).ToList();
        throw new WorkspaceException($"There is no dataset named '{name}' in the workspace; " +
            (names.Count == 0 ? "it has no datasets yet: import or install one first." : $"the datasets are: {string.Join(", ", names.Take(20))}."));
    }
}
