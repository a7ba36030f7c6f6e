using System.Text.Json;
using Workbench.Ml.Training;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

public sealed class TrainingServiceTests : IDisposable
{
    private readonly TrainingServiceFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Train_RecordsHeaderParametersTagsAndMetrics()
    {
        var trained = await _f.Service.TrainAsync(TrainingServiceFixture.Binary(folds: 3));
        var detail = (await _f.Tracking.GetRunDetailAsync(trained.RunId))!;
        var fingerprint = (await _f.Temp.Datasets.GetAsync("toy"))!.Fingerprint;
        Assert.Equal((RunStatus.Finished, "credit", "Constant on toy", "toy", fingerprint, "Binary", "Constant", 3, "cli"),
            (detail.Run.Status, detail.Run.Experiment, detail.Run.Name, detail.Run.Dataset, detail.Run.DatasetFingerprint,
             detail.Run.Task, detail.Run.Trainer, detail.Run.Seed, detail.Run.Source));
        Assert.NotNull(detail.Run.EndedUtc);
        var p = detail.Parameters;
        Assert.Equal(("Constant", "y", "[\"x\",\"colour\"]", "3", "Random", "0.25", "0", "3", "0", "yes", "0", "30", "10"),
            (p["trainer"], p["label"], p["features"], p["seed"], p["split_kind"], p["test_fraction"], p["validation_fraction"],
             p["folds"], p["pipeline_steps"], p["positive_class"], p["Smoothing"], p["train_rows"], p["test_rows"]));
        Assert.Equal(new Dictionary<string, string> { ["source"] = "cli", ["student"] = "ada" }, detail.Tags);
        var outcome = trained.Outcome;
        Assert.Equal(outcome.Test.Metrics["accuracy"], detail.Metrics.Single(m => m is { Key: "accuracy", Split: "test" }).Value);
        Assert.Equal(outcome.Train.Metrics["roc_auc"], detail.Metrics.Single(m => m is { Key: "roc_auc", Split: "train" }).Value);
        var cvAccuracy = outcome.CrossValidation!.Summary.Single(s => s.Metric == "accuracy");
        Assert.Equal(cvAccuracy.TestMean, detail.Metrics.Single(m => m is { Key: "accuracy", Split: "cv" }).Value);
        Assert.Equal(cvAccuracy.TestStd, detail.Metrics.Single(m => m is { Key: "accuracy", Split: "cv_std" }).Value);
        Assert.Equal(outcome.CrossValidation.Folds[2].Train["accuracy"],
            detail.Metrics.Single(m => m is { Key: "accuracy", Split: "fold", Fold: 2, Subset: "train" }).Value);
        Assert.Equal(3 * 3 * 2, detail.Metrics.Count(m => m.Split == "fold"));
    }

    [Fact]
    public async Task Train_SavesArtifactsAndOneChildRunPerFold()
    {
        var trained = await _f.Service.TrainAsync(TrainingServiceFixture.Binary(folds: 3));
        var detail = (await _f.Tracking.GetRunDetailAsync(trained.RunId))!;
        Assert.Equal([RunArtifacts.CrossValidation, RunArtifacts.Evaluation, RunArtifacts.InputExample, RunArtifacts.InputSchema,
            RunArtifacts.Model, RunArtifacts.Pipeline], detail.Artifacts.Select(a => a.Name));
        Assert.Equal(["fold 0", "fold 1", "fold 2"], detail.Children.Select(c => c.Name));
        Assert.All(detail.Children, c => Assert.Equal((RunStatus.Finished, trained.RunId, "Constant"), (c.Status, c.ParentId, c.Trainer)));
        var fold1 = (await _f.Tracking.GetRunDetailAsync(detail.Children[1].Id))!;
        Assert.Equal(trained.Outcome.CrossValidation!.Folds[1].Test["accuracy"],
            fold1.Metrics.Single(m => m is { Key: "accuracy", Split: "fold", Fold: 1, Subset: "test" }).Value);
        Assert.Equal(("1", "20", "10"), (fold1.Parameters["fold"], fold1.Parameters["train_rows"], fold1.Parameters["test_rows"]));
        Assert.Single(await _f.Tracking.ListRunsAsync(new RunQuery()));

        using var example = JsonDocument.Parse(await _f.Tracking.ReadArtifactAsync(trained.RunId, RunArtifacts.InputExample));
        Assert.Equal(5, example.RootElement.GetArrayLength());
        Assert.Equal("""{"x":0.25,"colour":"green"}""", example.RootElement[1].GetRawText());
        using var schema = JsonDocument.Parse(await _f.Tracking.ReadArtifactAsync(trained.RunId, RunArtifacts.InputSchema));
        Assert.Equal("""[{"name":"x","type":"real"},{"name":"colour","type":"categorical"}]""", schema.RootElement.GetRawText());
        var pipeline = Workbench.Ml.Pipelines.PipelineSpec.FromJson(System.Text.Encoding.UTF8.GetString(
            (await _f.Tracking.ReadArtifactAsync(trained.RunId, RunArtifacts.Pipeline))!));
        Assert.Empty(pipeline.Steps);
    }

