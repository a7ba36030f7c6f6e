using Workbench.Ml.Serving;

namespace Workbench.Ml.Tests.Serving;

public class BatchingEstimateTests
{
    [Fact]
    public void OnlineRequest_LatencyIsOverheadPlusOneRow()
    {
        var e = BatchingEstimate.For(1, overheadMs: 20, perRowMs: 0.5);
        Assert.Equal(20.5, e.LatencyMs, 9);
        Assert.Equal(1000 / 20.5, e.ThroughputPerSecond, 9);
    }

    [Fact]
    public void LargerBatch_RaisesThroughputAndLatency()
    {
        var small = BatchingEstimate.For(1, 20, 0.5);
        var large = BatchingEstimate.For(64, 20, 0.5);
        Assert.Equal(52, large.LatencyMs, 9);                  // 20 + 64 * 0.5
        Assert.Equal(64 * 1000 / 52.0, large.ThroughputPerSecond, 9);
        Assert.True(large.ThroughputPerSecond > small.ThroughputPerSecond);
    }

    [Fact]
    public void ZeroBatch_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => BatchingEstimate.For(0, 1, 1));
}
