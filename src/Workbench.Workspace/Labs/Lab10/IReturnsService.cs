namespace Workbench.Workspace.Labs.Lab10;

/// <summary>Lab 10's daily returns of a price dataset.</summary>
public interface IReturnsService
{
    /// <summary>The daily returns of <paramref name="source"/>'s price column in date order, with the worst and best day.</summary>
    /// <exception cref="Ml.Drift.DriftException">The dataset has fewer than two prices, or a column is not numeric.</exception>
    /// <exception cref="WorkspaceException">The dataset or a column does not exist.</exception>
    Task<ReturnsSummary> SummariseAsync(ReturnsSource source, CancellationToken cancellationToken = default);
}
