using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

public class DistinctValueIndexTests
{
    [Fact]
    public void Values_AreNumberedInTheOrderFirstSeen()
    {
        var index = new DistinctValueIndex(4);
        Assert.Equal([0, 1, 0, 2, 1], new[] { 3.5, -1.0, 3.5, 7.0, -1.0 }.Select(index.IndexOf).ToArray());
        Assert.Equal([3.5, -1.0, 7.0], index.Values.ToArray());
    }

    [Fact]
    public void SignedZeros_AreOneValueKeptAsFirstSeen()
    {
        var index = new DistinctValueIndex(4);
        Assert.Equal(0, index.IndexOf(-0.0));
        Assert.Equal(0, index.IndexOf(0.0));
        Assert.True(double.IsNegative(index.Values[0]));
    }

    [Fact]
    public void FullIndex_ReturnsCapacityForANewValue()
    {
        var index = new DistinctValueIndex(256);
        for (int k = 0; k < 256; k++) Assert.Equal(k, index.IndexOf(k * 0.25));
        Assert.Equal(256, index.IndexOf(1e9));
        Assert.Equal(17, index.IndexOf(17 * 0.25));
        Assert.Equal(256, index.Count);
    }
}