    [Fact]
    public async Task StoredEvaluationAndCrossValidation_ReadBackEqual()
    {
        var trained = await _f.Service.TrainAsync(TrainingServiceFixture.Binary(folds: 3));
        var evaluation = (await _f.Service.LoadEvaluationAsync(trained.RunId))!;
        var expected = trained.Outcome.Test;
        Assert.Equal(expected.Binary!.Confusion, evaluation.Binary!.Confusion);
        Assert.Equal(expected.Binary.Probabilities, evaluation.Binary.Probabilities);
        Assert.Equal(expected.Binary.Roc.TruePositiveRates, evaluation.Binary.Roc.TruePositiveRates);
        Assert.Equal(expected.Metrics["accuracy"], evaluation.Metrics["accuracy"]);
        var cv = (await _f.Service.LoadCrossValidationAsync(trained.RunId))!;
        Assert.Equal(3, cv.Folds.Count);
        Assert.Equal(trained.Outcome.CrossValidation!.Folds[2].Duration, cv.Folds[2].Duration);
        Assert.Equal(trained.Outcome.CrossValidation.Summary[0].TestScores, cv.Summary[0].TestScores);

        var noCv = await _f.Service.TrainAsync(TrainingServiceFixture.Binary());
        Assert.Null(await _f.Service.LoadCrossValidationAsync(noCv.RunId));
        Assert.Empty((await _f.Tracking.GetRunDetailAsync(noCv.RunId))!.Children);
        await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.LoadEvaluationAsync("0123456789ab"));
    }

    [Fact]
    public async Task LoadModel_ReadsTheSavedModelDirectlyAndThroughTheRegistry()
    {
        var trained = await _f.Service.TrainAsync(TrainingServiceFixture.Binary());
        var model = (FakeModel)await _f.Service.LoadModelAsync(trained.RunId);
        Assert.Equal(((FakeModel)trained.Outcome.Model).Constant, model.Constant);
        Assert.Equal(["no", "yes"], model.Classes);
        await _f.Registry.RegisterAsync("credit", trained.RunId);
        await _f.Registry.SetAliasAsync("credit", "champion", 1);
        var registered = (FakeModel)await _f.Service.LoadRegisteredAsync("credit", "champion");
        Assert.Equal(model.Constant, registered.Constant);
    }

    [Fact]
    public async Task Regression_RecordsRegressionMetrics()
    {
        var request = new TrainingJobRequest("toy", new TrainingRequest(TaskKind.Regression, "amount", [], "RegressionOnly"),
            new SplitOptions(), 0, "prices", RunName: "mean price");
        var trained = await _f.Service.TrainAsync(request);
        var detail = (await _f.Tracking.GetRunDetailAsync(trained.RunId))!;
        Assert.Equal("mean price", detail.Run.Name);
        Assert.Equal("[\"x\",\"colour\",\"y\",\"species\",\"flag\",\"grade\"]", detail.Parameters["features"]);
        // Train rows 0..29 have amount 2i + 1 with mean 30; test rows 30..39 have amounts 61..79, so RMSE = sqrt(mean((61..79 step 2 − 30)²)).
        var expectedRmse = Math.Sqrt(Enumerable.Range(30, 10).Average(i => Math.Pow(2 * i + 1 - 30, 2)));
        Assert.Equal(expectedRmse, detail.Metrics.Single(m => m is { Key: "rmse", Split: "test" }).Value, 12);
        Assert.False(detail.Parameters.ContainsKey("positive_class"));
    }
}
