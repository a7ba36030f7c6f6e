using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The tolerances of the drift tests and small builders shared by the drift tests.</summary>
internal static class DriftAssert
{
    /// <summary>Statistics: within 1e-9 relative of the reference, or 1e-12 absolute near zero.</summary>
    public static void Statistic(double expected, double actual)
    {
        double error = Math.Abs(actual - expected);
        Assert.True(error <= 1e-12 || error <= 1e-9 * Math.Abs(expected),
            $"statistic {actual:R} differs from the reference {expected:R} by {error:E2}");
    }

    /// <summary>P-values: within 1e-6 absolute and 1e-4 relative of SciPy's.</summary>
    public static void PValue(double expected, double? actual)
    {
        Assert.NotNull(actual);
        double error = Math.Abs(actual!.Value - expected);
        Assert.True(error <= 1e-6 && error <= 1e-4 * Math.Abs(expected) + 1e-300,
            $"p-value {actual:R} differs from the reference {expected:R} by {error:E2}");
    }

    public static DataColumn Numbers(params double[] values) => DataColumn.Numeric("x", ColumnType.Real, values);

    public static DataColumn Texts(params string?[] values) => DataColumn.Text("x", ColumnType.Categorical, values);

    public static ColumnDrift Run(DataColumn reference, DataColumn current, DriftTestKind? test) =>
        DriftCalculator.Compare(reference, current, new DriftOptions { Test = test });

    /// <summary>R_i = (7919·i mod 10007) / 10007, a deterministic spread of values in [0, 1).</summary>
    public static double[] Spread(int n)
    {
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (i * 7919L % 10007) / 10007.0;
        return v;
    }

    /// <summary>C_i = ((104729·i mod 10009) + shift) / 10009, a second spread shifted by shift/10009.</summary>
    public static double[] Shifted(int n, int shift = 150)
    {
        var v = new double[n];
        for (int i = 0; i < n; i++) v[i] = (i * 104729L % 10009 + shift) / 10009.0;
        return v;
    }
}
