using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using static Workbench.Ml.Tests.Pipelines.PipelineTables;

namespace Workbench.Ml.Tests.Pipelines;

public class FittedPipelineTests
{
    private const double N = double.NaN;

    private static readonly PipelineSpec Spec = new(
    [
        new ImputeStep(["x"], ImputeStrategy.Mean, AddIndicator: true),
        new ScaleStep(["x"], ScaleMethod.Standard),
    ]);

    private static TabularData Test() => Numbers("x", 100, N, -50);

    [Fact]
    public void TransformingTestTable_NeverChangesFittedParameters()
    {
        var fitted = Spec.Fit(Sample());
        var before = ((FittedScale)fitted.Steps[1]).Parameters.ToList();
        var fill = ((FittedImpute)fitted.Steps[0]).Fills[0];
        var output = fitted.Transform(Test());
        Assert.Equal(before, ((FittedScale)fitted.Steps[1]).Parameters);
        Assert.Equal(fill, ((FittedImpute)fitted.Steps[0]).Fills[0]);
        // Test rows use the training mean 3.65625 and the scale of the imputed training column.
        var scale = before[0].Scale;
        Close([(100 - before[0].Center) / scale, (3.65625 - before[0].Center) / scale, (-50 - before[0].Center) / scale], output["x"].Numbers!);
        Assert.Equal([0.0, 1, 0], output["missingindicator_x"].Numbers!);
    }

    [Fact]
    public void ImputedTrainingColumn_IsWhatTheScalerSees()
    {
        // make_pipeline(SimpleImputer(), StandardScaler()).fit(np.c_[x]) -> scaler mean_ 3.65625, scale_ 3.607176007627019
        var scale = (FittedScale)Spec.Fit(Sample()).Steps[1];
        Close(3.65625, scale.Parameters[0].Center);
        Close(3.607176007627019, scale.Parameters[0].Scale);
    }

    [Fact]
    public void FittingOnAllData_GivesDifferentParametersThanTrainOnly()
    {
        var train = Sample();
        var all = new TabularData("all", [DataColumn.Numeric("x", ColumnType.Real, [.. X, 100, N, -50])]);
        var honest = (FittedScale)Spec.Fit(train).Steps[1];
        var leaky = (FittedScale)Spec.Fit(all).Steps[1];
        Assert.NotEqual(honest.Parameters[0].Center, leaky.Parameters[0].Center);
        Assert.NotEqual(honest.Parameters[0].Scale, leaky.Parameters[0].Scale);
        // (8 * 3.65625 + 100 - 50) / 10 = 7.925: the leaky mean has seen the test rows
        Close(7.925, ((FittedImpute)Spec.Fit(all).Steps[0]).Fills[0].Number!.Value);
    }

    [Fact]
    public void TableWithoutPipelineColumn_ThrowsOnTransform()
    {
        var fitted = Spec.Fit(Sample());
        var e = Assert.Throws<PipelineException>(() => fitted.Transform(Numbers("z", 1)));
        Assert.Contains("column 'x' is not in the table", e.Message);
    }
}
