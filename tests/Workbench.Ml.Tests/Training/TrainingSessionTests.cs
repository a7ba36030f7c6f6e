using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class TrainingSessionTests
{
    [Fact]
    public void Session_SplitsCrossValidatesTrainsAndEvaluatesEachPart()
    {
        var data = TrainingData.Binary(800, seed: 31);
        var outcome = TrainingSession.Run(data, new TrainingRequest(TaskKind.Binary, "label", [], "FastTree"),
            new SplitOptions(SplitKind.Stratified, 0.2, 0.1, Seed: 4), folds: 3);
        Assert.Equal(outcome.Split.Train.Length, outcome.Train.Rows);
        Assert.Equal(160, outcome.Test.Rows);
        Assert.Equal(80, outcome.Validation!.Rows);
        Assert.Equal(outcome.Split.Train.Length, outcome.CrossValidation!.Folds.Sum(f => f.TestRows));
        Assert.True(outcome.Test.Metrics["roc_auc"] > 0.75);
        var again = ModelEvaluator.Evaluate(outcome.Model, TableRows.Take(data, outcome.Split.Test));
        Assert.Equal(again.Metrics["log_loss"], outcome.Test.Metrics["log_loss"], 12);
    }

    [Fact]
    public void NoFolds_SkipsCrossValidation()
    {
        var outcome = TrainingSession.Run(TrainingData.Regression(300), new TrainingRequest(TaskKind.Regression, "y", [], "Mean"),
            new SplitOptions(), folds: 0);
        Assert.Null(outcome.CrossValidation);
        Assert.Null(outcome.Validation);
        Assert.True(outcome.Test.Metrics["r2"] <= 0.05);
    }
}
