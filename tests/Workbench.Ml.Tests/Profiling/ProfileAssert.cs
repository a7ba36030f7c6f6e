using Workbench.Ml.Data;
using Workbench.Ml.Profiling;

namespace Workbench.Ml.Tests.Profiling;

/// <summary>Table builders and tolerance checks shared by the profiling tests.</summary>
internal static class ProfileAssert
{
    /// <summary>Relative tolerance for statistics computed in the reference library's own order.</summary>
    public const double Exact = 1e-12;

    /// <summary>Asserts |actual − expected| ≤ tolerance · max(|expected|, 1); NaN must match NaN.</summary>
    public static void Close(double expected, double actual, double tolerance = Exact)
    {
        if (double.IsNaN(expected)) { Assert.True(double.IsNaN(actual), $"Expected NaN, got {actual:R}."); return; }
        var scale = Math.Max(Math.Abs(expected), 1.0);
        Assert.True(Math.Abs(actual - expected) <= tolerance * scale, $"Expected {expected:R}, got {actual:R}.");
    }

    /// <summary>Asserts each element with <see cref="Close"/>.</summary>
    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = Exact)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++) Close(expected[i], actual[i], tolerance);
    }

    /// <summary>A Real column.</summary>
    public static DataColumn Real(string name, params double[] values) => DataColumn.Numeric(name, ColumnType.Real, values);

    /// <summary>An Integer column.</summary>
    public static DataColumn Integer(string name, params double[] values) => DataColumn.Numeric(name, ColumnType.Integer, values);

    /// <summary>A Boolean column (0/1, NaN = missing).</summary>
    public static DataColumn Boolean(string name, params double[] values) => DataColumn.Numeric(name, ColumnType.Boolean, values);

    /// <summary>A Categorical column.</summary>
    public static DataColumn Categorical(string name, params string?[] values) => DataColumn.Text(name, ColumnType.Categorical, values);

    /// <summary>A Text column.</summary>
    public static DataColumn Text(string name, params string?[] values) => DataColumn.Text(name, ColumnType.Text, values);

    /// <summary>A table of the given columns.</summary>
    public static TabularData Table(params DataColumn[] columns) => new("test", columns);

    /// <summary>The profile of a table with default options.</summary>
    public static DatasetProfile Profile(params DataColumn[] columns) =>
        ProfileCalculator.Compute(Table(columns), new ProfileOptions());

    /// <summary>Values repeated: (value, times) pairs flattened in order.</summary>
    public static double[] Repeat(params (double Value, int Times)[] runs) =>
        runs.SelectMany(r => Enumerable.Repeat(r.Value, r.Times)).ToArray();
}
