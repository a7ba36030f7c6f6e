using Workbench.Ml.Explain;
using Workbench.Ml.Explain.Inspection;
using Workbench.Ml.Tests.Training;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Explain;

public class ModelExplainerEndToEndTests
{
    private static readonly Lazy<Workbench.Ml.Data.TabularData> Binary = new(() => TrainingData.Binary(800));

    private static TrainedModel Train(string trainer) =>
        ModelTrainer.Train(Binary.Value, new TrainingRequest(TaskKind.Binary, "label", [], trainer, Seed: 3));

    [Fact]
    public void LightGbm_ExplainedByTreeShapEqualToBruteForceAndToTheScore()
    {
        var model = Train("LightGbm");
        var rows = BackgroundSample.Take(Binary.Value, 200, seed: 2);
        var explanation = ModelExplainer.Explain(model, rows, new ExplainOptions());
        Assert.Equal(ExplainMethod.TreePathDependent, explanation.Method);
        Assert.Equal(["x1", "x2", "colour", "day"], explanation.Players);
        Assert.Equal("yes", explanation.ClassName);
        var scores = model.Predict(rows).Score;
        for (int r = 0; r < rows.RowCount; r++)
            Assert.True(Math.Abs(scores[r] - explanation.RawOutput[r]) <= 1e-5 * Math.Max(1, Math.Abs(scores[r])), $"row {r}");
        var trees = model.Trees()!;
        var vectors = model.InputVectors(rows);
        for (int r = 0; r < 10; r++)
        {
            var exact = BruteForceShapley.Explain(trees, vectors[r]);
            for (int p = 0; p < 4; p++) Assert.True(Math.Abs(exact.PerPlayer[p] - explanation.Values[r][p]) <= 1e-9, $"row {r} player {p}");
        }
        Assert.True(explanation.MaxLocalAccuracyError <= 1e-9);
        Assert.Contains(explanation.Values, v => Math.Abs(v[2]) > 0.1); // colour matters
    }

    [Fact]
    public void LightGbmInterventional_IsLocallyAccurateAroundTheBackgroundMean()
    {
        var model = Train("LightGbm");
        var rows = BackgroundSample.Take(Binary.Value, 30, seed: 5);
        var explanation = ModelExplainer.Explain(model, rows, new ExplainOptions(Interventional: true, Background: Binary.Value, BackgroundRows: 40));
        Assert.Equal(ExplainMethod.TreeInterventional, explanation.Method);
        var background = model.InputVectors(BackgroundSample.Take(Binary.Value, 40, 1));
        Assert.Equal(background.Average(v => model.Trees()!.Predict(v)), explanation.BaseValue, 9);
    }

    [Fact]
    public void LogisticRegression_ExplainedByTheLinearClosedForm()
    {
        var model = Train("LbfgsLogisticRegression");
        var rows = BackgroundSample.Take(Binary.Value, 100, seed: 2);
        var explanation = ModelExplainer.Explain(model, rows, new ExplainOptions());
        Assert.Equal(ExplainMethod.Linear, explanation.Method);
        var scores = model.Predict(rows).Score;
        for (int r = 0; r < rows.RowCount; r++)
            Assert.True(Math.Abs(scores[r] - explanation.RawOutput[r]) <= 1e-4 * Math.Max(1, Math.Abs(scores[r])), $"row {r}: {scores[r]} vs {explanation.RawOutput[r]}");
    }

    [Fact]
    public void Baseline_ExplainedByEnumerationGivesZeros()
    {
        var model = Train("Prior");
        var explanation = ModelExplainer.Explain(model, BackgroundSample.Take(Binary.Value, 5, seed: 1), new ExplainOptions(BackgroundRows: 10));
        Assert.Equal(ExplainMethod.ExactEnumeration, explanation.Method);
        Assert.All(explanation.Values, v => Assert.All(v, x => Assert.Equal(0.0, x, 12)));
    }

    [Fact]
    public void PermutationImportanceAndPartialDependence_RunOnATrainedModel()
    {
        var model = Train("LightGbm");
        var pfi = ModelInspection.PermutationImportance(model, Binary.Value, "roc_auc", repeats: 3, seed: 4);
        Assert.Equal(4, pfi.Columns.Count);
        Assert.True(pfi.Columns[0].Mean > pfi.Columns[3].Mean, "x1 drives the label, day does not");
        var logLoss = ModelInspection.PermutationImportance(model, Binary.Value, "log_loss", repeats: 2, seed: 4);
        Assert.False(logLoss.HigherIsBetter);
        Assert.True(logLoss.Columns[0].Mean > 0, "shuffling x1 raises the log loss");
        var pd = PartialDependence.OneWay(ModelInspection.Output(model, probability: true), Binary.Value, "x1",
            new PartialDependenceOptions(GridResolution: 10, SampleRows: 200));
        Assert.True(pd.Average[^1] > pd.Average[0], "the probability rises with x1");
        var colour = PartialDependence.OneWay(ModelInspection.Output(model, probability: false), Binary.Value, "colour");
        Assert.Equal("blue,green,red", string.Join(",", colour.Axis.Categories!));
    }
}
