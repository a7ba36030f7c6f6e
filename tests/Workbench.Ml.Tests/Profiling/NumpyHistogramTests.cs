using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class NumpyHistogramTests
{
    [Fact]
    public void ValuesOnInnerEdges_FallInTheUpperBinAndMaxInTheLast()
    {
        // np.histogram([0.1, 0.2, 0.3, 0.7, 1.0, 0.30000000000000004, 0.6], bins=10)
        double[] values = [0.1, 0.2, 0.3, 0.7, 1.0, 0.30000000000000004, 0.6];
        var h = NumpyHistogram.Compute(values, 10, 0.1, 1.0);
        Assert.Equal([1L, 1, 2, 0, 0, 1, 1, 0, 0, 1], h.Counts);
        Assert.Equal([0.1, 0.19, 0.28, 0.37, 0.45999999999999996, 0.5499999999999999, 0.64, 0.73, 0.82, 0.9099999999999999, 1.0], h.Edges);
    }

    [Fact]
    public void FiftyBins_EdgesAreNumpyLinspace()
    {
        // np.histogram([-3.3, 1e-9, 2.2, 2.2, 7.9], bins=50)
        var h = NumpyHistogram.Compute([-3.3, 1e-9, 2.2, 2.2, 7.9], 50, -3.3, 7.9);
        Assert.Equal(51, h.Edges.Count);
        Assert.Equal([-3.3, -3.0759999999999996, -2.852, -2.628], h.Edges.Take(4));
        Assert.Equal(7.675999999999999, h.Edges[^2]);
        Assert.Equal((1L, 1L, 2L, 1L), (h.Counts[0], h.Counts[14], h.Counts[24], h.Counts[49]));
        Assert.Equal(5L, h.Counts.Sum());
    }

    [Theory]
    // np.histogram_bin_edges(x, bins='auto').size - 1
    [InlineData(new[] { 1.0, 2, 2, 3, 3, 3, 4, 4, 5, 10 }, 6)]
    [InlineData(new[] { 0.0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2 }, 5)]
    [InlineData(new[] { 7.0, 7, 7 }, 1)]
    public void AutoBinCount_MatchesNumpy(double[] sorted, int expected) =>
        Assert.Equal(expected, NumpyHistogram.AutoBinCount(sorted));

    [Fact]
    public void AutoBinCountForOneToHundred_MatchesNumpy() =>
        // np.histogram_bin_edges(np.arange(1, 101), bins='auto').size - 1
        Assert.Equal(8, NumpyHistogram.AutoBinCount(Enumerable.Range(1, 100).Select(i => (double)i).ToArray()));

    [Fact]
    public void ConstantValues_OneBinWidenedByHalf()
    {
        var h = NumpyHistogram.Compute([2.0, 2.0], 1, 2.0, 2.0);
        Close([1.5, 2.5], h.Edges);
        Assert.Equal([2L], h.Counts);
    }
}
