using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class RocCurveTests
{
    // fpr, tpr, thr = roc_curve(y, p)   (drop_intermediate=True)
    [Fact]
    public void SampleWithTies_MatchesScikitLearn()
    {
        var curve = RocCurve.Compute(BinarySample.Labels, BinarySample.Scores);
        Expect.Close([0.0, 0.0, 0.0, 0.16666666666666666, 0.3333333333333333, 0.5, 1.0], curve.FalsePositiveRates);
        Expect.Close([0.0, 0.16666666666666666, 0.5, 0.5, 0.6666666666666666, 1.0, 1.0], curve.TruePositiveRates);
        Expect.Close([1.95, 0.95, 0.8, 0.7, 0.6, 0.35, 0.05], curve.Thresholds);
    }

    // auc(fpr, tpr) == roc_auc_score(y, p)
    [Fact]
    public void Area_MatchesRocAucScore() =>
        Expect.Close(0.8194444444444444, RocCurve.Compute(BinarySample.Labels, BinarySample.Scores).Area());

    // roc_curve([0,1,0,1], [0.5]*4) == ([0, 1], [0, 1], [1.5, 0.5])
    [Fact]
    public void AllScoresTied_GiveOneDiagonalStep()
    {
        var curve = RocCurve.Compute([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]);
        Expect.Close([0.0, 1.0], curve.FalsePositiveRates);
        Expect.Close([0.0, 1.0], curve.TruePositiveRates);
        Expect.Close([1.5, 0.5], curve.Thresholds);
    }

    // roc_curve([0,0,1,1], [0.1,0.2,0.3,0.4]): collinear points dropped
    [Fact]
    public void PerfectSeparation_DropsCollinearPoints()
    {
        var curve = RocCurve.Compute([0, 0, 1, 1], [0.1, 0.2, 0.3, 0.4]);
        Expect.Close([0.0, 0.0, 0.0, 1.0], curve.FalsePositiveRates);
        Expect.Close([0.0, 0.5, 1.0, 1.0], curve.TruePositiveRates);
        Expect.Close([1.4, 0.4, 0.3, 0.1], curve.Thresholds);
        Assert.Equal(1.0, curve.Area());
    }

    [Fact]
    public void OnlyNegatives_ThrowsClearly()
    {
        var error = Assert.Throws<ArgumentException>(() => RocCurve.Compute([0, 0], [0.3, 0.4]));
        Assert.Contains("Only one class (negative)", error.Message);
    }
}
