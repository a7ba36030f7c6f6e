using Workbench.Ml.Data;

namespace Workbench.Ml.Explain.Inspection;

/// <summary>Partial dependence and ICE curves by brute force over a model output function on original columns,
/// with scikit-learn's grid (distinct values when fewer than the resolution, else evenly spaced between percentiles).</summary>
public static class PartialDependence
{
    private const int RowsPerCall = 100_000;

    /// <summary>The grid of a column, as <c>sklearn.inspection.partial_dependence</c> builds it (missing values ignored).</summary>
    /// <exception cref="ArgumentException">The column has no values, or its percentiles coincide.</exception>
    public static GridAxis Grid(TabularData data, string feature, PartialDependenceOptions options)
    {
        var column = data[feature];
        if (options.GridResolution < 2) throw new ArgumentException($"The grid resolution must be at least 2, not {options.GridResolution}.");
        if (column.Strings is { } strings)
            return new GridAxis(feature, null, strings.Where(s => s is not null).Distinct().Order(StringComparer.Ordinal).ToArray());
        var sorted = column.Numbers!.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException($"Column '{feature}' has no values, so it has no partial dependence.");
        var distinct = sorted.Distinct().ToArray();
        if (distinct.Length < options.GridResolution) return new GridAxis(feature, distinct, null);
        double low = MQuantiles.Compute(sorted, options.LowerPercentile), high = MQuantiles.Compute(sorted, options.UpperPercentile);
        if (Math.Abs(high - low) <= 1e-8 + 1e-5 * Math.Abs(high))
            throw new ArgumentException($"The {options.LowerPercentile:P0} and {options.UpperPercentile:P0} percentiles of '{feature}' are both {low}; choose percentiles further apart.");
        int n = options.GridResolution;
        double step = (high - low) / (n - 1);
        var grid = new double[n];
        for (int i = 0; i < n; i++) grid[i] = i * step + low; // numpy.linspace
        grid[^1] = high;
        return new GridAxis(feature, grid, null);
    }

    /// <summary>One-feature partial dependence and ICE of <paramref name="output"/> (raw output or probability).</summary>
    public static PartialDependence1D OneWay(Func<TabularData, double[]> output, TabularData data, string feature,
        PartialDependenceOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new PartialDependenceOptions();
        var axis = Grid(data, feature, options);
        var rows = BackgroundSample.Indices(data.RowCount, options.SampleRows, options.Seed);
        var sample = BackgroundSample.Rows(data, rows);
        var outputs = Evaluate(output, sample, [(axis, Enumerable.Range(0, axis.Count).ToArray())], axis.Count, progress, cancellationToken);
        var ice = new double[rows.Length][];
        var average = new double[axis.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            ice[r] = new double[axis.Count];
            for (int g = 0; g < axis.Count; g++) average[g] += (ice[r][g] = outputs[g * rows.Length + r]) / rows.Length;
            if (options.CenterIce) { double first = ice[r][0]; for (int g = 0; g < axis.Count; g++) ice[r][g] -= first; }
        }
        return new PartialDependence1D(axis, average, ice, rows, options.CenterIce);
    }

    /// <summary>Two-feature partial dependence on the grid of pairs (X-major).</summary>
    public static PartialDependence2D TwoWay(Func<TabularData, double[]> output, TabularData data, string featureX, string featureY,
        PartialDependenceOptions? options = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new PartialDependenceOptions();
        if (featureX == featureY) throw new ArgumentException($"Pick two different features for a two-way partial dependence, not '{featureX}' twice.");
        var (x, y) = (Grid(data, featureX, options), Grid(data, featureY, options));
        var rows = BackgroundSample.Indices(data.RowCount, options.SampleRows, options.Seed);
        var sample = BackgroundSample.Rows(data, rows);
        int points = x.Count * y.Count;
        var outputs = Evaluate(output, sample, [(x, Enumerable.Range(0, points).Select(p => p / y.Count).ToArray()),
            (y, Enumerable.Range(0, points).Select(p => p % y.Count).ToArray())], points, progress, cancellationToken);
        var average = new double[x.Count][];
        for (int i = 0; i < x.Count; i++)
        {
            average[i] = new double[y.Count];
            for (int j = 0; j < y.Count; j++)
            {
                int offset = (i * y.Count + j) * rows.Length;
                double sum = 0;
                for (int r = 0; r < rows.Length; r++) sum += outputs[offset + r];
                average[i][j] = sum / rows.Length;
            }
        }
        return new PartialDependence2D(x, y, average, rows);
    }

    // Outputs for every grid point (point-major) × sample row, in calls of at most RowsPerCall rows.
    private static double[] Evaluate(Func<TabularData, double[]> output, TabularData sample, (GridAxis Axis, int[] Index)[] settings,
        int points, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        int n = sample.RowCount, perCall = Math.Max(1, RowsPerCall / Math.Max(1, n));
        var result = new double[points * n];
        for (int first = 0; first < points; first += perCall)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(perCall, points - first);
            var table = new TabularData(sample.Name, sample.Columns.Select(c => Column(c, settings, first, count, n)).ToArray());
            var values = output(table);
            if (values.Length != count * n) throw new InvalidOperationException($"The model returned {values.Length} outputs for {count * n} rows.");
            values.CopyTo(result, first * n);
            progress?.Report((double)(first + count) / points);
        }
        return result;
    }

    private static DataColumn Column(DataColumn column, (GridAxis Axis, int[] Index)[] settings, int first, int count, int n)
    {
        var setting = settings.FirstOrDefault(s => s.Axis.Feature == column.Name);
        if (column.Numbers is { } numbers)
        {
            var values = new double[count * n];
            for (int p = 0; p < count; p++)
                for (int r = 0; r < n; r++)
                    values[p * n + r] = setting.Axis is null ? numbers[r] : setting.Axis.Numbers![setting.Index[first + p]];
            return DataColumn.Numeric(column.Name, column.Type, values);
        }
        var strings = new string?[count * n];
        for (int p = 0; p < count; p++)
            for (int r = 0; r < n; r++)
                strings[p * n + r] = setting.Axis is null ? column.Strings![r] : setting.Axis.Categories![setting.Index[first + p]];
        return DataColumn.Text(column.Name, column.Type, strings);
    }
}
