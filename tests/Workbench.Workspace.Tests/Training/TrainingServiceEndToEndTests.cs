using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Training;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

/// <summary>The real training path: the built-in German credit dataset, ML.NET through Workbench.Ml.Training, the tracking
/// store and the registry.</summary>
public sealed class TrainingServiceEndToEndTests : IDisposable
{
    private readonly TempWorkspace _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task GermanCredit_TrainRegisterAndLoadTheModelBack()
    {
        await BuiltinInstaller.InstallAsync(_temp.Datasets, "german-credit");
        var tracking = new TrackingStore(_temp.Workspace);
        var registry = new ModelRegistry(_temp.Workspace);
        var service = new TrainingService(_temp.Datasets, tracking, registry, new JobRunner(NullLogger<JobRunner>.Instance),
            NullLogger<TrainingService>.Instance);
        var request = new TrainingJobRequest("german-credit",
            new TrainingRequest(TaskKind.Binary, "class", ["duration", "credit_amount", "age", "checking_status", "purpose", "savings_status"],
                "FastTree", new Dictionary<string, string> { ["NumberOfTrees"] = "50" }, Seed: 5),
            new SplitOptions(SplitKind.Stratified, 0.25, Seed: 5), 3, "credit", Source: "cli");

        var trained = await service.TrainAsync(request);

        var detail = (await tracking.GetRunDetailAsync(trained.RunId))!;
        Assert.Equal(RunStatus.Finished, detail.Run.Status);
        Assert.Equal(3, detail.Children.Count);
        Assert.Equal(trained.Outcome.Test.Metrics["roc_auc"], detail.Metrics.Single(m => m is { Key: "roc_auc", Split: "test" }).Value);
        Assert.InRange(trained.Outcome.Test.Metrics["roc_auc"], 0.6, 1.0);
        Assert.Equal(("good", "50", "250"), (detail.Parameters["positive_class"], detail.Parameters["NumberOfTrees"], detail.Parameters["test_rows"]));
        Assert.Contains(detail.Artifacts, a => a.Name == RunArtifacts.Model && a.Bytes > 1000);
        Assert.Equal(trained.Outcome.Model.Hyperparameters["NumberOfLeaves"], detail.Parameters["NumberOfLeaves"]);

        await registry.RegisterAsync("credit-risk", trained.RunId);
        var model = await service.LoadRegisteredAsync("credit-risk", "latest");
        var data = await _temp.Datasets.LoadAsync("german-credit");
        Assert.Equal(trained.Outcome.Model.Predict(data).Score, model.Predict(data).Score);
        var evaluation = (await service.LoadEvaluationAsync(trained.RunId))!;
        Assert.Equal(trained.Outcome.Test.Binary!.Probabilities, evaluation.Binary!.Probabilities);
        Assert.Equal(trained.Outcome.Test.Binary.Confusion, evaluation.Binary.Confusion);
        var cv = (await service.LoadCrossValidationAsync(trained.RunId))!;
        var auc = trained.Outcome.CrossValidation!.Summary.Single(s => s.Metric == "roc_auc");
        Assert.Equal(auc.TestScores, cv.Summary.Single(s => s.Metric == "roc_auc").TestScores);
        Assert.Equal(auc.TestMean, detail.Metrics.Single(m => m is { Key: "roc_auc", Split: "cv" }).Value);
    }

    [Fact]
    public async Task Multiclass_StoresTheConfusionMatrixAndReadsItBack()
    {
        await _temp.Datasets.SaveAsync("toy", TrainingServiceFixture.Toy(), "generated:test");
        var tracking = new TrackingStore(_temp.Workspace);
        var service = new TrainingService(_temp.Datasets, tracking, new ModelRegistry(_temp.Workspace),
            new JobRunner(NullLogger<JobRunner>.Instance), NullLogger<TrainingService>.Instance);
        var request = new TrainingJobRequest("toy", new TrainingRequest(TaskKind.Multiclass, "species", ["colour", "x"], "LbfgsMaximumEntropy"),
            new SplitOptions(SplitKind.Stratified, 0.3, Seed: 2), 0, "species");

        var trained = await service.TrainAsync(request);

        // species is a function of colour (both cycle with the row number mod 3), so every test row is predicted right.
        var evaluation = (await service.LoadEvaluationAsync(trained.RunId))!;
        Assert.Equal(["a", "b", "c"], evaluation.Multiclass!.Classes);
        Assert.Equal(trained.Outcome.Test.Multiclass!.Confusion, evaluation.Multiclass.Confusion);
        Assert.Equal(1.0, (await tracking.GetRunDetailAsync(trained.RunId))!.Metrics.Single(m => m is { Key: "accuracy", Split: "test" }).Value);
        Assert.Equal(0, Enumerable.Range(0, 3).Sum(i => evaluation.Multiclass.Confusion[i].Sum()) - evaluation.Rows);
    }
}
