namespace Workbench.Workspace.Drift;

/// <summary>Compares a reference and a current sample column by column with the drift tests, from files or datasets.</summary>
/// <remarks>Bad requests (unknown dataset or column, types that differ, an empty window, a test that does not fit a
/// column) throw <see cref="WorkspaceException"/>; malformed files throw <see cref="Ml.Data.DataImportException"/>.
/// Nothing is written to the workspace.</remarks>
public interface IDriftService
{
    /// <summary>Loads both sides, checks the columns and runs the comparison off the calling thread.</summary>
    /// <param name="progress">Receives the fraction done (0..1): loading is the first half, the tests the second.</param>
    Task<DriftRun> CompareAsync(DriftRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The first and last day of a date column of a stored dataset, to offer windows; null when it has no dates.</summary>
    Task<(DateOnly First, DateOnly Last)?> DateSpanAsync(string dataset, string column, CancellationToken cancellationToken = default);
}
