using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

/// <summary>Adjusted p-values as statsmodels' <c>multipletests</c> defines them. statsmodels is not on the build machine,
/// so the expected values come from its algorithm written out in NumPy: for 'fdr_bh', with p sorted,
/// raw = p_sorted / (np.arange(1, n+1) / n), adj = np.minimum.accumulate(raw[::-1])[::-1], capped at 1, unsorted;
/// for 'bonferroni', min(p·n, 1).</summary>
public class MultipleTestingTests
{
    private static readonly double[] PValues = [0.01, 0.04, 0.03, 0.005, 0.2, 0.03];

    [Fact]
    public void BenjaminiHochberg_MatchesStatsmodelsDefinition()
    {
        var adjusted = MultipleTesting.Adjust(PValues, DriftCorrection.BenjaminiHochberg);
        double[] expected = [0.030000000000000002, 0.048, 0.045, 0.030000000000000002, 0.2, 0.045];
        for (int i = 0; i < expected.Length; i++) DriftAssert.Statistic(expected[i], adjusted[i]);
    }

    [Fact]
    public void Bonferroni_MultipliesByCountAndCapsAtOne()
    {
        var adjusted = MultipleTesting.Adjust(PValues, DriftCorrection.Bonferroni);
        double[] expected = [0.06, 0.24, 0.18, 0.03, 1.0, 0.18];
        for (int i = 0; i < expected.Length; i++) DriftAssert.Statistic(expected[i], adjusted[i]);
    }

    [Fact]
    public void None_LeavesPValuesAsTheyAre()
    {
        Assert.Equal(PValues, MultipleTesting.Adjust(PValues, DriftCorrection.None));
    }

    [Fact]
    public void EmptyList_GivesEmptyList()
    {
        Assert.Empty(MultipleTesting.Adjust([], DriftCorrection.BenjaminiHochberg));
    }
}
