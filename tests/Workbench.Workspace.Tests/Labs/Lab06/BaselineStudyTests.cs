using Workbench.Ml.Training;
using Workbench.Workspace.Labs.Lab06;

namespace Workbench.Workspace.Tests.Labs.Lab06;

public class BaselineStudyTests
{
    [Theory]
    [InlineData(TaskKind.Binary, "MostFrequent,Prior,LbfgsLogisticRegression,LightGbm")]
    [InlineData(TaskKind.Multiclass, "MostFrequent,Prior,LbfgsMaximumEntropy,LightGbm")]
    [InlineData(TaskKind.Regression, "Mean,Median,Sdca,LightGbm")]
    public void Trainers_AreTheBaselinesThenALinearModelAndBoostedTrees(TaskKind task, string expected) =>
        Assert.Equal(expected.Split(','), BaselineStudy.Trainers(task));

    [Fact]
    public void Best_FollowsTheMetricDirectionAndSkipsMissing()
    {
        Assert.Equal(2, BaselineStudy.Best([0.5, null, 0.81, 0.8], higherIsBetter: true));
        Assert.Equal(0, BaselineStudy.Best([0.4, double.NaN, 0.81], higherIsBetter: false));
        Assert.Equal(-1, BaselineStudy.Best([null, double.NaN], higherIsBetter: true));
        Assert.Equal(("rmse", false), BaselineStudy.RankingMetric(TaskKind.Regression));
    }
}
