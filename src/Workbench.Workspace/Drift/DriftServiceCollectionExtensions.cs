using Microsoft.Extensions.DependencyInjection;

namespace Workbench.Workspace.Drift;

/// <summary>Registers the drift services for a host.</summary>
public static class DriftServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDriftService"/> and <see cref="IDriftSeriesService"/> as singletons (they hold no
    /// state and read through the dataset store).</summary>
    public static IServiceCollection AddWorkbenchDrift(this IServiceCollection services) =>
        services.AddSingleton<IDriftService, DriftService>().AddSingleton<IDriftSeriesService, DriftSeriesService>();
}
