using Workbench.Ml.Pipelines;
using static Workbench.Ml.Tests.Pipelines.PipelineTables;

namespace Workbench.Ml.Tests.Pipelines;

public class ScalingTests
{
    private const double N = double.NaN;

    [Fact]
    public void Standard_MatchesStandardScalerIgnoringMissing()
    {
        var (fitted, output) = FitTransform(new ScaleStep(["x", "y"], ScaleMethod.Standard), Sample());
        var p = ((FittedScale)fitted.Steps[0]).Parameters;
        // StandardScaler().fit(np.c_[x, y]).mean_ -> [3.65625, 42.22222222222222]; .scale_ (ddof 0) -> [4.032945379930157, 27.39739556875101]
        Close(3.65625, p[0].Center);
        Close(4.032945379930157, p[0].Scale);
        Close(42.22222222222222, p[1].Center);
        Close(27.39739556875101, p[1].Scale);
        // StandardScaler().fit_transform(np.c_[x, y])[:, 0] and [:, 1]
        Close([-0.5346588651387443, N, -0.1627222633030961, -1.4025109360885901, 0.8910981085645738, -0.1627222633030961,
            -0.7826165996958432, N, 2.0688973477107933, 0.08523547125400271], output["x"].Numbers!);
        Close([-1.1761053031980282, -0.8111071056538126, -0.4461089081095969, -0.8111071056538126, N, 0.2838874869788344,
            0.6488856845230502, -0.8111071056538126, 1.3788820796114816, 1.7438802771556972], output["y"].Numbers!);
    }

    [Fact]
    public void MinMax_MatchesMinMaxScaler()
    {
        var (fitted, output) = FitTransform(new ScaleStep(["x", "y"], ScaleMethod.MinMax), Sample());
        // MinMaxScaler().fit(np.c_[x, y]).data_min_ -> [-2.0, 10.0]; .data_range_ -> [14.0, 80.0]
        Assert.Equal([-2.0, 10.0], ((FittedScale)fitted.Steps[0]).Parameters.Select(q => q.Center));
        Assert.Equal([14.0, 80.0], ((FittedScale)fitted.Steps[0]).Parameters.Select(q => q.Scale));
        // MinMaxScaler().fit_transform(np.c_[x, y])[:, 0]
        Close([0.25, N, 0.3571428571428571, 0.0, 0.6607142857142856, 0.3571428571428571, 0.17857142857142855, N, 1.0,
            0.42857142857142855], output["x"].Numbers!);
        Close([0.0, 0.125, 0.25, 0.125, N, 0.5, 0.625, 0.125, 0.875, 1.0], output["y"].Numbers!);
    }

    [Fact]
    public void Robust_MatchesRobustScalerWithLinearQuantiles()
    {
        var (fitted, output) = FitTransform(new ScaleStep(["x", "y"], ScaleMethod.Robust), Sample());
        // RobustScaler().fit(np.c_[x, y]).center_ -> [3.0, 30.0]; .scale_ -> [3.5625, 40.0]
        Assert.Equal([3.0, 30.0], ((FittedScale)fitted.Steps[0]).Parameters.Select(q => q.Center));
        Assert.Equal([3.5625, 40.0], ((FittedScale)fitted.Steps[0]).Parameters.Select(q => q.Scale));
        // RobustScaler().fit_transform(np.c_[x, y])[:, 0]
        Close([-0.42105263157894735, N, 0.0, -1.4035087719298245, 1.1929824561403508, 0.0, -0.7017543859649122, N,
            2.526315789473684, 0.2807017543859649], output["x"].Numbers!);
        Close([-0.5, -0.25, 0.0, -0.25, N, 0.5, 0.75, -0.25, 1.25, 1.5], output["y"].Numbers!);
    }

    [Theory]
    [InlineData(ScaleMethod.Standard)]
    [InlineData(ScaleMethod.MinMax)]
    [InlineData(ScaleMethod.Robust)]
    public void ConstantColumn_GetsScaleOne(ScaleMethod method)
    {
        // StandardScaler / MinMaxScaler / RobustScaler on np.array([[5.],[5.],[5.]]) -> scale_ == [1.0]
        var (fitted, output) = FitTransform(new ScaleStep(["c"], method), Numbers("c", 5, 5, N, 5));
        Assert.Equal(1.0, ((FittedScale)fitted.Steps[0]).Parameters[0].Scale);
        Assert.Equal([0.0, 0.0, N, 0.0], output["c"].Numbers!);
    }
}
