using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class PrecisionRecallCurveTests
{
    // precision, recall, thr = precision_recall_curve(y, p)
    [Fact]
    public void SampleWithTies_MatchesScikitLearn()
    {
        var curve = PrecisionRecallCurve.Compute(BinarySample.Labels, BinarySample.Scores);
        Expect.Close([0.5, 0.5454545454545454, 0.6, 0.6666666666666666, 0.6666666666666666, 0.75, 1.0, 1.0, 1.0, 1.0], curve.Precisions);
        Expect.Close([1.0, 1.0, 1.0, 1.0, 0.6666666666666666, 0.5, 0.5, 0.3333333333333333, 0.16666666666666666, 0.0], curve.Recalls);
        Expect.Close([0.05, 0.1, 0.2, 0.35, 0.6, 0.7, 0.8, 0.9, 0.95], curve.Thresholds);
    }

    // average_precision_score(y, p)
    [Fact]
    public void AveragePrecision_MatchesScikitLearn() =>
        Expect.Close(0.8333333333333333, PrecisionRecallCurve.Compute(BinarySample.Labels, BinarySample.Scores).AveragePrecision());

    // precision_recall_curve([0,0,0], [0.1,0.5,0.3]) == ([0,0,0,1], [1,1,1,0], [0.1,0.3,0.5])
    [Fact]
    public void NoPositives_RecallIsOneEverywhere()
    {
        var curve = PrecisionRecallCurve.Compute([0, 0, 0], [0.1, 0.5, 0.3]);
        Expect.Close([0.0, 0.0, 0.0, 1.0], curve.Precisions);
        Expect.Close([1.0, 1.0, 1.0, 0.0], curve.Recalls);
        Expect.Close([0.1, 0.3, 0.5], curve.Thresholds);
    }
}
