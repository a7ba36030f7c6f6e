using Workbench.Ml.Explain.Display;

namespace Workbench.Ml.Tests.Explain.Display;

public sealed class ShapWaterfallTests
{
    private static readonly string[] Players = ["a", "b", "c", "d", "e"];
    private static readonly double[] Values = [0.1, -2.0, 0.5, -0.05, 1.0];

    [Fact]
    public void FewPlayers_AreAllShownByDecreasingSize()
    {
        var w = ShapWaterfall.Build(-1.5, Players, Values, ["1", "x", null, "4", "5"]);

        Assert.Equal(["b = x", "e = 5", "c", "a = 1", "d = 4"], w.Steps.Select(s => s.Label));
        Assert.Equal(-1.5 + Values.Sum(), w.Output, 12);
    }

    [Fact]
    public void ManyPlayers_FoldTheSmallestIntoOneBar()
    {
        var w = ShapWaterfall.Build(0, Players, Values, maxBars: 3);

        Assert.Equal(["b", "e", "3 other features"], w.Steps.Select(s => s.Label));
        Assert.Equal(0.1 + 0.5 - 0.05, w.Steps[^1].Contribution, 12);
        Assert.Equal(-1, w.Steps[^1].Player);
        Assert.Equal(w.Output, w.BaseValue + w.Steps.Sum(s => s.Contribution), 12);
    }

    [Fact]
    public void Ranking_OrdersByMeanAbsoluteValue()
    {
        double[][] rows = [[1, -3, 0.5], [-1, 1, 0.5]];

        Assert.Equal([1.0, 2.0, 0.5], ShapSummary.MeanAbsolute(rows, 3));
        Assert.Equal([1, 0, 2], ShapSummary.Ranking(rows, 3));
    }

    [Fact]
    public void ColourScale_ClipsToThe5thAnd95thPercentiles()
    {
        var column = Enumerable.Range(0, 101).Select(i => (double)i).Append(double.NaN).ToArray();

        var scaled = ShapSummary.ColourScale(column);

        Assert.Equal(0, scaled[0]);       // below the 5th percentile (5.0): clipped
        Assert.Equal(0.5, scaled[50], 12); // (50 − 5) / (95 − 5)
        Assert.Equal(1, scaled[100]);
        Assert.True(double.IsNaN(scaled[^1]));
    }
}
