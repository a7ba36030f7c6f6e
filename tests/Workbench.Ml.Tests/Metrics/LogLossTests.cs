using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class LogLossTests
{
    // sklearn.metrics.log_loss([1], [p], labels=[0, 1]) for p = 0.9, 0.5, 0.1 (scikit-learn 1.2.1)
    [Theory]
    [InlineData(0.9, 0.10536051565782628)]
    [InlineData(0.5, 0.6931471805599453)]
    [InlineData(0.1, 2.3025850929940455)]
    public void CourseWorkedExample_MatchesScikitLearn(double p, double expected) =>
        Assert.Equal(expected, LogLoss.Single(p, 1), 12);

    // sklearn.metrics.log_loss([0], [0.7], labels=[0, 1])
    [Fact]
    public void NegativeLabel_UsesOneMinusP() => Assert.Equal(1.203972804325936, LogLoss.Single(0.7, 0), 12);

    // sklearn.metrics.log_loss([1, 0, 1, 0], [0.9, 0.2, 0.6, 0.4])
    [Fact]
    public void Mean_MatchesScikitLearn() =>
        Assert.Equal(0.3375388286260044, LogLoss.Mean([0.9, 0.2, 0.6, 0.4], [1, 0, 1, 0]), 12);

    // -np.log(np.clip(0.0, 1e-15, 1 - 1e-15)) and -np.log(1 - np.clip(1.0, 1e-15, 1 - 1e-15))
    [Fact]
    public void CertainMistake_IsClippedToFiniteLoss()
    {
        Assert.Equal(34.538776394910684, LogLoss.Single(0.0, 1), 9);
        Assert.Equal(34.53957599234088, LogLoss.Single(1.0, 0), 9);
    }

    [Fact]
    public void ProbabilityOutsideUnitInterval_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LogLoss.Single(1.2, 1));

    [Fact]
    public void LabelNotBinary_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => LogLoss.Single(0.5, 2));

    [Fact]
    public void MismatchedLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => LogLoss.Mean([0.5, 0.5], [1]));
}

public class MulticlassLogLossTests
{
    // log_loss([0, 1, 2], [[0.2,0.2,0.2],[0.0,1.0,0.5],[0.3,0.3,0.0]], eps=1e-15, labels=[0,1,2]):
    // rows are clipped to [1e-15, 1 − 1e-15], then divided by their sums
    [Fact]
    public void UnnormalisedRows_AreClippedThenRenormalised() =>
        Expect.Close(11.84400938930699, LogLoss.MeanMulticlass([[0.2, 0.2, 0.2], [0.0, 1.0, 0.5], [0.3, 0.3, 0.0]], [0, 1, 2]));

    [Fact]
    public void RaggedRow_ThrowsWithRow()
    {
        var error = Assert.Throws<ArgumentException>(() => LogLoss.MeanMulticlass([[0.5, 0.5], [1.0]], [0, 0]));
        Assert.Contains("Row 2", error.Message);
    }

    [Fact]
    public void LabelOutOfRange_Throws() =>
        Assert.Throws<ArgumentException>(() => LogLoss.MeanMulticlass([[0.5, 0.5]], [2]));

    [Fact]
    public void ProbabilityOutsideUnitInterval_ThrowsWithRowAndClass()
    {
        var error = Assert.Throws<ArgumentException>(() => LogLoss.MeanMulticlass([[0.5, 0.5], [0.2, -0.1]], [0, 0]));
        Assert.Contains("class 1 at row 2", error.Message);
    }
}
