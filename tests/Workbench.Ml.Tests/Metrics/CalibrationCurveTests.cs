using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class CalibrationCurveTests
{
    // prob_true, prob_pred = calibration_curve(y, p, n_bins=10)   (strategy="uniform")
    [Fact]
    public void Sample_MatchesScikitLearn()
    {
        var curve = CalibrationCurve.Compute(BinarySample.Labels, BinarySample.Scores);
        Expect.Close([0.0, 0.0, 0.6666666666666666, 0.5, 0.0, 1.0, 1.0, 1.0], curve.FractionPositive);
        Expect.Close([0.07500000000000001, 0.2, 0.3499999999999999, 0.6, 0.7, 0.8, 0.9, 0.95], curve.MeanPredicted);
        Assert.Equal([2L, 1, 3, 2, 1, 1, 1, 1], curve.Counts);
    }

    // calibration_curve([0, 1, 1], [0.0, 0.5, 1.0], n_bins=2) == ([0.5, 1.0], [0.25, 1.0])
    [Fact]
    public void ValueOnInnerEdge_GoesToLeftBinAndOneToLastBin()
    {
        var curve = CalibrationCurve.Compute([0, 1, 1], [0.0, 0.5, 1.0], bins: 2);
        Expect.Close([0.5, 1.0], curve.FractionPositive);
        Expect.Close([0.25, 1.0], curve.MeanPredicted);
    }

    [Fact]
    public void ProbabilityAboveOne_ThrowsWithRow()
    {
        var error = Assert.Throws<ArgumentException>(() => CalibrationCurve.Compute([0, 1], [0.5, 1.5]));
        Assert.Contains("row 2", error.Message);
    }
}
