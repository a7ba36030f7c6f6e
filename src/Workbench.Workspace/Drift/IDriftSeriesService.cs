using Workbench.Ml.Drift.Windows;

namespace Workbench.Workspace.Drift;

/// <summary>Compares successive date windows of one stored dataset (by year, month or custom ranges), each against the
/// previous window or against a fixed reference window.</summary>
/// <remarks>Bad requests (unknown dataset or column, a column that is not a date, fewer than two windows, a test that does
/// not fit a column) throw <see cref="WorkspaceException"/>; an empty window is reported on its pairs, not thrown.
/// Nothing is written to the workspace.</remarks>
public interface IDriftSeriesService
{
    /// <summary>Loads the dataset, cuts the windows and compares the pairs off the calling thread.</summary>
    /// <param name="progress">Receives the fraction done (0..1): loading is the first fifth, the pairs the rest.</param>
    Task<DriftSeriesResult> RunAsync(DriftSeriesRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);
}
