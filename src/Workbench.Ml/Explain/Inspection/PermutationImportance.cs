using Workbench.Ml.Data;

namespace Workbench.Ml.Explain.Inspection;

/// <summary>Settings of permutation importance.</summary>
/// <param name="Repeats">Shuffles per column (scikit-learn's <c>n_repeats</c>).</param>
/// <param name="HigherIsBetter">True for AUC, accuracy, R² (importance = baseline − permuted); false for log loss, RMSE
/// (importance = permuted − baseline, as scikit-learn's neg_log_loss does), so that larger is always more important.</param>
public sealed record PermutationImportanceOptions(bool HigherIsBetter, int Repeats = PermutationImportanceOptions.Defaults.Repeats, int Seed = 1)
{
    /// <summary>Defaults.</summary>
    public static class Defaults
    {
        /// <summary>scikit-learn's default n_repeats.</summary>
        public const int Repeats = 5;
    }
}

/// <summary>The importance of one column: every repeat, their mean and standard deviation (ddof 0, as scikit-learn).</summary>
public sealed record ColumnImportance(string Column, double[] Repeats, double Mean, double StandardDeviation);

/// <summary>Permutation importance of each column, with the unshuffled score.</summary>
public sealed record PermutationImportanceResult(double BaselineScore, bool HigherIsBetter, IReadOnlyList<ColumnImportance> Columns);

/// <summary>Permutation feature importance: the drop in a score when one original column is shuffled, repeated with a seed
/// (as <c>sklearn.inspection.permutation_importance</c>; its random generator differs, so shuffles are not identical).</summary>
public static class PermutationImportance
{
    /// <summary>Scores the table once as is, then once per column and repeat with that column's values shuffled.</summary>
    /// <param name="score">The chosen score of the model on a labeled table (the label column is never shuffled unless listed).</param>
    public static PermutationImportanceResult Compute(Func<TabularData, double> score, TabularData data, IReadOnlyList<string> columns,
        PermutationImportanceOptions options, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Repeats < 1) throw new ArgumentException($"Use at least one repeat, not {options.Repeats}.");
        if (data.RowCount < 2) throw new ArgumentException("Permutation importance needs at least two rows to shuffle.");
        foreach (var name in columns) _ = data[name];
        double baseline = score(data);
        var result = new ColumnImportance[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            int index = data.Columns.ToList().FindIndex(col => col.Name == columns[c]);
            var random = new Random(unchecked(options.Seed * 1_000_003 + index));
            var repeats = new double[options.Repeats];
            for (int k = 0; k < repeats.Length; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var order = Enumerable.Range(0, data.RowCount).ToArray();
                random.Shuffle(order);
                var columnsCopy = data.Columns.ToArray();
                columnsCopy[index] = Permuted(columnsCopy[index], order);
                double permuted = score(data with { Columns = columnsCopy });
                repeats[k] = options.HigherIsBetter ? baseline - permuted : permuted - baseline;
                progress?.Report((double)(c * repeats.Length + k + 1) / (columns.Count * repeats.Length));
            }
            double mean = repeats.Average();
            result[c] = new ColumnImportance(columns[c], repeats, mean, Math.Sqrt(repeats.Sum(v => (v - mean) * (v - mean)) / repeats.Length));
        }
        return new PermutationImportanceResult(baseline, options.HigherIsBetter, result);
    }

    private static DataColumn Permuted(DataColumn column, int[] order) => column.Numbers is { } numbers
        ? DataColumn.Numeric(column.Name, column.Type, order.Select(i => numbers[i]).ToArray())
        : DataColumn.Text(column.Name, column.Type, order.Select(i => column.Strings![i]).ToArray());
}
