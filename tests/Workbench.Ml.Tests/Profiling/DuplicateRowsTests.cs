using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class DuplicateRowsTests
{
    [Fact]
    public void MissingEqualsMissing_LikePandasDuplicated()
    {
        // pd.DataFrame({'x': [1, 1, nan, nan, 2, 1, 0.0, -0.0], 'c': ['a', 'a', None, None, 'b', 'a', 'z', 'z']})
        //   .duplicated().sum() == 4
        var data = Table(Real("x", 1, 1, double.NaN, double.NaN, 2, 1, 0.0, -0.0), Categorical("c", "a", "a", null, null, "b", "a", "z", "z"));
        var (count, top) = DuplicateRows.Find(data, 10, CancellationToken.None);
        Assert.Equal(4L, count);
        Assert.Equal(3, top.Count);
        Assert.Equal("1|a", string.Join("|", top[0].Values));
        Assert.Equal(3L, top[0].Count);
        Assert.All(top[1].Values, Assert.Null);
        Assert.Equal(2L, top[1].Count);
        Assert.Equal("0|z", string.Join("|", top[2].Values));
    }

    [Fact]
    public void TopList_KeepsTheMostRepeatedRows()
    {
        var values = Enumerable.Range(0, 30).SelectMany(i => Enumerable.Repeat((double)i, i % 4 + 1)).ToArray();
        var (count, top) = DuplicateRows.Find(Table(Integer("x", values)), 3, CancellationToken.None);
        Assert.Equal(values.Length - 30L, count);
        Assert.Equal(["3", "7", "11"], top.Select(r => r.Values[0]));
        Assert.All(top, r => Assert.Equal(4L, r.Count));
    }

    [Fact]
    public void NoDuplicates_GivesZeroAndEmptyList()
    {
        var (count, top) = DuplicateRows.Find(Table(Real("x", 1, 2, 3)), 10, CancellationToken.None);
        Assert.Equal(0L, count);
        Assert.Empty(top);
    }
}
