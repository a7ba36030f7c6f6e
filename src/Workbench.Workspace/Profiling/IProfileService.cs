using Workbench.Ml.Profiling;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Profiling;

/// <summary>Profiles datasets, cached per dataset version so a second request is instant.</summary>
public interface IProfileService
{
    /// <summary>The cached profile of the dataset's current version, or null if none is cached.</summary>
    Task<DatasetProfile?> GetCachedAsync(string datasetName, CancellationToken cancellationToken = default);

    /// <summary>The profile of the dataset's current version, computing and caching it if needed.</summary>
    Task<DatasetProfile> GetOrComputeAsync(string datasetName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Computes the profile of the dataset's current version in a background job shared by every owner that
    /// asks for it while it runs; the returned job is <paramref name="owner"/>'s interest in it.</summary>
    /// <remarks>Cancelling the returned job withdraws only this owner's interest: the computation goes on while another
    /// owner still wants it and is cancelled when none does. Asking again while it runs gives the owner's interest back.</remarks>
    /// <exception cref="WorkspaceException">The dataset does not exist.</exception>
    Task<IJob<DatasetProfile>> StartAsync(string datasetName, JobOwner owner, CancellationToken cancellationToken = default);

    /// <summary>Profiles of two datasets, aligned by column.</summary>
    Task<ProfileComparison> CompareAsync(string leftName, string rightName, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);
}
