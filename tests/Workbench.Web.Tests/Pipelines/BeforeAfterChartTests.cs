using Plotly.Blazor.Traces;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Web.Pipelines;

namespace Workbench.Web.Tests.Pipelines;

public class BeforeAfterChartTests
{
    private static readonly TabularData Table = new("t", [
        DataColumn.Numeric("x", ColumnType.Real, [1, 2, double.NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
        DataColumn.Text("c", ColumnType.Categorical, ["a", "b", "a", null, "a", "b", "a", "b", "a", "b", "a", "b", "a", "b", "a"]),
    ]);

    private static (FittedPipeline Fitted, TabularData Output) Run(params PipelineStep[] steps)
    {
        var fitted = new PipelineSpec(steps).Fit(Table);
        return (fitted, fitted.Transform(Table));
    }

    private static BeforeAfterChart Chart(string column, params PipelineStep[] steps)
    {
        var (fitted, output) = Run(steps);
        return BeforeAfterChart.Build(Table[column], ColumnLineage.Outputs(fitted, column).Select(o => output[o]).ToList());
    }

    [Fact]
    public void Imputation_IsOverlaidOnTheSameBins()
    {
        var chart = Chart("x", new ImputeStep(["x"], ImputeStrategy.Mean, AddIndicator: true));

        Assert.True(chart.Overlaid);
        var before = (Bar)chart.Traces[0];
        var after = (Bar)chart.Traces[1];
        Assert.Equal(before.X, after.X);
        // 14 present values of 15 rows before; the filled row (mean 8.5) adds one to its bin after.
        // Each bar's share is rounded to 4 decimals for the browser, so sums may be off by up to 15 × 0.00005.
        Assert.Equal(100.0 * 14 / 15, before.Y.Sum(y => (double)y!), 1e-3);
        Assert.Equal(100.0, after.Y.Sum(y => (double)y!), 1e-3);
    }

    [Fact]
    public void Scaling_IsDrawnInTwoPanels()
    {
        var chart = Chart("x", new ImputeStep(["x"], ImputeStrategy.Median), new ScaleStep(["x"], ScaleMethod.Standard));

        Assert.False(chart.Overlaid);
        Assert.Equal(["x", "x2"], chart.Traces.Select(t => ((Bar)t).XAxis));
        var layout = chart.Layout();
        Assert.Equal(2, layout.XAxis.Count);
    }

    [Fact]
    public void OneHot_ShowsTheShareOfEachOutputColumn()
    {
        var (fitted, _) = Run(new OneHotStep(["c"]));
        Assert.Equal(["c_a", "c_b", "c_nan"], ColumnLineage.Outputs(fitted, "c"));

        var chart = Chart("c", new OneHotStep(["c"]));

        var after = (Bar)chart.Traces[1];
        Assert.Equal(["c_a", "c_b", "c_nan"], after.X.Cast<string>());
        // 8 of 15 rows are "a", 6 are "b", 1 is missing.
        Assert.Equal([8 / 15.0, 6 / 15.0, 1 / 15.0], after.Y.Select(y => (double)y!).ToArray(), new ToleranceComparer(1e-6));
    }

    [Fact]
    public void DroppedColumn_HasNoOutputs()
    {
        var (fitted, _) = Run(new DropStep(["x"]));

        Assert.Empty(ColumnLineage.Outputs(fitted, "x"));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= tolerance;

        public int GetHashCode(double value) => 0;
    }
}
