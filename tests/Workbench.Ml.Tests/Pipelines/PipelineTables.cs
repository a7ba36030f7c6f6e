using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Tests.Pipelines;

/// <summary>The small tables the pipeline tests share, and a relative-tolerance comparison.</summary>
internal static class PipelineTables
{
    private const double N = double.NaN;

    /// <summary>x: np.array([1.5,nan,3.0,-2.0,7.25,3.0,0.5,nan,12.0,4.0]).</summary>
    public static readonly double[] X = [1.5, N, 3.0, -2.0, 7.25, 3.0, 0.5, N, 12.0, 4.0];

    /// <summary>y: np.array([10,20,30,20,nan,50,60,20,80,90.]).</summary>
    public static readonly double[] Y = [10, 20, 30, 20, N, 50, 60, 20, 80, 90];

    /// <summary>city: ["paris","rome",None,"paris","oslo","rome","paris",None,"oslo","rome"].</summary>
    public static readonly string?[] City = ["paris", "rome", null, "paris", "oslo", "rome", "paris", null, "oslo", "rome"];

    /// <summary>smoker: ["no","yes","no","no","yes","no","no","no","yes","no"].</summary>
    public static readonly string?[] Smoker = ["no", "yes", "no", "no", "yes", "no", "no", "no", "yes", "no"];

    /// <summary>A table of x (Real), y (Integer), city and smoker (Categorical).</summary>
    public static TabularData Sample() => new("sample",
    [
        DataColumn.Numeric("x", ColumnType.Real, (double[])X.Clone()),
        DataColumn.Numeric("y", ColumnType.Integer, (double[])Y.Clone()),
        DataColumn.Text("city", ColumnType.Categorical, (string?[])City.Clone()),
        DataColumn.Text("smoker", ColumnType.Categorical, (string?[])Smoker.Clone()),
    ]);

    /// <summary>A one-column numeric table.</summary>
    public static TabularData Numbers(string name, params double[] values) =>
        new("t", [DataColumn.Numeric(name, ColumnType.Real, values)]);

    /// <summary>Fits a one-step pipeline on <paramref name="table"/> and transforms the same table.</summary>
    public static (FittedPipeline Fitted, TabularData Output) FitTransform(PipelineStep step, TabularData table)
    {
        var fitted = new PipelineSpec([step]).Fit(table);
        return (fitted, fitted.Transform(table));
    }

    /// <summary>Asserts |actual − expected| ≤ tolerance·|expected| element-wise (so an expected 0 must be exactly 0),
    /// with NaN matching NaN.</summary>
    public static void Close(double[] expected, double[] actual, double tolerance = 1e-9)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Close(expected[i], actual[i], tolerance, i);
    }

    /// <summary>Asserts one value as <see cref="Close(double[], double[], double)"/> does.</summary>
    public static void Close(double expected, double actual, double tolerance = 1e-9, int index = 0)
    {
        if (double.IsNaN(expected)) { Assert.True(double.IsNaN(actual), $"[{index}] expected NaN, got {actual:R}"); return; }
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"[{index}] expected {expected:R}, got {actual:R} (relative tolerance {tolerance})");
    }
}
