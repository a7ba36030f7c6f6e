using Workbench.Ml.Data;
using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class TextColumnProfilerTests
{
    private static ColumnAnalysis Analyse(DataColumn column, ProfileOptions? options = null) =>
        TextColumnProfiler.Profile(column, options ?? new ProfileOptions(), CancellationToken.None);

    [Fact]
    public void Categorical_CountsDistinctMissingAndTopValues()
    {
        var p = Analyse(Categorical("c", "b", "a", null, "a", "c", "b", "a", null)).Profile;
        Assert.Equal((6L, 3L, 2L), (p.Count, p.Distinct, p.Missing));
        Close(0.25, p.MissingShare);
        // Ties between "b" and "c"... "b" appears first, so it comes first.
        Assert.Equal(["a", "b", "c"], p.MostFrequent.Select(v => v.Value));
        Assert.Equal([3L, 2, 1], p.MostFrequent.Select(v => v.Count));
        Close(3.0 / 8, p.MostFrequent[0].Share);
        Assert.Null(p.Numeric);
    }

    [Fact]
    public void Categorical_BarsShowTopValuesAndOther()
    {
        var values = Enumerable.Range(0, 12).SelectMany(i => Enumerable.Repeat($"v{i:00}", 12 - i)).ToArray<string?>();
        var h = Analyse(Categorical("c", values)).Profile.Histogram!;
        Assert.Equal(11, h.Labels!.Count);
        Assert.Equal("v00", h.Labels[0]);
        Assert.Equal("(other)", h.Labels[^1]);
        Assert.Equal(2L + 1, h.Counts[^1]); // v10 twice and v11 once
        Assert.Empty(h.Edges);
    }

    [Fact]
    public void Text_HistogramOfLengthsInCodePointsMatchesNumpy()
    {
        // L = [len(v) for v in ["a", "bb", "bb", "cccc", "", "héllo", "😀x"]]; np.histogram(L, bins=min(50, len(set(L))))
        var h = Analyse(Text("t", "a", "bb", "bb", "cccc", "", "héllo", "😀x")).Profile.Histogram!;
        Assert.Equal([1L, 1, 3, 0, 2], h.Counts);
        Assert.Equal([0.0, 1, 2, 3, 4, 5], h.Edges);
        Assert.Null(h.Labels);
    }

    [Fact]
    public void ImbalanceAndUniformity_OnlyForCategorical()
    {
        var text = Analyse(Text("t", "x", "y"));
        Assert.Null(text.Imbalance);
        Assert.Null(text.UniformPValue);
        var categorical = Analyse(Categorical("c", "x", "y"));
        Assert.Equal(0.0, categorical.Imbalance);
        Assert.Equal(1.0, categorical.UniformPValue);
    }
}
