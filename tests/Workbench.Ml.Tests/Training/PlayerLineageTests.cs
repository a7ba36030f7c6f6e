using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class PlayerLineageTests
{
    [Fact]
    public void PipelineOutputs_TraceBackToTheirOriginalColumns()
    {
        var data = new TabularData("t", [
            DataColumn.Numeric("age", ColumnType.Real, [30, double.NaN, 50, 41]),
            DataColumn.Text("city", ColumnType.Categorical, ["a", "b", "a", "c"]),
            DataColumn.Text("tag", ColumnType.Categorical, ["x", "y", "x", "z"]),
            DataColumn.Text("tag2", ColumnType.Categorical, ["p", "q", "p", "q"]),
        ]);
        var spec = new PipelineSpec([
            new ImputeStep(["age"], ImputeStrategy.Median, AddIndicator: true), new BinStep(["age"], BinStrategy.Uniform, 2),
            new OneHotStep(["city"]), new HashStep(["tag"], 3, Prefix: "h"), new HashStep(["tag2", "missingindicator_age"], 2, Prefix: "mix"),
            new FormulaStep("double_age", "[age] * 2"),
        ]);
        var fitted = spec.Fit(data);
        var origin = PlayerLineage.Trace(data.Columns.Select(c => c.Name), fitted);
        var output = fitted.Transform(data);
        Assert.All(output.Columns, c => Assert.True(origin.ContainsKey(c.Name), c.Name));
        Assert.Equal("age", origin["age"]);
        Assert.Equal("city", origin["city_b"]);
        Assert.Equal("tag", origin["h_0"]);
        Assert.Equal("mix", origin["mix_1"]);           // hashes two original columns together: its own player
        Assert.Equal("double_age", origin["double_age"]); // a formula's column is its own player
    }
}
