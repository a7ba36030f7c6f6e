using Workbench.Ml.Profiling;

namespace Workbench.Workspace.Profiling;

/// <summary>Profiles datasets, cached per dataset version so a second request is instant.</summary>
public interface IProfileService
{
    /// <summary>The cached profile of the dataset's current version, or null if none is cached.</summary>
    Task<DatasetProfile?> GetCachedAsync(string datasetName, CancellationToken cancellationToken = default);

    /// <summary>The profile of the dataset's current version, computing and caching it if needed.</summary>
    Task<DatasetProfile> GetOrComputeAsync(string datasetName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Profiles of two datasets, aligned by column.</summary>
    Task<ProfileComparison> CompareAsync(string leftName, string rightName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);
}
