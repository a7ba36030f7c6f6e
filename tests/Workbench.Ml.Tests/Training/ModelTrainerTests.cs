using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public class ModelTrainerTests
{
    private static readonly Lazy<TabularData> Binary = new(() => TrainingData.Binary(1500));

    private static TrainingRequest BinaryRequest(string trainer, PipelineSpec? pipeline = null, int seed = 1) =>
        new(TaskKind.Binary, "label", [], trainer, Pipeline: pipeline, Seed: seed);

    public static TheoryData<string> BinaryTrainers => new()
    {
        "LightGbm", "FastTree", "FastForest", "SdcaLogisticRegression", "LbfgsLogisticRegression", "AveragedPerceptron",
        "LinearSvm", "MostFrequent", "Prior",
    };

    [Theory]
    [MemberData(nameof(BinaryTrainers))]
    public void BinaryTrainer_GivesProbabilitiesAndLearnsTheSignal(string trainer)
    {
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest(trainer));
        var predictions = model.Predict(Binary.Value);
        Assert.Equal(["no", "yes"], model.Classes);
        Assert.Equal(Binary.Value.RowCount, predictions.Probability!.Length);
        Assert.All(predictions.Probability, p => Assert.InRange(p, 0, 1));
        var report = ModelEvaluator.Evaluate(model, Binary.Value);
        if (trainer is "MostFrequent" or "Prior") Assert.Equal(0.5, report.Metrics["roc_auc"], 12);
        else Assert.True(report.Metrics["roc_auc"] > 0.75, $"{trainer}: AUC {report.Metrics["roc_auc"]}");
    }

    [Fact]
    public void SameSeed_GivesSameModelAndMetrics()
    {
        foreach (var trainer in new[] { "LightGbm", "FastTree", "FastForest", "SdcaLogisticRegression" })
        {
            var a = ModelTrainer.Train(Binary.Value, BinaryRequest(trainer, seed: 5)).Predict(Binary.Value);
            var b = ModelTrainer.Train(Binary.Value, BinaryRequest(trainer, seed: 5)).Predict(Binary.Value);
            Assert.Equal(a.Score, b.Score);
            Assert.Equal(a.Probability, b.Probability);
        }
    }

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("FastTree")]
    [InlineData("FastForest")]
    public void TreeModel_ExportedTreesReproduceScoreWithCoversFromTrainingRows(string trainer)
    {
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest(trainer));
        var trees = model.Trees()!;
        var vectors = model.InputVectors(Binary.Value);
        var scores = model.Predict(Binary.Value).Score;
        Assert.Equal(["x1", "x2", "colour", "day"], trees.Players);
        Assert.Contains("colour.red", trees.Slots);
        for (var r = 0; r < vectors.Length; r++) AssertFloatClose(scores[r], trees.Predict(vectors[r]));
        Assert.All(trees.Trees.Where(t => t.Nodes.Count > 0), t => Assert.Equal(Binary.Value.RowCount, t.Nodes[0].Cover));
        Assert.Null(model.Linear());
    }

    [Theory]
    [InlineData("LightGbm", "NumberOfIterations")]
    [InlineData("FastTree", "NumberOfTrees")]
    [InlineData("FastForest", "NumberOfTrees")]
    public void Hyperparameters_ReachTheTrainer(string trainer, string trees)
    {
        var request = BinaryRequest(trainer) with { Hyperparameters = new Dictionary<string, string> { [trees] = "7", ["NumberOfLeaves"] = "4" } };
        var model = ModelTrainer.Train(Binary.Value, request);
        Assert.Equal(7, model.Trees()!.Trees.Count);
        Assert.All(model.Trees()!.Trees, t => Assert.True(t.Leaves.Count <= 4));
        Assert.Equal("4", model.Hyperparameters["NumberOfLeaves"]);
    }

    [Fact]
    public void LinearModel_WeightsReproduceScoreAndMeansAreTrainingMeans()
    {
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest("LbfgsLogisticRegression"));
        var linear = model.Linear()!;
        var vectors = model.InputVectors(Binary.Value);
        var scores = model.Predict(Binary.Value).Score;
        for (var r = 0; r < vectors.Length; r++)
            AssertFloatClose(scores[r], linear.Bias + vectors[r].Select((x, s) => x * linear.Weights[s]).Sum());
        Assert.Equal(vectors.Average(v => v[0]), linear.SlotMeans[0], 9);
        Assert.Equal("colour", linear.SlotColumns[linear.Slots.ToList().IndexOf("colour.red")]);
        Assert.Null(model.Trees());
    }

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("LbfgsLogisticRegression")]
    [InlineData("FastForest")]
    [InlineData("Prior")]
    public void SavedModel_LoadsWithIdenticalPredictions(string trainer)
    {
        var pipeline = new PipelineSpec([new ImputeStep(["x2"], ImputeStrategy.Median, AddIndicator: true),
            new ScaleStep(["x1"], ScaleMethod.Standard), new BinStep(["day"], BinStrategy.Quantile, 4),
            new FormulaStep("ratio", "[x1] * 2 + [x2]"), new OneHotStep(["colour"])]);
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest(trainer, pipeline));
        var loaded = TrainedModelFile.Load(model.Save());
        var before = model.Predict(Binary.Value);
        var after = loaded.Predict(Binary.Value);
        for (var r = 0; r < before.Score.Length; r++)
        {
            Assert.Equal(before.Score[r], after.Score[r], 12);
            Assert.Equal(before.Probability![r], after.Probability![r], 12);
        }
        Assert.Equal(model.Hyperparameters, loaded.Hyperparameters);
        Assert.Equal(model.Trees()?.Trees.Count, loaded.Trees()?.Trees.Count);
        Assert.Equal(model.Linear()?.Weights, loaded.Linear()?.Weights);
    }

    [Fact]
    public void PipelineColumns_MapBackToTheirOriginalColumn()
    {
        var pipeline = new PipelineSpec([new ImputeStep(["x2"], ImputeStrategy.Mean, AddIndicator: true),
            new OneHotStep(["colour"]), new FormulaStep("ratio", "[x1] / (abs([x2]) + 1)")]);
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest("FastTree", pipeline));
        var trees = model.Trees()!;
        string PlayerOf(string slot) => trees.Players[trees.SlotPlayer[trees.Slots.ToList().IndexOf(slot)]];
        Assert.Equal("x2", PlayerOf("missingindicator_x2"));
        // A tree learner leaves the one-hot step to ML.NET's own encoding (slots "colour.red", ...), which keeps
        // categorical splits; every one of those slots is still the player colour.
        Assert.All(trees.Slots.Where(s => s.StartsWith("colour", StringComparison.Ordinal)), s => Assert.Equal("colour", PlayerOf(s)));
        Assert.Contains(trees.Slots, s => s.StartsWith("colour", StringComparison.Ordinal));
        Assert.Equal("ratio", PlayerOf("ratio"));
        Assert.Equal(["x1", "x2", "colour", "day", "ratio"], trees.Players);
    }

    [Fact]
    public void Multiclass_ClassesInOrdinalOrderWithProbabilitiesSummingToOne()
    {
        var data = TrainingData.Multiclass(900);
        foreach (var trainer in new[] { "LightGbm", "LbfgsMaximumEntropy", "SdcaMaximumEntropy", "FastTreeOneVersusAll", "Prior" })
        {
            var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Multiclass, "label", [], trainer));
            var predictions = model.Predict(data);
            Assert.Equal(["a", "b", "c"], model.Classes);
            Assert.All(predictions.ClassProbabilities!, row => Assert.Equal(1, row.Sum(), 4));
            var report = ModelEvaluator.Evaluate(model, data);
            if (trainer != "Prior") Assert.True(report.Metrics["accuracy"] > 0.6, $"{trainer}: accuracy {report.Metrics["accuracy"]}");
            Assert.Equal(3, model.ClassScores(data)![0].Length);
        }
    }

    [Theory]
    [InlineData("LightGbm")]
    [InlineData("FastTreeOneVersusAll")]
    public void MulticlassTrees_OneEnsemblePerClassGivingClassScores(string trainer)
    {
        var data = TrainingData.Multiclass(600);
        var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Multiclass, "label", [], trainer));
        var vectors = model.InputVectors(data);
        var scores = model.ClassScores(data)!;
        for (var k = 0; k < 3; k++)
        {
            var trees = model.Trees(k)!;
            Assert.All(trees.Trees.Where(t => t.Nodes.Count > 0), t => Assert.Equal(600, t.Nodes[0].Cover));
            for (var r = 0; r < 20; r++) Assert.Equal(scores[r][k], trees.Predict(vectors[r]), 12);
        }
        Assert.Null(model.Trees(3));
        if (trainer != "LightGbm") return;
        // LightGbm's class probabilities are normalised sigmoids of the raw class scores: the same class wins.
        var predicted = model.Predict(data).PredictedLabel!;
        for (var r = 0; r < vectors.Length; r++)
            Assert.Equal(predicted[r], model.Classes[Array.IndexOf(scores[r], scores[r].Max())]);
    }

    [Fact]
    public void LinearMulticlass_ClassScoresAreWeightsTimesInputs()
    {
        var data = TrainingData.Multiclass(600);
        var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Multiclass, "label", [], "LbfgsMaximumEntropy"));
        var scores = model.ClassScores(data)!;
        var probabilities = model.Predict(data).ClassProbabilities!;
        for (var r = 0; r < 20; r++)
        {
            var softmax = scores[r].Select(Math.Exp).ToArray();
            for (var k = 0; k < 3; k++) Assert.Equal(probabilities[r][k], softmax[k] / softmax.Sum(), 5);
        }
    }

    [Fact]
    public void Regression_TrainersFitALinearSignal()
    {
        var data = TrainingData.Regression(800);
        foreach (var trainer in new[] { "LightGbm", "FastTree", "FastForest", "Sdca", "OnlineGradientDescent", "Mean", "Median" })
        {
            var model = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Regression, "y", [], trainer));
            var report = ModelEvaluator.Evaluate(model, data);
            if (trainer is "Mean") Assert.Equal(0, report.Metrics["r2"], 9);
            else if (trainer is not "Median") Assert.True(report.Metrics["r2"] > 0.8, $"{trainer}: R² {report.Metrics["r2"]}");
        }
    }

    [Fact]
    public void PoissonRegression_FitsCountsAndRefusesNegativeLabels()
    {
        var data = TrainingData.Regression(600);
        var y = data["y"].Numbers!;
        var counts = data with { Columns = [.. data.Columns.Take(3), DataColumn.Numeric("y", ColumnType.Real, y.Select(v => Math.Round(Math.Exp(v / 8)) ).ToArray())] };
        var model = ModelTrainer.Train(counts, new TrainingRequest(TaskKind.Regression, "y", [], "LbfgsPoissonRegression"));
        Assert.True(ModelEvaluator.Evaluate(model, counts).Metrics["r2"] > 0.5);
        var error = Assert.Throws<TrainingException>(() => ModelTrainer.Train(data with { Columns = [.. data.Columns.Take(3), DataColumn.Numeric("y", ColumnType.Real, y.Select(v => v - 20).ToArray())] },
            new TrainingRequest(TaskKind.Regression, "y", [], "LbfgsPoissonRegression")));
        Assert.Contains("non-negative", error.Message);
    }

    /// <summary>ML.NET scores in single precision: equal to 1e-5 relative.</summary>
    private static void AssertFloatClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-5 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");

    [Fact]
    public void BadRequests_ThrowClearMessages()
    {
        var data = Binary.Value;
        Assert.Contains("no trainer 'Nope'", Assert.Throws<TrainingException>(() => ModelTrainer.Train(data, BinaryRequest("Nope"))).Message);
        Assert.Contains("label column 'missing'", Assert.Throws<TrainingException>(() =>
            ModelTrainer.Train(data, BinaryRequest("LightGbm") with { Label = "missing" })).Message);
        Assert.Contains("NumberOfLeaves", Assert.Throws<TrainingException>(() => ModelTrainer.Train(data,
            BinaryRequest("LightGbm") with { Hyperparameters = new Dictionary<string, string> { ["NumberOfLeaves"] = "1" } })).Message);
        Assert.Contains("cannot do Regression", Assert.Throws<TrainingException>(() =>
            ModelTrainer.Train(data, BinaryRequest("LbfgsLogisticRegression") with { Task = TaskKind.Regression, Label = "x1" })).Message);
        Assert.Contains("3 classes", Assert.Throws<TrainingException>(() =>
            ModelTrainer.Train(TrainingData.Multiclass(100), new TrainingRequest(TaskKind.Binary, "label", [], "LightGbm"))).Message);
    }

    [Fact]
    public void NewRowsWithUnseenCategoryAndMissingNumber_GetFiniteScores()
    {
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest("LbfgsLogisticRegression"));
        var rows = new TabularData("new", [DataColumn.Numeric("x1", ColumnType.Real, [double.NaN, 0.5]),
            DataColumn.Numeric("x2", ColumnType.Real, [1, double.NaN]), DataColumn.Text("colour", ColumnType.Categorical, ["purple", null]),
            DataColumn.Numeric("day", ColumnType.Date, [19100, 19200])]);
        var predictions = model.Predict(rows);
        Assert.All(predictions.Score, s => Assert.True(double.IsFinite(s)));
        var wrongType = rows with { Columns = [DataColumn.Text("x1", ColumnType.Text, ["a", "b"]), .. rows.Columns.Skip(1)] };
        Assert.Contains("Column 'x1' is text here but was real in training", Assert.Throws<TrainingException>(() => model.Predict(wrongType)).Message);
        Assert.Contains("no column 'day'", Assert.Throws<TrainingException>(() => model.Predict(rows with { Columns = rows.Columns.Take(3).ToList() })).Message);
    }

    [Fact]
    public void Gam_TrainsBinaryWithProbabilitiesAndRegression()
    {
        var fast = new Dictionary<string, string> { ["NumberOfIterations"] = "200", ["LearningRate"] = "0.05" };
        var binary = ModelTrainer.Train(Binary.Value, BinaryRequest("Gam") with { Hyperparameters = fast });
        Assert.True(ModelEvaluator.Evaluate(binary, Binary.Value).Metrics["roc_auc"] > 0.75);
        var data = TrainingData.Regression(400);
        var regression = ModelTrainer.Train(data, new TrainingRequest(TaskKind.Regression, "y", [], "Gam", fast));
        Assert.True(ModelEvaluator.Evaluate(regression, data).Metrics["r2"] > 0.8);
    }

    [Fact]
    public void EmptyColumns_AreRefusedWithTheirName()
    {
        var data = TrainingData.Binary(200);
        var rows = data.RowCount;
        var withEmptyText = data with { Columns = [.. data.Columns, DataColumn.Text("notes", ColumnType.Text, new string?[rows])] };
        var withEmptyNumber = data with { Columns = [.. data.Columns, DataColumn.Numeric("gauge", ColumnType.Real, Enumerable.Repeat(double.NaN, rows).ToArray())] };
        Assert.Contains("'notes' has no values", Assert.Throws<TrainingException>(() => ModelTrainer.Train(withEmptyText, BinaryRequest("LightGbm"))).Message);
        Assert.Contains("'gauge' has no values", Assert.Throws<TrainingException>(() => ModelTrainer.Train(withEmptyNumber, BinaryRequest("LightGbm"))).Message);
    }

    [Fact]
    public void PositiveClass_FollowsTheConvention()
    {
        var model = ModelTrainer.Train(Binary.Value, BinaryRequest("Prior") with { PositiveClass = "no" });
        Assert.Equal(["yes", "no"], model.Classes);
        var share = Binary.Value["label"].Strings!.Count(s => s == "no") / (double)Binary.Value.RowCount;
        Assert.Equal(share, model.Predict(Binary.Value).Probability![0], 12);
    }
}
