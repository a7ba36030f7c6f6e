using Workbench.Ml.Data;

namespace Workbench.Ml.Profiling;

/// <summary>Computes a ydata-profiling-style profile of a table: overview, per-column statistics, correlations,
/// alerts, missing values, sample rows and duplicates.</summary>
/// <remarks>
/// <para>Conventions (pandas 1.5 / numpy / ydata-profiling): statistics are over non-missing values; std uses ddof = 1
/// and is NaN for fewer than two values (the contract's <c>Std</c> is not nullable); skewness is null below 3 values
/// and kurtosis below 4; a constant column has std 0, skewness 0 and kurtosis 0, as pandas reports; quantiles use
/// numpy's linear interpolation. Shares (missing, most frequent values, zeros) are of all rows, missing included.
/// A numeric summary is given for Integer, Real and Date (day numbers) columns, not for Boolean ones. Histograms use
/// min(bins, distinct values) bins, as ydata does. Most frequent values break ties by the smaller number, or for text
/// by the earlier first appearance. Correlation matrices keep the table's column order (ydata sorts Cramér's V by name).</para>
/// <para>Columns are profiled in parallel; each numeric column is sorted once (quantiles, distinct values, ranks).
/// Progress goes from 0 to 1; cancellation is checked between columns, pairs and blocks of rows.</para>
/// </remarks>
public static class ProfileCalculator
{
    /// <summary>The profile of <paramref name="data"/>.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="ct"/> is cancelled.</exception>
    public static DatasetProfile Compute(TabularData data, ProfileOptions options, IProgress<double>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        CheckLengths(data);
        ct.ThrowIfCancellationRequested();
        var tracker = new ProgressTracker(progress, data.Columns.Count + 4);
        var analyses = ProfileColumns(data, options, tracker, ct);
        var (duplicates, topDuplicates) = DuplicateRows.Find(data, options.TopDuplicates, ct);
        tracker.Step();
        var correlations = Correlations(data, analyses, options, tracker, ct);
        var overview = Overview(data, analyses, duplicates, options.SizeBytes);
        var alerts = AlertRules.Check(overview, analyses, correlations, options.Alerts);
        var profile = new DatasetProfile(data.Name, overview, alerts, analyses.Select(a => a.Profile).ToList(), correlations,
            MissingMatrix.Build(data, analyses, options.MissingMatrixRows),
            SampleRowsOf(data, 0, Math.Min(options.SampleRows, data.RowCount)),
            SampleRowsOf(data, Math.Max(0, data.RowCount - options.SampleRows), data.RowCount),
            topDuplicates);
        tracker.Finish();
        return profile;
    }

    private static void CheckLengths(TabularData data)
    {
        var bad = data.Columns.FirstOrDefault(c => c.Length != data.RowCount);
        if (bad is not null)
            throw new ArgumentException($"Column '{bad.Name}' of dataset '{data.Name}' has {bad.Length} values but column " +
                $"'{data.Columns[0].Name}' has {data.RowCount}; every column of a table must have one value per row.", nameof(data));
    }

    private static ColumnAnalysis[] ProfileColumns(TabularData data, ProfileOptions options, ProgressTracker tracker, CancellationToken ct)
    {
        var analyses = new ColumnAnalysis[data.Columns.Count];
        Parallel.For(0, data.Columns.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            var column = data.Columns[i];
            analyses[i] = column.Numbers is not null
                ? NumericColumnProfiler.Profile(column, options, ct)
                : TextColumnProfiler.Profile(column, options, ct);
            tracker.Step();
        });
        return analyses;
    }

    private static List<CorrelationMatrix> Correlations(TabularData data, ColumnAnalysis[] analyses, ProfileOptions options,
        ProgressTracker tracker, CancellationToken ct)
    {
        var result = new List<CorrelationMatrix>();
        var numeric = Enumerable.Range(0, data.Columns.Count)
            .Where(i => data.Columns[i].Type is ColumnType.Integer or ColumnType.Real or ColumnType.Boolean).ToList();
        if (numeric.Count >= 2)
        {
            var columns = numeric.Select(i => data.Columns[i]).ToList();
            result.Add(PairwiseCorrelation.Pearson(columns, ct));
            tracker.Step();
            result.Add(PairwiseCorrelation.Spearman(columns, numeric.Select(i => analyses[i].Ranked!).ToList(), ct));
            tracker.Step();
        }
        var categorical = Enumerable.Range(0, data.Columns.Count)
            .Where(i => data.Columns[i].Type is ColumnType.Categorical or ColumnType.Boolean
                && analyses[i].Profile.Distinct > 1 && analyses[i].Profile.Distinct <= options.CramersMaxDistinct)
            .Select(i => data.Columns[i]).ToList();
        if (categorical.Count >= 2) result.Add(CramersV.Matrix(categorical, ct));
        tracker.Step();
        return result;
    }

    private static ProfileOverview Overview(TabularData data, ColumnAnalysis[] analyses, long duplicates, long sizeBytes)
    {
        long rows = data.RowCount;
        var missing = analyses.Sum(a => a.Profile.Missing);
        var cells = rows * data.Columns.Count;
        var types = data.Columns.GroupBy(c => c.Type).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToName(), g => g.Count());
        return new ProfileOverview(rows, data.Columns.Count, missing, cells == 0 ? 0 : (double)missing / cells,
            duplicates, rows == 0 ? 0 : (double)duplicates / rows, sizeBytes, types);
    }

    private static SampleRows SampleRowsOf(TabularData data, int from, int to) =>
        new(data.Columns.Select(c => c.Name).ToList(),
            Enumerable.Range(from, Math.Max(0, to - from)).Select(r => data.Columns.Select(c => c.Format(r)).ToArray()).ToList());
}
