using Workbench.Ml.Toy;

namespace Workbench.Ml.Tests.Toy;

public class DecisionRegionsTests
{
    [Fact]
    public void Circles_TreesBeatTheStraightLineAndTheBaselineIsTheMajorityShare()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Circles, Rows: 400, Noise: 0.05, Seed: 2));

        var set = DecisionRegions.Run(data, ["MostFrequent", "LbfgsLogisticRegression", "FastTree"], gridSize: 20);

        Assert.Equal(300, set.Train.Count);
        Assert.Equal(100, set.Test.Count);
        Assert.Equal(20, set.Grid.Xs.Length);
        var baseline = set.Regions[0];
        int ones = set.Test.Labels.Count(l => l == 1), majorityTrain = set.Train.Labels.Count(l => l == 1) >= 150 ? 1 : 0;
        double expected = (majorityTrain == 1 ? ones : 100 - ones) / 100.0;
        Assert.Equal(expected, baseline.TestAccuracy, 10);
        Assert.All(baseline.Probability.SelectMany(r => r), p => Assert.Equal(baseline.Probability[0][0], p, 10));
        var linear = set.Regions[1];
        var trees = set.Regions[2];
        Assert.InRange(linear.TestAccuracy, 0.3, 0.7);   // no straight line separates a ring from its centre
        Assert.True(trees.TestAccuracy > 0.9, $"FastTree test accuracy {trees.TestAccuracy}");
        Assert.All(trees.Probability.SelectMany(r => r), p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void SameSeed_GivesTheSameRegions()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Moons, Rows: 200, Seed: 5));

        var a = DecisionRegions.Run(data, ["LightGbm"], gridSize: 10);
        var b = DecisionRegions.Run(data, ["LightGbm"], gridSize: 10);

        Assert.Equal(a.Regions[0].Probability, b.Regions[0].Probability);
        Assert.Equal(a.Regions[0].TestAccuracy, b.Regions[0].TestAccuracy);
    }

    [Fact]
    public void Cancelled_Throws()
    {
        var data = ToyGenerator.Generate(new ToyOptions(ToyShape.Moons, Rows: 100));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DecisionRegions.Run(data, ["FastTree"], cancellationToken: cancel.Token));
    }
}
