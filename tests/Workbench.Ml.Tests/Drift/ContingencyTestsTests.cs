using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>Chi-square against <c>scipy.stats.chi2_contingency(table, correction=False)</c> and the two-proportion z-test
/// against its textbook formula with <c>2*stats.norm.sf(abs(z))</c>.</summary>
public class ContingencyTestsTests
{
    [Fact]
    public void ChiSquareWithCategoriesOnOneSideOnly_MatchesScipy()
    {
        // chi2_contingency([[5,3,2,0],[2,3,0,4]], correction=False) -> (7.253174603174604, 0.06425140633195345, dof 3)
        var result = Run(Texts("a", "a", "a", "a", "a", "b", "b", "b", "c", "c"), Texts("a", "a", "b", "b", "b", "d", "d", "d", "d"), DriftTestKind.ChiSquare);
        Statistic(7.253174603174604, result.Statistic);
        PValue(0.06425140633195345, result.PValue);
        Assert.False(result.Drifted);
    }

    [Fact]
    public void ChiSquareOfNumericValues_MatchesScipy()
    {
        // chi2_contingency([[2,1,3,0],[1,2,0,1]], correction=False) -> (4.444444444444445, 0.2172995701784638)
        var result = Run(Numbers(1, 1, 2, 3, 3, 3), Numbers(1, 2, 2, 4), DriftTestKind.ChiSquare);
        Statistic(4.444444444444445, result.Statistic);
        PValue(0.2172995701784638, result.PValue);
    }

    [Fact]
    public void ChiSquareOfContinuousColumn_UsesNonEmptyHistogramBins()
    {
        // table of the Sturges counts of R(200) and C(300, 2000) with the bin empty on both sides dropped:
        // chi2_contingency([[24,23,23,23,26,23,25,24,9,0],[0,13,35,36,36,35,36,36,37,36]], correction=False)
        var result = Run(Numbers(Spread(200)), Numbers(Shifted(300, 2000)), DriftTestKind.ChiSquare);
        Statistic(76.71634358632413, result.Statistic);
        PValue(7.235890183808503e-13, result.PValue);
        Assert.True(result.Drifted);
    }

    [Fact]
    public void ChiSquareOfSingleCategory_GivesZeroAndPValueOne()
    {
        // chi2_contingency([[3],[2]], correction=False) -> (0.0, 1.0, dof 0)
        var result = Run(Texts("a", "a", "a"), Texts("a", "a"), DriftTestKind.ChiSquare);
        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void ZOfBinaryCategories_TestsTheShareOfTheLastValue()
    {
        // share of "yes": 30/100 vs 45/100; P = 0.375; z = (0.30-0.45)/sqrt(P*(1-P)*(1/100+1/100)); 2*stats.norm.sf(abs(z))
        var r = Enumerable.Repeat("yes", 30).Concat(Enumerable.Repeat("no", 70)).ToArray<string?>();
        var c = Enumerable.Repeat("yes", 45).Concat(Enumerable.Repeat("no", 55)).ToArray<string?>();
        var result = Run(Texts(r), Texts(c), DriftTestKind.Z);
        Statistic(-2.1908902300206647, result.Statistic);
        PValue(0.02845973691631055, result.PValue);
        Assert.True(result.Drifted);
    }

    [Fact]
    public void ZOfBinaryNumbers_TestsTheShareOfOnes()
    {
        // 10/50 ones vs 20/50 ones -> z = -2.182178902359924, 2*stats.norm.sf(abs(z)) = 0.029096331741252188
        var r = Enumerable.Repeat(0.0, 40).Concat(Enumerable.Repeat(1.0, 10)).ToArray();
        var c = Enumerable.Repeat(0.0, 30).Concat(Enumerable.Repeat(1.0, 20)).ToArray();
        var result = Run(Numbers(r), Numbers(c), DriftTestKind.Z);
        Statistic(-2.182178902359924, result.Statistic);
        PValue(0.029096331741252188, result.PValue);
    }

    [Fact]
    public void ZOfIdenticalShares_GivesZeroAndPValueOne()
    {
        var result = Run(Numbers(0, 1, 0, 1), Numbers(1, 0, 1, 0, 0, 1), DriftTestKind.Z);
        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void ZOfOneValueOnly_GivesZeroAndPValueOne()
    {
        var result = Run(Texts("a", "a"), Texts("a"), DriftTestKind.Z);
        Assert.Equal(0.0, result.Statistic);
        Assert.Equal(1.0, result.PValue);
    }
}
