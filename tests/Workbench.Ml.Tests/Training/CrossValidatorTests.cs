using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class CrossValidatorTests
{
    private static readonly Lazy<Workbench.Ml.Data.TabularData> Data = new(() => TrainingData.Binary(600, seed: 21));

    [Fact]
    public void EachFold_FitsThePipelineOnItsTrainingRowsOnly()
    {
        var data = Data.Value;
        var request = new TrainingRequest(TaskKind.Binary, "label", [], "LbfgsLogisticRegression",
            Pipeline: new PipelineSpec([new ScaleStep(["x1"], ScaleMethod.Standard)]));
        var x1 = data["x1"].Numbers!;
        var centres = new List<(double Fitted, double TrainMean)>();
        CrossValidator.Run(data, request, 4, new SplitOptions(SplitKind.Stratified, Seed: 3), null, default, (fold, model, split) =>
        {
            var scale = (FittedScale)((MlNetModel)model).Pipeline!.Steps[0];
            lock (centres) centres.Add((scale.Parameters[0].Center, split.Train.Average(r => x1[r])));
        });
        Assert.Equal(4, centres.Count);
        Assert.All(centres, c => Assert.Equal(c.TrainMean, c.Fitted, 12));
        Assert.All(centres, c => Assert.NotEqual(x1.Average(), c.Fitted, 12));
    }

    [Fact]
    public void Result_HasEveryFoldAndMeanOfTestScores()
    {
        var progress = new List<double>();
        var result = CrossValidator.Run(Data.Value, new TrainingRequest(TaskKind.Binary, "label", [], "LightGbm"), 3,
            new SplitOptions(Seed: 8), new SyncProgress(progress.Add));
        Assert.Equal([1, 2, 3], result.Folds.Select(f => f.Fold));
        Assert.Equal(600, result.Folds.Sum(f => f.TestRows));
        var auc = result.Summary.First(s => s.Metric == "roc_auc");
        Assert.Equal(result.Folds.Average(f => f.Test["roc_auc"]), auc.TestMean, 12);
        Assert.True(auc.TrainMean > auc.TestMean);
        Assert.Equal(1, progress[^1], 12);
        Assert.True(progress.Zip(progress.Skip(1)).All(p => p.Second >= p.First), "progress never goes back");
    }

    [Fact]
    public void CancelledToken_StopsBeforeTheFirstFold()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CrossValidator.Run(Data.Value,
            new TrainingRequest(TaskKind.Binary, "label", [], "LightGbm"), 3, new SplitOptions(), null, cancel.Token));
    }

    [Fact]
    public void CancelDuringAFold_StopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p => { if (p > 0.1) cancel.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => CrossValidator.Run(Data.Value,
            new TrainingRequest(TaskKind.Binary, "label", [], "FastTree"), 5, new SplitOptions(), progress, cancel.Token));
    }
}

/// <summary>Progress that records synchronously.</summary>
internal sealed class SyncProgress(Action<double> report) : IProgress<double>
{
    public void Report(double value) => report(value);
}
