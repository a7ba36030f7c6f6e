using Workbench.Ml.Data;

namespace Workbench.Ml.Drift.Windows;

/// <summary>The drift between pairs of successive windows of one table (each against the previous one, or each against a
/// fixed reference window), every pair compared with <see cref="DriftCalculator"/>.</summary>
public static class DriftSeries
{
    /// <summary>Cuts <paramref name="data"/> into the windows and compares the pairs the mode gives. An empty window, or a
    /// pair whose columns cannot be compared (e.g. a column with no values in one window), gives that pair a problem in
    /// words instead of a report; the other pairs are still compared.</summary>
    /// <param name="columns">The columns to compare; null for every column except the date column.</param>
    /// <param name="progress">Receives the fraction of pairs done (0..1).</param>
    /// <exception cref="DriftException">The date column or a column is missing, fewer than two windows, or the test
    /// needs numbers and a column holds text.</exception>
    public static DriftSeriesResult Run(TabularData data, string dateColumn, IReadOnlyList<TimeWindow> windows, WindowMode mode,
        DriftOptions options, IReadOnlyList<string>? columns = null, int reference = 0,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(options);
        var pairs = TimeWindows.Pairs(windows.Count, mode, reference);
        var names = Columns(data, dateColumn, columns, options);
        var slices = WindowSlicer.Slice(data, dateColumn, windows, cancellationToken);
        var results = new WindowPairDrift[pairs.Count];
        for (int k = 0; k < pairs.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (r, c) = pairs[k];
            results[k] = Compare(slices, windows, r, c, names, options, cancellationToken);
            progress?.Report((k + 1) / (double)pairs.Count);
        }
        return new DriftSeriesResult(windows, slices.Select(s => s.RowCount).ToList(), names, mode, results, slices);
    }

    private static WindowPairDrift Compare(IReadOnlyList<TabularData> slices, IReadOnlyList<TimeWindow> windows, int r, int c,
        IReadOnlyList<string> names, DriftOptions options, CancellationToken ct)
    {
        foreach (var w in new[] { r, c })
            if (slices[w].RowCount == 0)
                return new WindowPairDrift(r, c, null,
                    $"Window {windows[w].Label} ({windows[w].Describe()}) holds no rows, so there is nothing to compare; choose windows that overlap the data.");
        try
        {
            return new WindowPairDrift(r, c, DriftCalculator.Compare(slices[r], slices[c], options, names, cancellationToken: ct), null);
        }
        catch (DriftException e)
        {
            return new WindowPairDrift(r, c, null, $"{windows[r].Label} against {windows[c].Label}: {e.Message}");
        }
    }

    /// <summary>The compared columns: the asked ones (checked to exist and fit the test) or all but the date column.</summary>
    private static IReadOnlyList<string> Columns(TabularData data, string dateColumn, IReadOnlyList<string>? asked, DriftOptions options)
    {
        WindowSlicer.DateColumn(data, dateColumn);
        var names = asked ?? data.Columns.Select(c => c.Name).Where(n => n != dateColumn).ToList();
        if (names.Count == 0)
            throw new DriftException("There is no column to compare besides the date column that cuts the windows.");
        foreach (var name in names)
        {
            var column = data.Columns.FirstOrDefault(c => c.Name == name)
                ?? throw new DriftException($"Column '{name}' is not in the data; compare one of: {string.Join(", ", data.Columns.Select(c => c.Name).Take(30))}.", name);
            if (options.Test is { } test && test.NeedsNumbers() && column.Numbers is null)
                throw new DriftException($"Column '{name}' holds text, and {test.ToName()} ({test.Title()}) needs numbers; choose auto or a test for categories (chisquare, jensenshannon, psi, kl, hellinger, linf).", name);
        }
        return names;
    }
}

/// <summary>The drift between successive windows.</summary>
/// <param name="Windows">The windows, in order.</param>
/// <param name="Rows">Rows in each window.</param>
/// <param name="Columns">The compared columns.</param>
/// <param name="Mode">How the windows were paired.</param>
/// <param name="Pairs">One result per compared pair, in order.</param>
/// <param name="Slices">The rows of each window, for the charts of a chosen pair.</param>
public sealed record DriftSeriesResult(IReadOnlyList<TimeWindow> Windows, IReadOnlyList<int> Rows, IReadOnlyList<string> Columns,
    WindowMode Mode, IReadOnlyList<WindowPairDrift> Pairs, IReadOnlyList<TabularData> Slices)
{
    /// <summary>The result of one column in one pair, or null when the pair has no report.</summary>
    public ColumnDrift? Column(WindowPairDrift pair, string column) => pair.Report?.Columns.FirstOrDefault(c => c.Column == column);

    /// <summary>The pair with the column's largest statistic (KS D, or the distance; compare within one test), or null
    /// when no pair has a result.</summary>
    public WindowPairDrift? MostDrifted(string column) => Pairs.Where(p => Column(p, column) is not null)
        .OrderByDescending(p => Column(p, column)!.Statistic).FirstOrDefault();
}

/// <summary>The drift of one pair of windows.</summary>
/// <param name="Reference">Index of the reference window.</param>
/// <param name="Current">Index of the current window.</param>
/// <param name="Report">The per-column drift, or null when the pair could not be compared.</param>
/// <param name="Problem">Why the pair could not be compared (an empty window), or null.</param>
public sealed record WindowPairDrift(int Reference, int Current, DriftReport? Report, string? Problem);
