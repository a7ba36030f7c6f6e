using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class MulticlassEvaluationTests
{
    // y = [0,1,2,2,1,0,2,1,1,0]
    private static readonly int[] Labels = [0, 1, 2, 2, 1, 0, 2, 1, 1, 0];

    // P = [[0.7,0.2,0.1],[0.2,0.5,0.3],[0.1,0.3,0.6],[0.3,0.4,0.3],[0.1,0.8,0.1],[0.4,0.4,0.2],
    //      [0.0,0.1,0.9],[0.5,0.3,0.2],[0.2,0.2,0.6],[0.6,0.3,0.1]];  pred = np.argmax(P, axis=1)
    private static readonly double[][] Probabilities =
    [
        [0.7, 0.2, 0.1], [0.2, 0.5, 0.3], [0.1, 0.3, 0.6], [0.3, 0.4, 0.3], [0.1, 0.8, 0.1],
        [0.4, 0.4, 0.2], [0.0, 0.1, 0.9], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6], [0.6, 0.3, 0.1],
    ];

    private static readonly MulticlassEvaluation Result = MulticlassEvaluation.Compute(Labels, Probabilities);

    // accuracy_score(y, pred); f1_score(y, pred, average="macro"); f1_score(y, pred, average="micro")
    [Fact]
    public void Averages_MatchScikitLearn()
    {
        Expect.Close(0.7, Result.Accuracy);
        Expect.Close(0.6984126984126985, Result.MacroF1);
        Expect.Close(0.7, Result.MicroF1);
    }

    // precision_recall_fscore_support(y, pred)
    [Fact]
    public void PerClass_MatchesScikitLearn()
    {
        Expect.Close([0.75, 0.6666666666666666, 0.6666666666666666], Result.PerClass.Select(c => c.Precision).ToArray());
        Expect.Close([1.0, 0.5, 0.6666666666666666], Result.PerClass.Select(c => c.Recall).ToArray());
        Expect.Close([0.8571428571428571, 0.5714285714285715, 0.6666666666666666], Result.PerClass.Select(c => c.F1).ToArray());
        Assert.Equal([3L, 4, 3], Result.PerClass.Select(c => c.Support));
    }

    // confusion_matrix(y, pred); row 5's tie [0.4, 0.4, 0.2] goes to class 0 as np.argmax does
    [Fact]
    public void Confusion_MatchesScikitLearn() =>
        Assert.Equal(new long[,] { { 3, 0, 0 }, { 1, 2, 1 }, { 0, 1, 2 } }, Result.Confusion);

    // log_loss(y, P, eps=1e-15)
    [Fact]
    public void LogLoss_MatchesScikitLearn() => Expect.Close(0.7333651691962824, Result.LogLoss!.Value);

    // f1_score([0,1,0,1,3], [0,1,1,1,0], average="macro") over labels {0,1,3}; average=None gives [0.5, 0.8, 0.0]
    [Fact]
    public void ClassAbsentFromLabelsAndPredictions_IsLeftOutOfMacroAverage()
    {
        var result = MulticlassEvaluation.Compute([0, 1, 0, 1, 3], [0, 1, 1, 1, 0], classCount: 4);
        Expect.Close(0.43333333333333335, result.MacroF1);
        Expect.Close([0.5, 0.8, 0.0, 0.0], result.PerClass.Select(c => c.F1).ToArray());
        Assert.Null(result.LogLoss);
    }

    [Fact]
    public void ClassOutOfRange_ThrowsWithRow()
    {
        var error = Assert.Throws<ArgumentException>(() => MulticlassEvaluation.Compute([0, 1, 5], [0, 1, 1], classCount: 3));
        Assert.Contains("row 3", error.Message);
    }
}
