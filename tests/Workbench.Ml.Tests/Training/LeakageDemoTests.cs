using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class LeakageDemoTests
{
    [Fact]
    public void RandomSplitOfTrendingSeries_ScoresBetterThanForwardSplit()
    {
        var data = TrainingData.TrendSeries(600);
        var request = new TrainingRequest(TaskKind.Regression, "y", ["day", "x"], "LightGbm");
        var result = LeakageDemo.Run(data, request, LeakageKind.RandomSplitOfTimeSeries, new SplitOptions(TestFraction: 0.25, Column: "day"));
        Assert.Equal("r2", result.Metric);
        Assert.True(result.LeakyScore > result.HonestScore + 0.2, $"leaky {result.LeakyScore}, honest {result.HonestScore}");
        Assert.Equal(result.LeakyScore - result.HonestScore, result.Difference, 12);
        Assert.Contains("future", result.Explanation);
    }

    [Fact]
    public void ScalerBeforeSplit_ComparesFoldFittedWithAllRowsFitted()
    {
        var data = TrainingData.Binary(500, seed: 41);
        var request = new TrainingRequest(TaskKind.Binary, "label", [], "LbfgsLogisticRegression");
        var result = LeakageDemo.Run(data, request, LeakageKind.ScalerBeforeSplit, new SplitOptions(Seed: 2), folds: 3);
        Assert.Equal("roc_auc", result.Metric);
        Assert.InRange(result.HonestScore, 0.7, 1);
        Assert.InRange(result.LeakyScore, 0.7, 1);
        Assert.Contains("scaler", result.Explanation);
    }

    [Fact]
    public void ImputerLeakWithoutMissingValues_Throws()
    {
        var data = TrainingData.Regression(100);
        var error = Assert.Throws<TrainingException>(() => LeakageDemo.Run(data, new TrainingRequest(TaskKind.Regression, "y", [], "Sdca"),
            LeakageKind.ImputerBeforeSplit, new SplitOptions()));
        Assert.Contains("missing values", error.Message);
    }

    [Fact]
    public void ImputerBeforeSplit_RunsOnColumnsWithGaps()
    {
        var data = TrainingData.Binary(400, seed: 43);
        var result = LeakageDemo.Run(data, new TrainingRequest(TaskKind.Binary, "label", [], "SdcaLogisticRegression"),
            LeakageKind.ImputerBeforeSplit, new SplitOptions(), folds: 3);
        Assert.InRange(result.HonestScore, 0.6, 1);
        Assert.True(double.IsFinite(result.Difference));
    }
}
