using System.Text.Json;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

/// <summary>Training runs work side by side (folds next to each other and next to the final model, evaluations next to
/// the cover count); none of it may change a number.</summary>
public class ParallelTrainingTests
{
    private static readonly Lazy<Workbench.Ml.Data.TabularData> Data = new(() => TrainingData.Binary(3_000, seed: 99, extraFeatures: 10));

    private static TrainingRequest Request(string trainer = "LightGbm") => new(TaskKind.Binary, "label", [], trainer, Seed: 1);

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("FastTree")]
    public void FoldsRunSideBySide_EqualEachFoldTrainedAlone(string trainer)
    {
        var request = Request(trainer);
        var options = new SplitOptions(Seed: 4);
        var cv = CrossValidator.Run(Data.Value, request, 5, options);
        var folds = DataSplitter.Folds(Data.Value, "label", 5, options);
        Assert.Equal(5, cv.Folds.Count);
        for (var i = 0; i < folds.Count; i++)
        {
            var model = ModelTrainer.Train(TableRows.Take(Data.Value, folds[i].Train), request);
            var alone = ModelEvaluator.Evaluate(model, TableRows.Take(Data.Value, folds[i].Test)).Metrics;
            Assert.Equal(alone, cv.Folds[i].Test);
        }
        Assert.True(cv.Summary.First(s => s.Metric == "roc_auc").TestMean > 0.75, "the folds learned");
    }

    [Fact]
    public void SessionWithFolds_HasTheSameFinalModelAsWithout()
    {
        var split = new SplitOptions(TestFraction: 0.2, Seed: 1);
        var alone = TrainingSession.Run(Data.Value, Request(), split, folds: 0);
        var withFolds = TrainingSession.Run(Data.Value, Request(), split, folds: 5);
        Assert.Equal(alone.Test.Metrics, withFolds.Test.Metrics);
        Assert.Equal(alone.Train.Metrics, withFolds.Train.Metrics);
        Assert.Equal(alone.Model.Predict(Data.Value).Probability, withFolds.Model.Predict(Data.Value).Probability);
        Assert.Equal(JsonSerializer.Serialize(alone.Model.Trees()), JsonSerializer.Serialize(withFolds.Model.Trees()));
        Assert.Equal(5, withFolds.CrossValidation!.Folds.Count);
        Assert.True(alone.Test.Metrics["roc_auc"] > 0.75, "the model learned");
    }
}
