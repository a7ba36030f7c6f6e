using Workbench.Ml.Data;
using Workbench.Ml.Metrics;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class ModelEvaluatorTests
{
    private static TabularData Labels(params string[] values) =>
        new("t", [DataColumn.Text("label", ColumnType.Categorical, values)]);

    [Fact]
    public void BinaryProbabilities_GiveScikitLearnMetrics()
    {
        // y = [1,0,1,1,0,0,1,0,1,0]; p = [0.9,0.2,0.65,0.4,0.55,0.1,0.8,0.3,0.5,0.7]; pred = p >= 0.5
        double[] p = [0.9, 0.2, 0.65, 0.4, 0.55, 0.1, 0.8, 0.3, 0.5, 0.7];
        var model = new FixedModel(TaskKind.Binary, ["no", "yes"], new ModelPredictions(p, p, null, null));
        var report = ModelEvaluator.Evaluate(model, Labels("yes", "no", "yes", "yes", "no", "no", "yes", "no", "yes", "no"));
        var m = report.Metrics;
        Assert.Equal(0.5056384406953066, m["log_loss"], 12);  // sklearn.metrics.log_loss(y, p)
        Assert.Equal(0.8, m["roc_auc"], 12);                   // roc_auc_score(y, p)
        Assert.Equal(0.8261904761904761, m["average_precision"], 12); // average_precision_score(y, p)
        Assert.Equal(0.7, m["accuracy"], 12);                  // accuracy_score(y, pred)
        Assert.Equal(0.6666666666666666, m["precision"], 12);  // precision_score(y, pred)
        Assert.Equal(0.8, m["recall"], 12);                    // recall_score(y, pred)
        Assert.Equal(0.7272727272727272, m["f1"], 12);         // f1_score(y, pred)
        Assert.Equal(0.7, m["balanced_accuracy"], 12);         // balanced_accuracy_score(y, pred)
        Assert.Equal(0.4, m["cohen_kappa"], 12);               // cohen_kappa_score(y, pred)
        Assert.Equal(0.1715, m["brier_score"], 12);            // brier_score_loss(y, p)
        Assert.Equal("yes", report.Binary!.PositiveClass);
        Assert.Equal(new BinaryConfusion(3, 2, 1, 4), report.Binary.Confusion);
        Assert.Equal(0.8, report.Binary.Roc.Area(), 12);
    }

    [Fact]
    public void MulticlassProbabilities_GiveScikitLearnMetrics()
    {
        // y = [0,1,2,2,1,0,2,1]; P as below; pred = P.argmax(1)
        double[][] p = [[0.7, 0.2, 0.1], [0.1, 0.6, 0.3], [0.2, 0.2, 0.6], [0.3, 0.4, 0.3], [0.5, 0.3, 0.2], [0.6, 0.3, 0.1], [0.1, 0.1, 0.8], [0.2, 0.5, 0.3]];
        var model = new FixedModel(TaskKind.Multiclass, ["a", "b", "c"], new ModelPredictions(new double[8], null, null, p));
        var report = ModelEvaluator.Evaluate(model, Labels("a", "b", "c", "c", "b", "a", "c", "b"));
        Assert.Equal(0.75, report.Metrics["accuracy"], 12);               // accuracy_score(y, pred)
        Assert.Equal(0.7555555555555555, report.Metrics["f1_macro"], 12); // f1_score(y, pred, average='macro')
        Assert.Equal(0.75, report.Metrics["f1_micro"], 12);               // f1_score(y, pred, average='micro')
        Assert.Equal(0.6516735194703414, report.Metrics["log_loss"], 12); // log_loss(y, P)
        long[][] confusion = [[2, 0, 0], [1, 2, 0], [0, 1, 2]];           // confusion_matrix(y, pred)
        Assert.Equal(confusion, report.Multiclass!.Confusion);
    }

    [Fact]
    public void RegressionPredictions_GiveScikitLearnMetrics()
    {
        // a = [3.0,-0.5,2.0,7.0,4.2]; b = [2.5,0.0,2.1,7.8,3.9]
        var model = new FixedModel(TaskKind.Regression, [], new ModelPredictions([2.5, 0.0, 2.1, 7.8, 3.9], null, null, null));
        var data = new TabularData("t", [DataColumn.Numeric("label", ColumnType.Real, [3.0, -0.5, 2.0, 7.0, 4.2])]);
        var m = ModelEvaluator.Evaluate(model, data).Metrics;
        Assert.Equal(0.49799598391954925, m["rmse"], 12); // mean_squared_error(a, b, squared=False)
        Assert.Equal(0.44000000000000006, m["mae"], 12);  // mean_absolute_error(a, b)
        Assert.Equal(0.9594665271966527, m["r2"], 12);    // r2_score(a, b)
        Assert.Equal(0.2804761904761905, m["mape"], 12);  // mean_absolute_percentage_error(a, b)
    }

    [Fact]
    public void SeededLightGbm_LogLossEqualsLogLossOfPredictedProbabilities()
    {
        var data = TrainingData.Binary(1200, seed: 3);
        var split = DataSplitter.Split(data, "label", new SplitOptions(SplitKind.Stratified, Seed: 4));
        var model = ModelTrainer.Train(TableRows.Take(data, split.Train), new TrainingRequest(TaskKind.Binary, "label", [], "LightGbm", Seed: 9));
        var test = TableRows.Take(data, split.Test);
        var probabilities = model.Predict(test).Probability!;
        var labels = test["label"].Strings!.Select(s => s == "yes" ? 1 : 0).ToArray();
        var report = ModelEvaluator.Evaluate(model, test);
        Assert.Equal(LogLoss.Mean(probabilities, labels), report.Metrics["log_loss"], 12);
        Assert.Equal(split.Test.Length, report.Rows);
    }

    [Fact]
    public void OneClassInEvaluation_LeavesOutRocAuc()
    {
        double[] p = [0.9, 0.2];
        var model = new FixedModel(TaskKind.Binary, ["no", "yes"], new ModelPredictions(p, p, null, null));
        var report = ModelEvaluator.Evaluate(model, Labels("yes", "yes"));
        Assert.False(report.Metrics.ContainsKey("roc_auc"));
        Assert.Equal(0.5, report.Metrics["accuracy"], 12);
    }

    [Fact]
    public void UnknownClass_ThrowsWithRow()
    {
        double[] p = [0.9, 0.2];
        var model = new FixedModel(TaskKind.Binary, ["no", "yes"], new ModelPredictions(p, p, null, null));
        var error = Assert.Throws<TrainingException>(() => ModelEvaluator.Evaluate(model, Labels("yes", "maybe")));
        Assert.Contains("Row 2", error.Message);
    }
}
