using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The one-sample Kolmogorov distribution against <c>scipy.stats.kstwo.sf(x, n)</c> in every regime of
/// Simard and L'Ecuyer's algorithm that SciPy 1.10 uses.</summary>
public class KolmogorovDistributionTests
{
    [Theory]
    [InlineData(1, 0.7, 0.6000000000000001)]             // kstwo.sf(0.7, 1)
    [InlineData(5, 0.15, 0.9988)]                        // kstwo.sf(0.15, 5): Ruben–Gambino, n·x ≤ 1
    [InlineData(5, 0.85, 0.0001518750000000001)]         // kstwo.sf(0.85, 5): Ruben–Gambino, n·x ≥ n − 1
    [InlineData(5, 0.6, 0.03008000000000001)]            // kstwo.sf(0.6, 5): x ≥ 0.5, twice Smirnov
    [InlineData(50, 0.1, 0.6623112704658186)]            // kstwo.sf(0.1, 50): Durbin matrix
    [InlineData(50, 0.2, 0.03143877776953241)]           // kstwo.sf(0.2, 50): Pomeranz
    [InlineData(50, 0.35, 5.573523514803185e-06)]        // kstwo.sf(0.35, 50): twice Smirnov
    [InlineData(140, 0.3, 1.1370251710737309e-11)]       // kstwo.sf(0.3, 140)
    [InlineData(150, 0.0049, 1.0)]                       // kstwo.sf(0.0049, 150): log-factorial branch
    [InlineData(1000, 0.02, 0.8108971656895577)]         // kstwo.sf(0.02, 1000): Pelz–Good
    [InlineData(1000, 0.01, 0.9999496745370611)]         // kstwo.sf(0.01, 1000): Durbin matrix
    [InlineData(1000, 0.06, 0.001428597887952891)]       // kstwo.sf(0.06, 1000): twice Smirnov
    [InlineData(200000, 0.001, 0.9881500208855729)]      // kstwo.sf(0.001, 200000): Pelz–Good beyond 100,000
    [InlineData(500000, 0.004, 2.2445978493851467e-07)]  // kstwo.sf(0.004, 500000): Smirnov sum with half a million terms
    [InlineData(2000, 0.5, 0.0)]                         // kstwo.sf(0.5, 2000): n·x² ≥ 370
    public void SurvivalFunction_MatchesScipy(int n, double x, double expected) =>
        DriftAssert.PValue(expected, KolmogorovDistribution.Sf(n, x));

    [Fact]
    public void OutsideSupport_IsOneOrZero()
    {
        Assert.Equal(1.0, KolmogorovDistribution.Sf(10, 0.05)); // kstwo.sf(0.05, 10) == 1.0 (x ≤ 0.5/n)
        Assert.Equal(0.0, KolmogorovDistribution.Sf(10, 1.0));  // kstwo.sf(1.0, 10) == 0.0
    }
}
