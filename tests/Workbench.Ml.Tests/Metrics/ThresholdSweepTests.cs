using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class ThresholdSweepTests
{
    private static readonly ThresholdSweep Sweep = ThresholdSweep.Create(BinarySample.Labels, BinarySample.Scores);

    // thresholds = sorted(set(p), reverse=True)
    [Fact]
    public void Thresholds_AreDistinctScoresHighestFirst() =>
        Expect.Close([0.95, 0.9, 0.8, 0.7, 0.6, 0.35, 0.2, 0.1, 0.05], Sweep.Thresholds);

    // for t in thresholds: pred = [int(v >= t) for v in p];
    //   confusion_matrix(y, pred).ravel(), precision_score, recall_score, f1_score(y, pred)
    [Theory]
    [InlineData(0, 6, 0, 5, 1, 1.0, 0.16666666666666666, 0.2857142857142857)]
    [InlineData(4, 4, 2, 2, 4, 0.6666666666666666, 0.6666666666666666, 0.6666666666666666)]
    [InlineData(5, 3, 3, 0, 6, 0.6666666666666666, 1.0, 0.8)]
    [InlineData(8, 0, 6, 0, 6, 0.5, 1.0, 0.6666666666666666)]
    public void Point_MatchesScikitLearnAtThatThreshold(int index, long tn, long fp, long fn, long tp, double precision, double recall, double f1)
    {
        var point = Sweep.Point(index);
        Assert.Equal(new BinaryConfusion(tn, fp, fn, tp), point.Confusion);
        Expect.Close(precision, point.Precision);
        Expect.Close(recall, point.Recall);
        Expect.Close(f1, point.F1);
    }

    [Fact]
    public void At_AgreesWithCountingAtAnyThreshold()
    {
        foreach (var t in new[] { -1.0, 0.05, 0.3, 0.35, 0.5, 0.6000001, 0.95, 0.96, 2.0 })
            Assert.Equal(BinaryConfusion.AtThreshold(BinarySample.BoolLabels, BinarySample.Scores, t), Sweep.At(t));
    }

    [Fact]
    public void Points_CoverEveryThreshold() => Assert.Equal(Sweep.Count, Sweep.Points().Count());

    [Fact]
    public void PointOutOfRange_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Point(Sweep.Count));

    [Fact]
    public void HundredThousandRows_EveryThresholdMatchesDirectCounting()
    {
        var random = new Random(7);
        var labels = new bool[100_000];
        var scores = new double[100_000];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = random.NextDouble() < 0.3;
            scores[i] = Math.Round(Math.Clamp((labels[i] ? 0.6 : 0.4) + 0.2 * (random.NextDouble() - 0.5) * 2, 0, 1), 4);
        }
        var sweep = ThresholdSweep.Create(labels, scores);
        foreach (var threshold in new[] { 0.0, 0.2, 0.3999, 0.4, 0.45, 0.5, 0.5001, 0.6, 0.8, 1.0 })
            Assert.Equal(BinaryConfusion.AtThreshold(labels, scores, threshold), sweep.At(threshold));
    }
}
