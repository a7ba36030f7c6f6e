using Workbench.Ml.Metrics;

namespace Workbench.Ml.Tests.Metrics;

public class CrossValidationSummaryTests
{
    // t = np.array([0.81,0.84,0.79,0.88,0.83]); tr = np.array([0.95,0.97,0.96,0.94,0.98])
    private static readonly double[] Test = [0.81, 0.84, 0.79, 0.88, 0.83];
    private static readonly double[] Train = [0.95, 0.97, 0.96, 0.94, 0.98];

    private static IReadOnlyList<IReadOnlyDictionary<string, double>> Folds(double[] auc) =>
        auc.Select((v, i) => (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { ["auc"] = v, ["fold"] = i }).ToList();

    // t.mean(), t.std(), tr.mean(), tr.std(), tr.mean() - t.mean()   (numpy's default ddof=0)
    [Fact]
    public void MeanStdAndGap_MatchNumpy()
    {
        var auc = CrossValidationSummary.Create(Folds(Test), Folds(Train)).Single(s => s.Metric == "auc");
        Expect.Close(0.8299999999999998, auc.TestMean);
        Expect.Close(0.030331501776206186, auc.TestStd);
        Expect.Close(0.96, auc.TrainMean!.Value);
        Expect.Close(0.014142135623730963, auc.TrainStd!.Value);
        Expect.Close(0.13000000000000012, auc.Gap!.Value);
        Assert.Equal(Test, auc.TestScores);
    }

    [Fact]
    public void WithoutTrainFolds_GapIsNull()
    {
        var auc = CrossValidationSummary.Create(Folds(Test))[0];
        Assert.Null(auc.TrainMean);
        Assert.Null(auc.Gap);
    }

    [Fact]
    public void MetricMissingFromAFold_IsLeftOut()
    {
        var folds = Folds(Test).ToList();
        folds[2] = new Dictionary<string, double> { ["auc"] = 0.79 };
        Assert.Equal(["auc"], CrossValidationSummary.Create(folds).Select(s => s.Metric));
    }

    [Fact]
    public void FoldCountMismatch_Throws() =>
        Assert.Throws<ArgumentException>(() => CrossValidationSummary.Create(Folds(Test), Folds(Train).Take(3).ToList()));
}
