using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Builtin;

/// <summary>Installs built-in datasets into a workspace, recording "builtin:NAME" as the source.</summary>
public static class BuiltinInstaller
{
    /// <summary>Installs the built-in of that name from the default catalog.</summary>
    /// <exception cref="WorkspaceException">Unknown or unavailable built-in, or a dataset of that name exists.</exception>
    public static Task<DatasetInfo> InstallAsync(IDatasetStore store, string name, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        InstallAsync(store, BuiltinCatalog.Default, name, progress, cancellationToken);

    /// <summary>Installs the built-in of that name from <paramref name="catalog"/>.</summary>
    /// <exception cref="WorkspaceException">Unknown or unavailable built-in, or a dataset of that name exists.</exception>
    public static async Task<DatasetInfo> InstallAsync(IDatasetStore store, BuiltinCatalog catalog, string name,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var dataset = catalog.Find(name) ?? throw new WorkspaceException(
            $"There is no built-in dataset '{name}'; choose one of: {string.Join(", ", catalog.All.Select(d => d.Name))}.");
        if (!dataset.Available)
            throw new WorkspaceException($"The built-in dataset '{dataset.Name}' is not available: {dataset.UnavailableReason}.");
        if (await store.GetAsync(dataset.Name, cancellationToken) is not null)
            throw new WorkspaceException($"A dataset named '{dataset.Name}' already exists in this workspace; " +
                "use it as it is, or rename or delete it before installing the built-in again.");
        if (dataset.Generate is { } generate)
            return await store.SaveAsync(dataset.Name, generate() with { Name = dataset.Name }, dataset.Source, progress, cancellationToken);
        var path = catalog.PathOf(dataset);
        if (dataset.Name == "flights") return await InstallFlightsAsync(store, dataset, path, progress, cancellationToken);
        return await store.ImportAsync(dataset.Name, path, new ReadOptions(dataset.Format), schema: null,
            source: dataset.Source, progress, cancellationToken);
    }

    private static async Task<DatasetInfo> InstallFlightsAsync(IDatasetStore store, BuiltinDataset dataset, string path,
        IProgress<double>? progress, CancellationToken ct)
    {
        // Reading is about a fifth of the work; storing the rows is the rest.
        var reading = ScaledProgress.Of(progress, 0, 0.2);
        var table = await FlightsParquet.ReadAsync(path, dataset.Name, reading, ct);
        var saving = ScaledProgress.Of(progress, 0.2, 0.8);
        return await store.SaveAsync(dataset.Name, table, dataset.Source, saving, ct);
    }
}
