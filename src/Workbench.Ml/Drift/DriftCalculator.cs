using Workbench.Ml.Data;

namespace Workbench.Ml.Drift;

/// <summary>Compares reference and current data column by column with statistical tests and distances (KS, chi-square, z, Wasserstein, Jensen–Shannon, PSI, KL, Hellinger, L∞).</summary>
public static class DriftCalculator
{
    /// <summary>The drift of one column. Missing values are dropped and counted; the correction does not apply to a
    /// single column, so the adjusted p-value equals the p-value.</summary>
    /// <exception cref="DriftException">The column is empty after dropping missing values, the types differ, or the
    /// test does not fit the column (KS or Wasserstein on text, z on more than two values).</exception>
    public static ColumnDrift Compare(DataColumn reference, DataColumn current, DriftOptions options)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return ColumnComparison.Run(ColumnPair.Create(reference, current), options);
    }

    /// <summary>The drift of every asked column (all reference columns when <paramref name="columns"/> is null), compared
    /// in parallel, with the multiple-testing correction over the columns that have p-values and the dataset verdict.</summary>
    /// <param name="progress">Receives the fraction of columns done (0..1).</param>
    /// <exception cref="DriftException">A column is missing on one side, or a column cannot be compared (see the single-column overload).</exception>
    public static DriftReport Compare(TabularData reference, TabularData current, DriftOptions options,
        IReadOnlyList<string>? columns = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var pairs = ResolveColumns(reference, current, columns);
        var results = new ColumnDrift[pairs.Count];
        int done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.For(0, pairs.Count, parallel, i =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = ColumnComparison.Run(ColumnPair.Create(pairs[i].Reference, pairs[i].Current), options);
                progress?.Report(Interlocked.Increment(ref done) / (double)pairs.Count);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(x => x is DriftException or OperationCanceledException) is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
        }
        return Summarise(results, options);
    }

    private static List<(DataColumn Reference, DataColumn Current)> ResolveColumns(TabularData reference, TabularData current, IReadOnlyList<string>? columns)
    {
        var names = columns ?? reference.Columns.Select(c => c.Name).ToList();
        if (names.Count == 0)
            throw new DriftException("There are no columns to compare; pass at least one column name that both datasets have.");
        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DriftException($"Column '{duplicate.Key}' is listed twice; list each column once.", duplicate.Key);
        var pairs = new List<(DataColumn, DataColumn)>(names.Count);
        foreach (var name in names)
        {
            var r = Find(reference, name);
            var c = Find(current, name);
            if (r is null || c is null)
            {
                string side = r is null && c is null ? "either dataset" : r is null ? $"the reference '{reference.Name}'" : $"the current data '{current.Name}'";
                var available = (r is null ? reference : current).Columns.Select(x => x.Name);
                throw new DriftException(
                    $"Column '{name}' is not in {side}; compare only columns both sides have (available: {string.Join(", ", available.Take(20))}).", name);
            }
            pairs.Add((r, c));
        }
        return pairs;
    }

    private static DataColumn? Find(TabularData data, string name)
    {
        foreach (var c in data.Columns)
            if (c.Name == name) return c;
        return null;
    }

    /// <summary>Applies the correction to the p-value columns, decides drift, and computes the dataset share.</summary>
    internal static DriftReport Summarise(IReadOnlyList<ColumnDrift> results, DriftOptions options)
    {
        var tested = new List<int>();
        for (int i = 0; i < results.Count; i++)
            if (results[i].PValue is not null) tested.Add(i);
        var adjusted = MultipleTesting.Adjust(tested.Select(i => results[i].PValue!.Value).ToList(), options.Correction);
        var final = results.ToArray();
        for (int k = 0; k < tested.Count; k++)
        {
            var r = final[tested[k]];
            final[tested[k]] = r with { AdjustedPValue = adjusted[k], Drifted = adjusted[k] < r.Threshold };
        }
        int drifted = final.Count(r => r.Drifted);
        double share = final.Length == 0 ? 0.0 : drifted / (double)final.Length;
        return new DriftReport(final, share, final.Length > 0 && share >= options.DatasetDriftShare);
    }
}
