using Microsoft.Extensions.DependencyInjection;

namespace Workbench.Workspace.Drift;

/// <summary>Registers the drift service for a host.</summary>
public static class DriftServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDriftService"/> as a singleton (it holds no state and reads through the dataset store).</summary>
    public static IServiceCollection AddWorkbenchDrift(this IServiceCollection services) =>
        services.AddSingleton<IDriftService, DriftService>();
}
