using System.Globalization;
using System.Text.Json;
using Workbench.Ml.Metrics;

namespace Workbench.Cli.Tests.Commands;

/// <summary>evaluate's metrics equal the metrics recomputed from predict's output (as a student recomputes them with
/// scikit-learn from the predictions), and a fixed small case equals scikit-learn's values.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly CliRun cli = new();

    public void Dispose() => cli.Dispose();

    private async Task<(JsonElement Metrics, PredictionCsv Predictions, string[] Labels)> TrainPredictEvaluateAsync(
        string train, string heldOut, params string[] trainArgs)
    {
        await cli.ImportAsync("data", train);
        var run = (await cli.TrainAsync("data", trainArgs)).GetProperty("runId").GetString()!;
        var input = cli.WriteFile("heldout.csv", heldOut);
        var output = Path.Combine(cli.Folder, "predictions.csv");
        await cli.RunJsonAsync("predict", "--run", run, "--input", input, "--out", output);
        var evaluation = await cli.RunJsonAsync("evaluate", "--run", run, "--input", input);
        var labels = heldOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[^1]).ToArray();
        Assert.Equal(labels.Length, evaluation.GetProperty("rows").GetInt32());
        return (evaluation.GetProperty("metrics"), PredictionCsv.Read(output), labels);
    }

    private static void AssertMetric(JsonElement metrics, string key, double? expected) =>
        Assert.Equal(expected!.Value, metrics.GetProperty(key).GetDouble(), 1e-12);

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("FastTree")]
    [InlineData("LbfgsLogisticRegression")]
    public async Task Binary_EqualsMetricsRecomputedFromPredictions(string trainer)
    {
        var (metrics, predictions, labels) = await TrainPredictEvaluateAsync(LabeledData.Binary(500, 41), LabeledData.Binary(200, 42),
            "--trainer", trainer);

        var y = labels.Select(l => l == "1").ToArray();
        var e = BinaryEvaluation.Compute(y, predictions.Numbers("Probability"));
        AssertMetric(metrics, "log_loss", e.LogLoss);
        AssertMetric(metrics, "roc_auc", e.RocAuc);
        AssertMetric(metrics, "average_precision", e.AveragePrecision);
        AssertMetric(metrics, "accuracy", e.Accuracy);
        AssertMetric(metrics, "precision", e.Precision);
        AssertMetric(metrics, "recall", e.Recall);
        AssertMetric(metrics, "f1", e.F1);
        AssertMetric(metrics, "balanced_accuracy", e.BalancedAccuracy);
        AssertMetric(metrics, "cohen_kappa", e.CohenKappa);
        AssertMetric(metrics, "brier_score", e.BrierScore);
    }

    [Fact]
    public async Task Regression_EqualsMetricsRecomputedFromPredictions()
    {
        var (metrics, predictions, labels) = await TrainPredictEvaluateAsync(LabeledData.Regression(500, 43), LabeledData.Regression(150, 44));

        var e = RegressionEvaluation.Compute(labels.Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray(), predictions.Numbers("Score"));
        AssertMetric(metrics, "rmse", e.Rmse);
        AssertMetric(metrics, "mae", e.Mae);
        AssertMetric(metrics, "r2", e.R2);
        AssertMetric(metrics, "mape", e.Mape);
    }

    [Fact]
    public async Task Multiclass_EqualsMetricsRecomputedFromPredictions()
    {
        var (metrics, predictions, labels) = await TrainPredictEvaluateAsync(LabeledData.Multiclass(500, 45), LabeledData.Multiclass(150, 46));

        string[] classes = ["A", "B", "C"];
        var probabilities = Enumerable.Range(0, labels.Length)
            .Select(i => (IReadOnlyList<double>)classes.Select(c => predictions.Numbers("Probability." + c)[i]).ToArray()).ToArray();
        var e = MulticlassEvaluation.Compute(labels.Select(l => Array.IndexOf(classes, l)).ToArray(), probabilities);
        AssertMetric(metrics, "accuracy", e.Accuracy);
        AssertMetric(metrics, "f1_macro", e.MacroF1);
        AssertMetric(metrics, "f1_micro", e.MicroF1);
        AssertMetric(metrics, "log_loss", e.LogLoss);
    }

    [Fact]
    public async Task PriorBaseline_MatchesScikitLearnOnAFixedCase()
    {
        // Time split on t: rows 1-8 train (3 positives of 8: the prior is 0.375), rows 9-10 test.
        await cli.ImportAsync("fixed", "t,x1,y\n1,0.1,1\n2,0.2,0\n3,0.3,0\n4,0.4,1\n5,0.5,0\n6,0.6,0\n7,0.7,1\n8,0.8,0\n9,0.9,1\n10,1.0,1\n");
        var run = (await cli.TrainAsync("fixed", "--trainer", "Prior", "--split", "time", "--split-column", "t")).GetProperty("runId").GetString()!;

        var json = await cli.RunJsonAsync("evaluate", "--run", run, "--input",
            cli.WriteFile("eval.csv", "t,x1,y\n11,1,1\n12,2,0\n13,3,0\n14,4,1\n15,5,0\n16,6,1\n"));

        var m = json.GetProperty("metrics");
        // y=[1,0,0,1,0,1]; p=[0.375]*6; from sklearn.metrics: log_loss(y,p), brier_score_loss(y,p), roc_auc_score(y,p),
        // average_precision_score(y,p); at threshold 0.5 (all negative): accuracy, precision/recall/f1 (zero_division=0),
        // balanced_accuracy_score, cohen_kappa_score.
        Assert.Equal(0.7254164411287309, m.GetProperty("log_loss").GetDouble(), 1e-12);
        Assert.Equal(0.265625, m.GetProperty("brier_score").GetDouble(), 1e-12);
        Assert.Equal(0.5, m.GetProperty("roc_auc").GetDouble(), 1e-12);
        Assert.Equal(0.5, m.GetProperty("average_precision").GetDouble(), 1e-12);
        Assert.Equal(0.5, m.GetProperty("accuracy").GetDouble(), 1e-12);
        Assert.Equal(0.0, m.GetProperty("precision").GetDouble(), 1e-12);
        Assert.Equal(0.0, m.GetProperty("recall").GetDouble(), 1e-12);
        Assert.Equal(0.0, m.GetProperty("f1").GetDouble(), 1e-12);
        Assert.Equal(0.5, m.GetProperty("balanced_accuracy").GetDouble(), 1e-12);
        Assert.Equal(0.0, m.GetProperty("cohen_kappa").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task MeanBaseline_MatchesScikitLearnOnAFixedCase()
    {
        await cli.ImportAsync("fixed", "t,x1,y\n1,0,2.5\n2,0,3.0\n3,0,4.5\n4,0,1.0\n5,0,6.0\n6,0,2.0\n7,0,3.5\n8,0,5.5\n9,0,9\n10,0,9\n");
        var run = (await cli.TrainAsync("fixed", "--trainer", "Mean", "--split", "time", "--split-column", "t")).GetProperty("runId").GetString()!;

        var json = await cli.RunJsonAsync("evaluate", "--run", run, "--input", cli.WriteFile("eval.csv", "t,x1,y\n11,0,4.0\n12,0,2.0\n13,0,7.5\n14,0,3.0\n"));

        var m = json.GetProperty("metrics");
        // yt=[4.0,2.0,7.5,3.0]; pr=[mean([2.5,3.0,4.5,1.0,6.0,2.0,3.5,5.5])=3.5]*4; sklearn.metrics:
        // sqrt(mean_squared_error), mean_absolute_error, r2_score, mean_absolute_percentage_error.
        Assert.Equal(2.165063509461097, m.GetProperty("rmse").GetDouble(), 1e-12);
        Assert.Equal(1.625, m.GetProperty("mae").GetDouble(), 1e-12);
        Assert.Equal(-0.09090909090909083, m.GetProperty("r2").GetDouble(), 1e-12);
        Assert.Equal(0.39375, m.GetProperty("mape").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task Threshold_ChangesTheThresholdMetricsOnly()
    {
        await cli.ImportAsync("data", LabeledData.Binary(300, 47));
        var run = (await cli.TrainAsync("data")).GetProperty("runId").GetString()!;
        var input = cli.WriteFile("heldout.csv", LabeledData.Binary(100, 48));

        var low = (await cli.RunJsonAsync("evaluate", "--run", run, "--input", input, "--threshold", "0.2")).GetProperty("metrics");
        var high = (await cli.RunJsonAsync("evaluate", "--run", run, "--input", input, "--threshold", "0.8")).GetProperty("metrics");

        Assert.Equal(low.GetProperty("roc_auc").GetDouble(), high.GetProperty("roc_auc").GetDouble());
        Assert.True(low.GetProperty("recall").GetDouble() > high.GetProperty("recall").GetDouble());
    }

    [Fact]
    public async Task MissingLabel_ExitsTwoNamingIt()
    {
        await cli.ImportAsync("data", LabeledData.Binary(100, 49));
        var run = (await cli.TrainAsync("data", "--trainer", "Prior")).GetProperty("runId").GetString()!;
        var input = cli.WriteFile("nolabel.csv", "x1,x2,x3,colour,size\n0.1,2,3,red,S\n");

        var error = (await cli.RunAsync("evaluate", "--run", run, "--input", input)).AssertUsageError();

        Assert.Contains("'y'", error);
        Assert.Contains("label", error);
    }

    [Fact]
    public async Task BadThreshold_ExitsTwo()
    {
        var error = (await cli.RunAsync("evaluate", "--run", "abc", "--input", "x.csv", "--threshold", "2")).AssertUsageError();

        Assert.Contains("--threshold", error);
    }
}
