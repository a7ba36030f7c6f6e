using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Builtin;

/// <summary>Fills an empty workspace with the small built-in datasets, so the app opens on real data.</summary>
public static class WorkspaceSeeder
{
    /// <summary>Installs every available small built-in (all but the large table) when the workspace has no datasets;
    /// does nothing otherwise. Returns the names installed.</summary>
    public static Task<IReadOnlyList<string>> SeedAsync(IDatasetStore store, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        SeedAsync(store, BuiltinCatalog.Default, progress, cancellationToken);

    /// <summary>As <see cref="SeedAsync(IDatasetStore, IProgress{double}?, CancellationToken)"/>, from a given catalog.</summary>
    public static async Task<IReadOnlyList<string>> SeedAsync(IDatasetStore store, BuiltinCatalog catalog,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if ((await store.ListAsync(cancellationToken)).Count > 0) return [];
        var small = catalog.All.Where(d => d is { IsLarge: false, Available: true }).ToList();
        var installed = new List<string>();
        foreach (var dataset in small)
        {
            var step = ScaledProgress.Of(progress, (double)installed.Count / small.Count, 1.0 / small.Count);
            await BuiltinInstaller.InstallAsync(store, catalog, dataset.Name, step, cancellationToken);
            installed.Add(dataset.Name);
        }
        return installed;
    }
}
