using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class PairwiseCorrelationTests
{
    private const double N = double.NaN;

    // df = pd.DataFrame({'a': [1, 2, 3, 4, 5, 6, 7, 8], 'b': [2, nan, 1, 8, 8, 3, nan, 10], 'c': [3] * 8,
    //                    'd': [1, 0, 0, 1, 1, 0, 1, 1], 'e': [-5, 2, 2, 9, nan, 4, 4, 100]})
    private static DatasetProfile Profile() => ProfileAssert.Profile(
        Real("a", 1, 2, 3, 4, 5, 6, 7, 8),
        Real("b", 2, N, 1, 8, 8, 3, N, 10),
        Integer("c", 3, 3, 3, 3, 3, 3, 3, 3),
        Boolean("d", 1, 0, 0, 1, 1, 0, 1, 1),
        Real("e", -5, 2, 2, 9, N, 4, 4, 100));

    // Tolerance 1e-12: pandas accumulates Pearson with Welford updates and Spearman sequentially, we use two passes
    // and vector sums, so results agree to a few ulps, not bit for bit.
    [Fact]
    public void Pearson_MatchesPandasPairwiseComplete()
    {
        // df.corr(method='pearson')
        double[][] expected =
        [
            [1.0, 0.6757785871684132, N, 0.2817180849095055, 0.6475749982065132],
            [0.6757785871684132, 1.0, N, 0.6835859270246634, 0.7877460502019723],
            [N, N, N, N, N],
            [0.2817180849095055, 0.6835859270246634, N, 1.0, 0.35132511876816425],
            [0.6475749982065132, 0.7877460502019723, N, 0.35132511876816425, 1.0],
        ];
        AssertMatrix(expected, Profile().Correlations.Single(c => c.Method == "pearson"));
    }

    [Fact]
    public void Spearman_MatchesPandasWithAverageRanks()
    {
        // df.corr(method='spearman')
        double[][] expected =
        [
            [1.0, 0.753702346348183, N, 0.2817180849095055, 0.8728715609439694],
            [0.753702346348183, 1.0, N, 0.6301260378126043, 0.9],
            [N, N, N, N, N],
            [0.2817180849095055, 0.6301260378126043, N, 1.0, 0.367465459870082],
            [0.8728715609439694, 0.9, N, 0.367465459870082, 1.0],
        ];
        AssertMatrix(expected, Profile().Correlations.Single(c => c.Method == "spearman"));
    }

    [Fact]
    public void ManyTiesAndDifferentMissingRows_MatchPandas()
    {
        // x = [nan if i % 9 == 0 else (i * 7) % 11 for i in range(40)]; y = [nan if i % 5 == 3 else (i * i) % 13 - 6 ...];
        // z = [i % 4 ...]; c = pd.DataFrame({'x': x, 'y': y, 'z': z}).corr(method=m); c.loc['x','y'], c.loc['x','z'], c.loc['y','z']
        var rows = Enumerable.Range(0, 40).ToList();
        var p = ProfileAssert.Profile(
            Integer("x", rows.Select(i => i % 9 == 0 ? N : (i * 7) % 11).ToArray()),
            Integer("y", rows.Select(i => i % 5 == 3 ? N : (i * i) % 13 - 6.0).ToArray()),
            Integer("z", rows.Select(i => (double)(i % 4)).ToArray()));
        var spearman = p.Correlations.Single(c => c.Method == "spearman").Values;
        Close([-0.24211476692333017, 0.03246493411358142, 0.007652025514368736], [spearman[0][1], spearman[0][2], spearman[1][2]]);
        Close([-0.24211476692333017, 0.03246493411358142, 0.007652025514368736], [spearman[1][0], spearman[2][0], spearman[2][1]]);
        var pearson = p.Correlations.Single(c => c.Method == "pearson").Values;
        Close([-0.1884953146200136, 0.03221402071585003, -0.030067728670174376], [pearson[0][1], pearson[0][2], pearson[1][2]]);
    }

    [Fact]
    public void DateAndTextColumns_AreLeftOut()
    {
        var p = ProfileAssert.Profile(Real("a", 1, 2, 3), Real("b", 3, 1, 2),
            Workbench.Ml.Data.DataColumn.Numeric("d", Workbench.Ml.Data.ColumnType.Date, [1, 2, 3]), Text("t", "x", "y", "z"));
        Assert.Equal(["a", "b"], p.Correlations.Single(c => c.Method == "pearson").Columns);
    }

    [Fact]
    public void SingleNumericColumn_HasNoMatrix() =>
        Assert.DoesNotContain(ProfileAssert.Profile(Real("a", 1, 2, 3)).Correlations, c => c.Method == "pearson");

    private static void AssertMatrix(double[][] expected, CorrelationMatrix actual)
    {
        Assert.Equal(["a", "b", "c", "d", "e"], actual.Columns);
        for (var i = 0; i < expected.Length; i++) Close(expected[i], actual.Values[i]);
    }
}
