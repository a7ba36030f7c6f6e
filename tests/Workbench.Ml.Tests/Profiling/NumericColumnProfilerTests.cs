using Workbench.Ml.Data;
using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class NumericColumnProfilerTests
{
    private static ColumnProfile ProfileOf(DataColumn column) =>
        NumericColumnProfiler.Profile(column, new ProfileOptions(), CancellationToken.None).Profile;

    [Fact]
    public void TiesMissingAndNegatives_MatchPandas()
    {
        // s = pd.Series([3, -1.5, nan, 2, 2, 7.25, -1.5, 0, nan, 10, 2, 4.5])
        var p = ProfileOf(Real("x", 3, -1.5, double.NaN, 2, 2, 7.25, -1.5, 0, double.NaN, 10, 2, 4.5));
        var s = p.Numeric!;
        Assert.Equal((10L, 2L, 7L), (p.Count, p.Missing, p.Distinct)); // s.count(), s.isna().sum(), s.nunique()
        Close(2.0 / 12, p.MissingShare);
        Close(2.775, s.Mean);                 // s.mean()
        Close(3.671303885845221, s.Std);      // s.std()
        Close(0.8220637260802259, s.Skewness!.Value); // s.skew()
        Close(0.3018498463047665, s.Kurtosis!.Value); // s.kurt()
        Close(27.75, s.Sum);                  // s.sum()
        // s.quantile([.05, .25, .5, .75, .95])
        Close([-1.5, 0.5, 2.0, 4.125, 8.762499999999998], [s.Q05, s.Q25, s.Median, s.Q75, s.Q95]);
        Assert.Equal((-1.5, 10.0, 1L, 0L), (s.Min, s.Max, s.Zeros, s.Infinite));
    }

    [Fact]
    public void TiesMissingAndNegatives_HistogramMatchesNumpy()
    {
        // np.histogram(s.dropna(), bins=min(50, s.nunique()))
        var h = ProfileOf(Real("x", 3, -1.5, double.NaN, 2, 2, 7.25, -1.5, 0, double.NaN, 10, 2, 4.5)).Histogram!;
        Assert.Equal([3L, 0, 4, 1, 0, 1, 1], h.Counts);
        Close([-1.5, 0.1428571428571428, 1.7857142857142856, 3.428571428571429, 5.071428571428571,
            6.7142857142857135, 8.357142857142858, 10.0], h.Edges);
    }

    [Fact]
    public void MostFrequent_CountsSharesAndTiesBySmallerValue()
    {
        var p = ProfileOf(Real("x", 3, -1.5, double.NaN, 2, 2, 7.25, -1.5, 0, double.NaN, 10, 2, 4.5));
        Assert.Equal(["2", "-1.5", "0", "3", "4.5", "7.25", "10"], p.MostFrequent.Select(v => v.Value));
        Assert.Equal([3L, 2, 1, 1, 1, 1, 1], p.MostFrequent.Select(v => v.Count));
        Close(3.0 / 12, p.MostFrequent[0].Share);
    }

    [Theory]
    // pd.Series([4.0]): std nan, skew nan, kurt nan
    [InlineData(new[] { 4.0 }, 4.0, double.NaN, null, null, new[] { 4.0, 4.0, 4.0, 4.0, 4.0 })]
    // pd.Series([4.0, -2.0])
    [InlineData(new[] { 4.0, -2.0 }, 1.0, 4.242640687119285, null, null, new[] { -1.7, -0.5, 1.0, 2.5, 3.6999999999999997 })]
    // pd.Series([1.0, 2.0, 10.0])
    [InlineData(new[] { 1.0, 2.0, 10.0 }, 4.333333333333333, 4.932882862316247, 1.6523167403329906, null, new[] { 1.1, 1.5, 2.0, 6.0, 9.2 })]
    // pd.Series([1.0, 2.0, 10.0, -3.0])
    [InlineData(new[] { 1.0, 2.0, 10.0, -3.0 }, 2.5, 5.446711546122731, 1.0396954750331482, 1.9686908218659251, new[] { -2.4, 0.0, 1.5, 4.0, 8.799999999999997 })]
    // pd.Series([5.0] * 5): pandas reports skew 0 and kurt 0 for a constant column, std 0
    [InlineData(new[] { 5.0, 5, 5, 5, 5 }, 5.0, 0.0, 0.0, 0.0, new[] { 5.0, 5.0, 5.0, 5.0, 5.0 })]
    public void SmallSamples_UndefinedMomentsAreNullLikePandasNaN(double[] values, double mean, double std, double? skew,
        double? kurt, double[] quantiles)
    {
        var s = ProfileOf(Real("x", values)).Numeric!;
        Close(mean, s.Mean);
        Close(std, s.Std);
        Assert.Equal(skew.HasValue, s.Skewness.HasValue);
        Assert.Equal(kurt.HasValue, s.Kurtosis.HasValue);
        if (skew.HasValue) Close(skew.Value, s.Skewness!.Value);
        if (kurt.HasValue) Close(kurt.Value, s.Kurtosis!.Value);
        Close(quantiles, [s.Q05, s.Q25, s.Median, s.Q75, s.Q95]);
    }

    [Fact]
    public void ConstantColumn_GetsOneBinAroundTheValue()
    {
        // np.histogram([5.0]*5, bins=1) -> ([5], [4.5, 5.5])
        var h = ProfileOf(Real("x", 5, 5, 5, 5, 5)).Histogram!;
        Assert.Equal([5L], h.Counts);
        Assert.Equal([4.5, 5.5], h.Edges);
    }

    [Fact]
    public void SkewedColumn_MatchesPandas()
    {
        // s = pd.Series([1.0]*19 + [250.0]); s.skew(), s.kurt(), s.std(), s.quantile(.95)
        var s = ProfileOf(Real("x", Repeat((1, 19), (250, 1)))).Numeric!;
        Close(4.47213595499958, s.Skewness!.Value);
        Close(20.0, s.Kurtosis!.Value);
        Close(55.67809263974476, s.Std);
        Close(13.450000000000177, s.Q95);
    }

    [Fact]
    public void AllMissing_HasNoSummaryAndNoHistogram()
    {
        var p = ProfileOf(Real("x", double.NaN, double.NaN));
        Assert.Equal((0L, 2L, 0L, 1.0), (p.Count, p.Missing, p.Distinct, p.MissingShare));
        Assert.Null(p.Numeric);
        Assert.Null(p.Histogram);
        Assert.Empty(p.MostFrequent);
    }

    [Fact]
    public void Infinities_AreCountedAndLeftOutOfTheHistogram()
    {
        var p = ProfileOf(Real("x", 1, double.PositiveInfinity, 2, double.NegativeInfinity, 0));
        Assert.Equal(2L, p.Numeric!.Infinite);
        Assert.Equal(3L, p.Histogram!.Counts.Sum());
    }

    [Fact]
    public void BooleanColumn_GetsBarsAndNoSummary()
    {
        var p = ProfileOf(Boolean("b", 1, 0, 1, double.NaN, 1));
        Assert.Null(p.Numeric);
        Assert.Equal(["true", "false"], p.Histogram!.Labels!);
        Assert.Equal([3L, 1], p.Histogram.Counts);
    }

    [Fact]
    public void DateColumn_HistogramIsOverDayNumbersAndValuesAreIsoDates()
    {
        var p = ProfileOf(DataColumn.Numeric("d", ColumnType.Date, [0, 1, 1, 31]));
        Assert.Equal("1970-01-02", p.MostFrequent[0].Value);
        Assert.Equal(0.0, p.Histogram!.Edges[0]);
        Assert.Equal(31.0, p.Histogram.Edges[^1]);
        Assert.Equal(3, p.Histogram.Counts.Count); // min(50, 3 distinct)
    }
}
