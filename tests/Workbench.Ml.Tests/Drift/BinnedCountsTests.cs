using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The bins against <c>numpy.histogram_bin_edges(..., bins="sturges")</c> and <c>numpy.histogram</c> (NumPy 1.24).</summary>
public class BinnedCountsTests
{
    [Fact]
    public void SturgesEdges_MatchNumpy()
    {
        // np.histogram_bin_edges(np.concatenate([R(200), C(300, 2000)]), bins='sturges'): 11 edges, e[1], e[-2], e[-1]
        var all = Spread(200).Concat(Shifted(300, 2000)).ToArray();
        var edges = BinnedCounts.SturgesEdges(all.Min(), all.Max(), all.Length);
        Assert.Equal(11, edges.Length);
        Assert.Equal(0.0, edges[0]);
        Statistic(0.11941252872414827, edges[1]);
        Statistic(1.0747127585173344, edges[9]);
        Assert.Equal(1.1941252872414827, edges[10]);
    }

    [Fact]
    public void SturgesEdgesOfOneRepeatedValue_SpanHalfAUnitEachSide()
    {
        // np.histogram_bin_edges([3.0, 3.0, 3.0], bins='sturges') -> [2.5, 3.5]
        Assert.Equal([2.5, 3.5], BinnedCounts.SturgesEdges(3.0, 3.0, 3));
    }

    [Fact]
    public void Histogram_ClosesOnlyTheLastBin()
    {
        // np.histogram([0, 1, 1, 2, 3], [0, 1, 2, 3])[0] -> [1, 2, 2]
        Assert.Equal([1, 2, 2], BinnedCounts.Histogram([3, 1, 0, 2, 1], [0, 1, 2, 3]));
        // np.histogram([0.1, 0.2, 0.3, 0.7], [0.1, 0.2, 0.30000000000000004, 0.7])[0] -> [1, 2, 1]: 0.3 falls below the edge 0.30000000000000004
        Assert.Equal([1, 2, 1], BinnedCounts.Histogram([0.1, 0.2, 0.3, 0.7], [0.1, 0.2, 0.30000000000000004, 0.7]));
    }

    [Fact]
    public void BooleanColumn_IsLabelledTrueAndFalse()
    {
        var r = Workbench.Ml.Data.DataColumn.Numeric("flag", Workbench.Ml.Data.ColumnType.Boolean, [0, 1, 1]);
        var c = Workbench.Ml.Data.DataColumn.Numeric("flag", Workbench.Ml.Data.ColumnType.Boolean, [1, 1]);
        var result = DriftCalculator.Compare(r, c, new DriftOptions());
        Assert.Equal(["false", "true"], result.Bins.Categories);
        Assert.Equal([1 / 3.0, 2 / 3.0], result.Bins.Reference);
        Assert.Equal([0.0, 1.0], result.Bins.Current);
    }

    [Fact]
    public void FewReferenceValuesAgainstManyCurrentValues_GetOneBinPerValueSeenOnEitherSide()
    {
        // r = [i % 4 for i in range(30)]; c = R(300); one bin per value of np.unique(np.concatenate([r, c])) (303 bins);
        // psi = np.sum((qr-pr)*np.log(qr/pr)) -> 10.264264441486151, linf = np.max(np.abs(p-q)) -> 0.26666666666666666
        var r = Enumerable.Range(0, 30).Select(i => (double)(i % 4)).ToArray();
        var psi = Run(Numbers(r), Numbers(Spread(300)), DriftTestKind.Psi);
        Assert.Equal(303, psi.Bins.Count);
        Statistic(10.264264441486151, psi.Statistic);
        Statistic(0.26666666666666666, Run(Numbers(r), Numbers(Spread(300)), DriftTestKind.Linf).Statistic);
    }

    [Fact]
    public void DateAndIntegerValues_AreLabelledAsTheyAreShown()
    {
        var days = Workbench.Ml.Data.DateValues.ToDays(new DateTime(2020, 3, 1));
        var dates = DriftCalculator.Compare(
            Workbench.Ml.Data.DataColumn.Numeric("d", Workbench.Ml.Data.ColumnType.Date, [days, days + 1]),
            Workbench.Ml.Data.DataColumn.Numeric("d", Workbench.Ml.Data.ColumnType.Date, [days + 1]), new DriftOptions());
        Assert.Equal(["2020-03-01", "2020-03-02"], dates.Bins.Categories);
        var integers = DriftCalculator.Compare(
            Workbench.Ml.Data.DataColumn.Numeric("n", Workbench.Ml.Data.ColumnType.Integer, [3, 10]),
            Workbench.Ml.Data.DataColumn.Numeric("n", Workbench.Ml.Data.ColumnType.Integer, [-2]), new DriftOptions());
        Assert.Equal(["-2", "3", "10"], integers.Bins.Categories);
    }
}
