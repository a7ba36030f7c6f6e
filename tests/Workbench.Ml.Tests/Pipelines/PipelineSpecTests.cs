using Workbench.Ml.Pipelines;
using static Workbench.Ml.Tests.Pipelines.PipelineTables;

namespace Workbench.Ml.Tests.Pipelines;

public class PipelineSpecTests
{
    private static PipelineSpec Full() => new(
    [
        new ImputeStep(["x", "y"], ImputeStrategy.MostFrequent, AddIndicator: true),
        new ImputeStep(["city"], ImputeStrategy.Constant, FillText: "unknown"),
        new ScaleStep(["x"], ScaleMethod.Robust),
        new PowerStep(["y"], PowerMethod.YeoJohnson),
        new OneHotStep(["city"], DropIfBinary: true),
        new HashStep(["smoker"], 4, AlternateSign: false, Prefix: "h"),
        new BinStep(["missingindicator_x"], BinStrategy.Uniform, 2),
        new FormulaStep("xy", "[x] * [y]"),
        new DropStep(["missingindicator_y"]),
    ]);

    [Fact]
    public void Json_RoundTripsEveryStepKind()
    {
        var spec = Full();
        var json = spec.ToJson();
        var back = PipelineSpec.FromJson(json);
        Assert.Equal(1, back.Version);
        Assert.Equal(json, back.ToJson());
        Assert.Equal(spec.Steps.Select(s => s.GetType()), back.Steps.Select(s => s.GetType()));
        Assert.Equal(((ImputeStep)spec.Steps[0]).Columns, ((ImputeStep)back.Steps[0]).Columns);
        Assert.Contains("\"kind\":\"impute\"", json);
        Assert.Contains("\"strategy\":\"most_frequent\"", json);
        Assert.Contains("\"method\":\"yeo_johnson\"", json);
        Assert.Contains("\"method\":\"min_max\"", new PipelineSpec([new ScaleStep(["x"], ScaleMethod.MinMax)]).ToJson());
    }

    [Fact]
    public void HandWrittenJson_IsRead()
    {
        var spec = PipelineSpec.FromJson("""
            {"steps": [{"columns": ["x"], "kind": "power", "method": "log1p"},
                       {"kind": "one_hot", "columns": ["city"], "drop_if_binary": false}], "version": 1}
            """);
        Assert.Equal(PowerMethod.Log1p, ((PowerStep)spec.Steps[0]).Method);
        Assert.False(((OneHotStep)spec.Steps[1]).DropIfBinary);
    }

    [Theory]
    [InlineData("""{"version": 2, "steps": []}""", "version 2")]
    [InlineData("""{"version": 1}""", "no \"steps\"")]
    [InlineData("""{"steps": []}""", "version")]
    [InlineData("""{"version": 1, "steps": [{"kind": "scale", "columns": ["x"], "method": "zscore"}]}""", "cannot be read")]
    [InlineData("""{"version": 1, "steps": [{"kind": "teleport"}]}""", "cannot be read")]
    public void BadJson_ThrowsClearMessage(string json, string expected)
    {
        var e = Assert.Throws<PipelineException>(() => PipelineSpec.FromJson(json));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void FullPipeline_FitsAndTransformsSample()
    {
        var output = Full().Fit(Sample()).Transform(Sample());
        Assert.Equal(["x", "y", "city_oslo", "city_paris", "city_rome", "city_unknown", "h_0", "h_1", "h_2", "h_3", "missingindicator_x", "xy"],
            output.Columns.Select(c => c.Name));
        Assert.Equal(10, output.RowCount);
        Assert.DoesNotContain(output.Columns.Where(c => c.Numbers is not null), c => c.Numbers!.Any(double.IsNaN));
    }

    [Fact]
    public void UnknownColumn_ListsTheColumnsThere()
    {
        var e = Assert.Throws<PipelineException>(() => new PipelineSpec([new ScaleStep(["salary"], ScaleMethod.Standard)]).Fit(Sample()));
        Assert.Equal("Step 1 (scale): column 'salary' is not in the table. Its columns here are: x, y, city, smoker. " +
                     "Check the spelling, or whether an earlier step dropped or replaced it.", e.Message);
    }

    [Fact]
    public void ScaleOnTextColumn_ThrowsNeedsNumbers()
    {
        var e = Assert.Throws<PipelineException>(() => new PipelineSpec([new ScaleStep(["x", "city"], ScaleMethod.MinMax)]).Fit(Sample()));
        Assert.Contains("column 'city' is categorical, but this step needs numbers", e.Message);
    }

    [Fact]
    public void Validate_ReturnsProblemWithoutThrowing()
    {
        Assert.Empty(Full().Validate(Sample()));
        var problems = new PipelineSpec([new DropStep(["x"]), new ScaleStep(["x"], ScaleMethod.Standard)]).Validate(Sample());
        Assert.StartsWith("Step 2 (scale): column 'x' is not in the table", Assert.Single(problems));
    }
}
