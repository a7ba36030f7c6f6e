using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class RegressionEvaluationTests
{
    // a = [3.0,-0.5,2.0,7.0,0.0,4.2]; b = [2.5,0.0,2.0,8.0,0.1,3.9]
    private static readonly RegressionEvaluation Result =
        RegressionEvaluation.Compute([3.0, -0.5, 2.0, 7.0, 0.0, 4.2], [2.5, 0.0, 2.0, 8.0, 0.1, 3.9]);

    // mean_squared_error(a, b, squared=False); mean_absolute_error(a, b); r2_score(a, b)
    [Fact]
    public void ErrorsAndR2_MatchScikitLearn()
    {
        Expect.Close(0.5163977794943222, Result.Rmse);
        Expect.Close(0.4000000000000001, Result.Mae);
        Expect.Close(0.9587717414644621, Result.R2);
    }

    // mean_absolute_percentage_error(a, b): y = 0 with ŷ = 0.1 divides by np.finfo(float).eps.
    // The value is about 7.5e13, so it is compared with a relative tolerance of 1e-12.
    [Fact]
    public void Mape_UsesMachineEpsilonForZeroActual()
    {
        const double expected = 75059993789508.5;
        Assert.Equal(expected, Result.Mape, expected * 1e-12);
    }

    // mean_absolute_percentage_error([0.0, 1.0], [0.0, 2.0]) == 0.5
    [Fact]
    public void MapeOfExactZeroPrediction_CostsNothing() => Expect.Close(0.5, RegressionEvaluation.Compute([0.0, 1.0], [0.0, 2.0]).Mape);

    // r2_score([2,2,2], [2,2,2]) == 1.0; r2_score([2,2,2], [2,2.5,2]) == 0.0
    [Fact]
    public void ConstantTarget_R2FollowsForceFinite()
    {
        Assert.Equal(1.0, RegressionEvaluation.Compute([2.0, 2.0, 2.0], [2.0, 2.0, 2.0]).R2);
        Assert.Equal(0.0, RegressionEvaluation.Compute([2.0, 2.0, 2.0], [2.0, 2.5, 2.0]).R2);
    }

    [Fact]
    public void OneRow_Throws() => Assert.Throws<ArgumentException>(() => RegressionEvaluation.Compute([1.0], [1.0]));

    [Fact]
    public void InfinitePrediction_ThrowsWithRow()
    {
        var error = Assert.Throws<ArgumentException>(() => RegressionEvaluation.Compute([1.0, 2.0], [1.0, double.PositiveInfinity]));
        Assert.Contains("row 2", error.Message);
    }
}
