using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>Normed Wasserstein against <c>wasserstein_distance(R, C) / max(np.std(R), 0.001)</c> (SciPy 1.10, NumPy 1.24).</summary>
public class WassersteinDistanceTests
{
    [Fact]
    public void TiesAndUnequalSizes_MatchScipy()
    {
        // r=[0.1,0.4,0.4,0.7,1.2,1.2,1.2,2.5]; c=[0.4,0.9,1.2,1.3,2.5,2.5,3.1]
        // stats.wasserstein_distance(r, c) / max(np.std(r), 0.001)
        var result = Run(Numbers(0.1, 0.4, 0.4, 0.7, 1.2, 1.2, 1.2, 2.5), Numbers(0.4, 0.9, 1.2, 1.3, 2.5, 2.5, 3.1), DriftTestKind.Wasserstein);
        Statistic(1.0457640120191711, result.Statistic);
        Assert.Null(result.PValue);
        Assert.Null(result.AdjustedPValue);
        Assert.True(result.Drifted);
    }

    [Fact]
    public void ConstantReference_IsNormedByTheMinimumSpread()
    {
        // stats.wasserstein_distance([2,2,2], [2,2,3]) / max(np.std([2,2,2]), 0.001)
        Statistic(333.33333333333337, Run(Numbers(2, 2, 2), Numbers(2, 2, 3), DriftTestKind.Wasserstein).Statistic);
    }

    [Fact]
    public void Spread_MatchesScipy()
    {
        // stats.wasserstein_distance(R(200), C(300, 2000)) / max(np.std(R(200)), 0.001)
        Statistic(0.668974878186681, Run(Numbers(Spread(200)), Numbers(Shifted(300, 2000)), DriftTestKind.Wasserstein).Statistic);
    }

    [Fact]
    public void IdenticalSamples_GiveZero()
    {
        var result = Run(Numbers(Spread(300)), Numbers(Spread(300)), DriftTestKind.Wasserstein);
        Assert.Equal(0.0, result.Statistic);
        Assert.False(result.Drifted);
    }

    [Fact]
    public void PopulationStd_MatchesNumpy()
    {
        // np.std([0.1,0.4,0.4,0.7,1.2,1.2,1.2,2.5])
        Statistic(0.7052260275968266, WassersteinDistance.Std([0.1, 0.4, 0.4, 0.7, 1.2, 1.2, 1.2, 2.5]));
    }
}
