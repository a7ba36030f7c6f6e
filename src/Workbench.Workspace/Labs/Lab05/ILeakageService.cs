using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Labs.Lab05;

/// <summary>Lab 05's leakage demonstration on a workspace dataset: samples the rows (stratified, seed 7) and runs
/// <see cref="LeakageDemo"/> with seed 7, so a repeated run gives the same scores.</summary>
public interface ILeakageService
{
    /// <summary>The honest and the leaky score of <paramref name="leak"/>.</summary>
    /// <param name="leak">The demonstration.</param>
    /// <param name="rows">Rows sampled from the dataset, 0 (or at least the dataset's rows) for all of them.</param>
    /// <exception cref="WorkspaceException">The demonstration's dataset is not in the workspace.</exception>
    Task<LeakageComparison> RunAsync(LeakageCase leak, int rows, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default);

    /// <summary>Runs <see cref="RunAsync"/> as <paramref name="owner"/>'s background job; the owner's newer run cancels it.</summary>
    IJob<LeakageComparison> Start(LeakageCase leak, int rows, JobOwner owner);
}
