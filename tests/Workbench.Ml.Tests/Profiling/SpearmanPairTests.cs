using Workbench.Ml.Profiling;

namespace Workbench.Ml.Tests.Profiling;

public class SpearmanPairTests
{
    private static RankedColumn Ranked(double[] values)
    {
        var rows = Enumerable.Range(0, values.Length).Where(r => !double.IsNaN(values[r])).ToArray();
        var sorted = rows.Select(r => values[r]).ToArray();
        Array.Sort(sorted, rows);
        return RankedColumn.Create(values, sorted, rows);
    }

    [Fact]
    public void TiesZerosAndMissingOnBothSides_MatchPandas()
    {
        // pd.Series(x).corr(pd.Series(y), method='spearman') with the arrays below
        double[] x = [1, 2, 2, double.NaN, 3, 3, 3, 0, -0.0, 5];
        double[] y = [2, double.NaN, 1, 4, 4, 4, 0, 0, 7, 1];
        Assert.Equal(-0.09375732507716866, SpearmanPair.Compute(Ranked(x), Ranked(y)), 1e-12);
        Assert.Equal(-0.09375732507716866, SpearmanPair.Compute(Ranked(y), Ranked(x)), 1e-12);
    }

    [Fact]
    public void TiedValues_ShareTheMeanRankAndZerosAreOneValue()
    {
        var ranked = Ranked([3, 1, 3, double.NaN, 0, -0.0]);
        Assert.Equal([4.5, 3, 4.5, double.NaN, 1.5, 1.5], ranked.Ranks);
        Assert.True(ranked.StartsGroup(0));
        Assert.False(ranked.StartsGroup(1));
        Assert.True(ranked.StartsGroup(2));
        Assert.True(ranked.StartsGroup(3));
        Assert.False(ranked.StartsGroup(4));
    }
}
