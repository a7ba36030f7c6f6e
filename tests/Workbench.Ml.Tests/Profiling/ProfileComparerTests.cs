using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class ProfileComparerTests
{
    [Fact]
    public void Columns_AlignByNameLeftOrderFirst()
    {
        var left = Profile(Real("a", 1, 2), Real("b", 3, 4), Categorical("c", "x", "y"));
        var right = Profile(Categorical("c", "x", "x"), Real("d", 5, 6), Real("a", 7, 8), Real("B", 1, 1));
        var comparison = ProfileComparer.Compare(left, right);
        Assert.Same(left, comparison.Left);
        Assert.Same(right, comparison.Right);
        Assert.Equal(["a", "b", "c", "d", "B"], comparison.Columns.Select(c => c.Name));
        Assert.Equal([true, true, true, false, false], comparison.Columns.Select(c => c.Left is not null));
        Assert.Equal([true, false, true, true, true], comparison.Columns.Select(c => c.Right is not null));
        Assert.Equal(7.5, comparison.Columns[0].Right!.Numeric!.Mean);
        Assert.Equal(1L, comparison.Columns[2].Right!.Distinct);
    }
}
