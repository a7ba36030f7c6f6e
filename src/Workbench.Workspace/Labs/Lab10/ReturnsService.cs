using Workbench.Ml.Drift;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Labs.Lab10;

/// <summary>Reads the date and price columns from the workspace and computes the returns with <see cref="DailyReturns"/>.</summary>
public sealed class ReturnsService(IDatasetStore datasets) : IReturnsService
{
    /// <inheritdoc />
    public async Task<ReturnsSummary> SummariseAsync(ReturnsSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var data = await datasets.LoadAsync(source.Dataset, [source.DateColumn, source.PriceColumn], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return await Task.Run(() =>
        {
            var days = data[source.DateColumn].Numbers
                ?? throw new DriftException($"Column '{source.DateColumn}' of dataset '{source.Dataset}' holds no dates.", source.DateColumn);
            var prices = data[source.PriceColumn].Numbers
                ?? throw new DriftException($"Column '{source.PriceColumn}' of dataset '{source.Dataset}' is not numeric.", source.PriceColumn);
            var returns = DailyReturns.Of(days, prices);
            var rows = Enumerable.Range(0, days.Length).Where(i => !double.IsNaN(returns[i])).OrderBy(i => days[i]).ToList();
            if (rows.Count == 0)
                throw new DriftException($"Dataset '{source.Dataset}' has fewer than two prices, so it has no returns.");
            var ordered = rows.Select(i => returns[i]).ToList();
            int worst = Enumerable.Range(0, ordered.Count).MinBy(k => ordered[k]), best = Enumerable.Range(0, ordered.Count).MaxBy(k => ordered[k]);
            return new ReturnsSummary(rows.Select(i => days[i]).ToList(), ordered, worst, best);
        }, cancellationToken).ConfigureAwait(false);
    }
}
