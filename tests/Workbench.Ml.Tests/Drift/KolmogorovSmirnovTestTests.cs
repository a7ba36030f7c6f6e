using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The two-sample KS statistic and p-value against <c>scipy.stats.ks_2samp(R, C, method="auto")</c> (SciPy 1.10).
/// In Python, R(n) = np.array([(i*7919 % 10007)/10007 for i in range(n)]) and
/// C(n, s=150) = np.array([((i*104729) % 10009 + s)/10009 for i in range(n)]).</summary>
public class KolmogorovSmirnovTestTests
{
    private static void AssertKs(double[] r, double[] c, double statistic, double pValue)
    {
        var result = Run(Numbers(r), Numbers(c), DriftTestKind.Ks);
        Statistic(statistic, result.Statistic);
        PValue(pValue, result.PValue);
    }

    [Fact]
    public void TiesAndUnequalSizes_MatchScipyExact()
    {
        // ks_2samp([0.1,0.4,0.4,0.7,1.2,1.2,1.2,2.5], [0.4,0.9,1.2,1.3,2.5,2.5,3.1])
        AssertKs([0.1, 0.4, 0.4, 0.7, 1.2, 1.2, 1.2, 2.5], [0.4, 0.9, 1.2, 1.3, 2.5, 2.5, 3.1], 0.44642857142857145, 0.3728049728049728);
    }

    [Theory]
    [InlineData(new[] { 1.0 }, new[] { 2.0 }, 1.0, 1.0)]                           // ks_2samp([1.0], [2.0])
    [InlineData(new[] { 1.0 }, new[] { 1.0 }, 0.0, 1.0)]                           // ks_2samp([1.0], [1.0])
    [InlineData(new[] { 1.0, 2.0 }, new[] { 1.5, 2.5, 3.5 }, 0.6666666666666666, 0.6)] // ks_2samp([1,2], [1.5,2.5,3.5])
    [InlineData(new[] { 3.0, 1.0, 2.0 }, new[] { 2.0, 2.0, 2.0 }, 0.3333333333333333, 1.0)] // ks_2samp([3,1,2], [2,2,2])
    [InlineData(new[] { 1.0, 2.0 }, new[] { 3.0, 4.0 }, 1.0, 0.3333333333333333)]  // ks_2samp([1,2], [3,4])
    public void TinySamples_MatchScipy(double[] r, double[] c, double statistic, double pValue) => AssertKs(r, c, statistic, pValue);

    [Fact]
    public void EqualSizesAtTenThousand_UseExactDistribution()
    {
        // ks_2samp(R(10000), C(10000)): D is h/lcm = 151/10000
        AssertKs(Spread(10000), Shifted(10000), 0.0151, 0.20433493803247618);
    }

    [Fact]
    public void UnequalSizesAtTenThousand_UseExactDistribution()
    {
        // ks_2samp(R(10000), C(9999))
        AssertKs(Spread(10000), Shifted(9999), 0.015163486348634863, 0.19696367796179945);
    }

    [Fact]
    public void AboveTenThousand_UsesKolmogorovDistributionWithRoundedEffectiveSize()
    {
        // ks_2samp(R(10001), C(10001)): kstwo.sf(D, round(5000.5)) and round() goes to the even 5000
        AssertKs(Spread(10001), Shifted(10001), 0.015198480151984883, 0.19634388897697375);
        // ks_2samp(R(10001), C(10000))
        AssertKs(Spread(10001), Shifted(10000), 0.015122927707229228, 0.20089055481753448);
    }

    [Theory]
    [InlineData(1, 20000, 150, 0.5149, 0.9702)]                          // ks_2samp([0.5], C(20000))
    [InlineData(7, 20000, 150, 0.16167142857142858, 0.9780586672192432)] // ks_2samp(R(7), C(20000))
    [InlineData(7, 20000, 3000, 0.36544285714285707, 0.24095553640253042)] // ks_2samp(R(7), C(20000, 3000))
    [InlineData(300, 12000, 600, 0.06641666666666667, 0.14412687005082936)] // ks_2samp(R(300), C(12000, 600))
    [InlineData(2000, 30000, 400, 0.040799999999999975, 0.0037799811392917435)] // ks_2samp(R(2000), C(30000, 400))
    public void SmallAgainstLarge_UseKolmogorovDistributionOfSmallEffectiveSize(int n, int m, int shift, double statistic, double pValue)
    {
        // n = 1 uses R = [0.5]: ks_2samp([0.5], C(20000))
        var r = n == 1 ? [0.5] : Spread(n);
        AssertKs(r, Shifted(m, shift), statistic, pValue);
    }

    [Fact]
    public void LargeDistance_GivesTinyExactPValues()
    {
        // ks_2samp(np.arange(100)/100, (np.arange(100)+60)/100)
        AssertKs(Enumerable.Range(0, 100).Select(i => i / 100.0).ToArray(), Enumerable.Range(0, 100).Select(i => (i + 60) / 100.0).ToArray(),
            0.6, 4.528308394643339e-17);
        // ks_2samp(np.arange(60)/60, (np.arange(90)+50)/90)
        AssertKs(Enumerable.Range(0, 60).Select(i => i / 60.0).ToArray(), Enumerable.Range(0, 90).Select(i => (i + 50) / 90.0).ToArray(),
            0.5666666666666667, 3.86438223766275e-11);
    }

    [Fact]
    public void LargeDistance_GivesTinyAsymptoticPValues()
    {
        // ks_2samp(R(20000), C(15000)+0.05)
        var c = Shifted(15000).Select(v => v + 0.05).ToArray();
        AssertKs(Spread(20000), c, 0.06561666666666677, 1.580149500942415e-32);
    }

    [Fact]
    public void IdenticalSamples_GiveZeroDistanceAndPValueOne()
    {
        // ks_2samp(R(500), R(500)) -> (0.0, 1.0)
        var result = Run(Numbers(Spread(500)), Numbers(Spread(500)), DriftTestKind.Ks);
        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
        Assert.False(result.Drifted);
    }

    [Fact]
    public void DriftedColumn_IsFlaggedBelowThreshold()
    {
        var result = Run(Numbers(Spread(2000)), Numbers(Shifted(30000, 400)), DriftTestKind.Ks);
        Assert.True(result.Drifted);
        Assert.Equal(0.05, result.Threshold);
        Assert.Equal(result.PValue, result.AdjustedPValue);
    }
}
