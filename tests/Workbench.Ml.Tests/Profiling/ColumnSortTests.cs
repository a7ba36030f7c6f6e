using Workbench.Ml.Profiling;

namespace Workbench.Ml.Tests.Profiling;

public class ColumnSortTests
{
    [Fact]
    public void WholeNumbers_SortByCountingWithRowsAscendingWithinTies()
    {
        var (sorted, order) = ColumnSort.Sort([3, -2, double.NaN, 3, 0, -0.0, 7, -2]);
        Assert.Equal([-2.0, -2, 0, 0, 3, 3, 7], sorted);
        Assert.Equal([1, 7, 4, 5, 0, 3, 6], order);
    }

    [Fact]
    public void FractionsInfinitiesAndWideRanges_SortAndKeepRowsWithValues()
    {
        double[][] columns =
        [
            [2.5, -1, double.NaN, 0.25, 2.5],
            [1, double.PositiveInfinity, -3, double.NegativeInfinity],
            [0, 1e9, -5, 70_000],
        ];
        foreach (var values in columns)
        {
            var (sorted, order) = ColumnSort.Sort(values);
            Assert.Equal(values.Where(v => !double.IsNaN(v)).Order(), sorted);
            for (var i = 0; i < order.Length; i++) Assert.Equal(values[order[i]], sorted[i]);
        }
    }

    [Fact]
    public void AllMissing_GivesEmptyArrays()
    {
        var (sorted, order) = ColumnSort.Sort([double.NaN, double.NaN]);
        Assert.Empty(sorted);
        Assert.Empty(order);
    }
}
