using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class BinaryEvaluationTests
{
    private static readonly BinaryEvaluation Result = BinaryEvaluation.Compute(BinarySample.Labels, BinarySample.Scores);

    // roc_auc_score(y, p)
    [Fact]
    public void RocAucWithTies_MatchesScikitLearn() => Expect.Close(0.8194444444444444, Result.RocAuc!.Value);

    // average_precision_score(y, p)
    [Fact]
    public void AveragePrecision_MatchesScikitLearn() => Expect.Close(0.8333333333333333, Result.AveragePrecision);

    // log_loss(y, p, eps=1e-15)
    [Fact]
    public void LogLoss_MatchesScikitLearn() => Expect.Close(0.49342592064792196, Result.LogLoss!.Value);

    // brier_score_loss(y, p)
    [Fact]
    public void BrierScore_MatchesScikitLearn() => Expect.Close(0.17354166666666668, Result.BrierScore!.Value);

    // pred = [int(v >= 0.5) for v in p]; accuracy_score, precision_score, recall_score, f1_score(y, pred)
    [Fact]
    public void ThresholdMetrics_MatchScikitLearn()
    {
        Expect.Close(0.6666666666666666, Result.Accuracy);
        Expect.Close(0.6666666666666666, Result.Precision);
        Expect.Close(0.6666666666666666, Result.Recall);
        Expect.Close(0.6666666666666666, Result.F1);
        Expect.Close(0.6666666666666666, Result.BalancedAccuracy); // balanced_accuracy_score(y, pred)
        Expect.Close(0.33333333333333337, Result.CohenKappa);      // cohen_kappa_score(y, pred)
    }

    // confusion_matrix(y, pred).ravel() == [4, 2, 2, 4]
    [Fact]
    public void Confusion_MatchesScikitLearn() =>
        Assert.Equal(new BinaryConfusion(4, 2, 2, 4), Result.Confusion);

    [Fact]
    public void BoolAndIntLabels_GiveSameResult() =>
        Assert.Equal(Result, BinaryEvaluation.Compute(BinarySample.BoolLabels, BinarySample.Scores));

    [Fact]
    public void ScoreEqualToThreshold_IsPredictedPositive()
    {
        var result = BinaryEvaluation.Compute([1, 0], [0.6, 0.2], threshold: 0.6);
        Assert.Equal(new BinaryConfusion(1, 0, 0, 1), result.Confusion);
    }

    [Fact]
    public void ThresholdAboveEveryScore_PredictsNothingPositiveWithPrecisionZero()
    {
        var result = BinaryEvaluation.Compute(BinarySample.Labels, BinarySample.Scores, threshold: 1.0);
        Assert.Equal(new BinaryConfusion(6, 0, 6, 0), result.Confusion);
        Assert.Equal(0.0, result.Precision); // precision_score(y, [0]*12, zero_division=0)
        Assert.Equal(0.0, result.F1);
    }

    [Fact]
    public void ThresholdBelowEveryScore_PredictsEverythingPositive()
    {
        var result = BinaryEvaluation.Compute(BinarySample.Labels, BinarySample.Scores, threshold: 0.0);
        Assert.Equal(new BinaryConfusion(0, 6, 0, 6), result.Confusion);
        Expect.Close(0.5, result.Precision);
        Assert.Equal(1.0, result.Recall);
    }

    // roc_auc_score and average_precision_score of y=[1,0,1,0,1], s=[2.5,-1.0,0.3,0.3,-3.0]
    [Fact]
    public void Margins_GiveRankMetricsButNoLogLossOrBrier()
    {
        var result = BinaryEvaluation.Compute([1, 0, 1, 0, 1], [2.5, -1.0, 0.3, 0.3, -3.0], threshold: 0);
        Expect.Close(0.5833333333333333, result.RocAuc!.Value);
        Expect.Close(0.7555555555555555, result.AveragePrecision);
        Assert.Null(result.LogLoss);
        Assert.Null(result.BrierScore);
    }

    [Fact]
    public void OneClassOnly_LeavesAucNullAndRocAucScoreThrowsClearly()
    {
        bool[] labels = [true, true, true];
        double[] scores = [0.2, 0.5, 0.9];
        Assert.Null(BinaryEvaluation.Compute(labels, scores).RocAuc);
        var error = Assert.Throws<ArgumentException>(() => BinaryEvaluation.RocAucScore(labels, scores));
        Assert.Contains("Only one class (positive)", error.Message);
    }

    // average_precision_score([1,1,1], [0.1,0.5,0.3]) == 1.0; ([0,0,0], ...) == -0.0
    [Fact]
    public void AveragePrecisionOfOneClassOnly_MatchesScikitLearn()
    {
        Assert.Equal(1.0, BinaryEvaluation.AveragePrecisionScore([true, true, true], [0.1, 0.5, 0.3]));
        Assert.Equal(0.0, BinaryEvaluation.AveragePrecisionScore([false, false, false], [0.1, 0.5, 0.3]));
    }

    // roc_auc_score([0,1,0,1], [0.5]*4) == 0.5; average_precision_score(...) == 0.5
    [Fact]
    public void AllScoresTied_GiveChanceAuc()
    {
        var result = BinaryEvaluation.Compute([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]);
        Expect.Close(0.5, result.RocAuc!.Value);
        Expect.Close(0.5, result.AveragePrecision);
    }

    // brier_score_loss([1, 0], [0.8, 0.3])
    [Fact]
    public void BrierScoreLoss_MatchesDefinition() => Expect.Close(0.06499999999999999, BinaryEvaluation.BrierScoreLoss([true, false], [0.8, 0.3]));

    [Fact]
    public void NonBinaryLabel_ThrowsWithRow()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryEvaluation.Compute([0, 1, 2], [0.1, 0.2, 0.3]));
        Assert.Contains("row 3", error.Message);
    }

    [Fact]
    public void NaNScore_ThrowsWithRow()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryEvaluation.Compute([0, 1], [0.1, double.NaN]));
        Assert.Contains("row 2", error.Message);
    }

    [Fact]
    public void MismatchedLengths_Throw() =>
        Assert.Throws<ArgumentException>(() => BinaryEvaluation.Compute([0, 1], [0.1]));

    // log_loss([1, 0, 1], [0.0, 1.0, 1e-17], eps=1e-15) as the spec fixes; scikit-learn 1.2's default eps="auto"
    // (np.finfo(float).eps) would give 36.04365338911715 instead.
    [Fact]
    public void CertainMistakes_AreClippedAtSpecEpsilon() =>
        Expect.Close(34.53904292738741, BinaryEvaluation.Compute([1, 0, 1], [0.0, 1.0, 1e-17]).LogLoss!.Value);

    [Fact]
    public void NoRows_Throw() => Assert.Throws<ArgumentException>(() => BinaryEvaluation.Compute(Array.Empty<int>(), []));
}
