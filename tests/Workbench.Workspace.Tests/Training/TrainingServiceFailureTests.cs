using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

public sealed class TrainingServiceFailureTests : IDisposable
{
    private readonly TrainingServiceFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static TrainingJobRequest With(TaskKind task, string label, IReadOnlyList<string> features, string trainer = "Constant",
        SplitOptions? split = null, int folds = 0, string? positive = null) =>
        new("toy", new TrainingRequest(task, label, features, trainer, PositiveClass: positive), split ?? new SplitOptions(), folds, "exp");

    public static TheoryData<TrainingJobRequest, string> BadRequests => new()
    {
        { With(TaskKind.Binary, "nope", []), "no column 'nope' to use as the label" },
        { With(TaskKind.Binary, "y", ["x", "size"]), "no column 'size'" },
        { With(TaskKind.Binary, "y", ["x", "y"]), "also listed as a feature" },
        { With(TaskKind.Binary, "y", ["x", "x"]), "listed twice" },
        { With(TaskKind.Regression, "colour", ["x"]), "label 'colour' is categorical" },
        { With(TaskKind.Binary, "species", ["x"]), "more than two" },
        { With(TaskKind.Binary, "y", ["x"], positive: "maybe"), "positive class 'maybe' is not a value" },
        { With(TaskKind.Multiclass, "flag", ["x"]), "Choose the binary task" },
        { With(TaskKind.Multiclass, "x", ["amount"]), "'x' has 40 distinct values in 40 rows" },
        { With(TaskKind.Binary, "y", ["x"], "Forest"), "no trainer 'Forest'" },
        { With(TaskKind.Binary, "y", ["x"], "RegressionOnly"), "does not do Binary tasks" },
        { With(TaskKind.Binary, "y", ["x"], split: new SplitOptions(TestFraction: 0.6, ValidationFraction: 0.5)), "leave rows to train on" },
        { With(TaskKind.Binary, "y", ["x"], split: new SplitOptions(SplitKind.Group)), "needs a column" },
        { With(TaskKind.Binary, "y", ["x"], split: new SplitOptions(SplitKind.Time, Column: "when")), "split column 'when'" },
        { With(TaskKind.Binary, "y", ["x"], folds: 50), "2 to 20 folds" },
        { With(TaskKind.Binary, "grade", ["x"]), "missing at row 4 (2 rows in all)" },
        { With(TaskKind.Binary, "y", ["x"]) with { Request = new(TaskKind.Binary, "y", ["x"], "Constant", new Dictionary<string, string> { ["Smoothing"] = "2" }) }, "Smoothing" },
        { With(TaskKind.Binary, "y", ["x"]) with { Request = new(TaskKind.Binary, "y", ["x"], "Constant", new Dictionary<string, string> { ["Depth"] = "2" }) }, "no hyperparameter 'Depth'" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_ThrowsBeforeAnyRunIsRecorded(TrainingJobRequest request, string message)
    {
        var train = await Assert.ThrowsAsync<TrainingException>(() => _f.Service.TrainAsync(request));
        Assert.Contains(message, train.Message);
        var start = await Assert.ThrowsAsync<TrainingException>(() => _f.Service.StartAsync(request, JobOwner.CommandLine));
        Assert.Equal(train.Message, start.Message);
        Assert.Equal(0, _f.Temp.Scalar("SELECT COUNT(*) FROM wb_runs;"));
    }

    [Fact]
    public async Task UnknownDatasetOrBadExperiment_ThrowWorkspaceException()
    {
        var noDataset = TrainingServiceFixture.Binary() with { Dataset = "missing" };
        Assert.Contains("no dataset named 'missing'", (await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.TrainAsync(noDataset))).Message);
        var noExperiment = TrainingServiceFixture.Binary() with { Experiment = " " };
        await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.StartAsync(noExperiment, JobOwner.CommandLine));
        Assert.Equal(0, _f.Temp.Scalar("SELECT COUNT(*) FROM wb_runs;"));
    }

    [Fact]
    public async Task LearnerFailure_EndsRunFailedAndRethrows()
    {
        _f.Engine.BeforeRun = _ => throw new TrainingException("LightGBM ran out of leaves.");
        var e = await Assert.ThrowsAsync<TrainingException>(() => _f.Service.TrainAsync(TrainingServiceFixture.Binary()));
        var run = Assert.Single(await _f.Tracking.ListRunsAsync(new RunQuery())).Run;
        Assert.Equal((RunStatus.Failed, e.Message), (run.Status, run.Error));
        Assert.Contains("(Failed) has no model", (await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.LoadModelAsync(run.Id))).Message);
    }

    [Fact]
    public async Task BackgroundJob_TrainsAndFinishesTheRun()
    {
        var started = await _f.Service.StartAsync(TrainingServiceFixture.Binary(folds: 2), JobOwner.CommandLine);
        Assert.Equal("train", started.Job.Kind);
        await started.Job.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(JobState.Completed, started.Job.State);
        Assert.Equal(1, started.Job.Progress);
        Assert.Equal(JobLifetime.Kept, started.Job.Lifetime); // leaving the training page does not stop it
        Assert.Equal(2, started.Job.Result!.CrossValidation!.Folds.Count);
        var detail = (await _f.Tracking.GetRunDetailAsync(started.RunId))!;
        Assert.Equal((RunStatus.Finished, 2), (detail.Run.Status, detail.Children.Count));
    }

    [Fact]
    public async Task CancelledJob_EndsRunCanceled()
    {
        using var entered = new ManualResetEventSlim();
        _f.Engine.BeforeRun = token =>
        {
            entered.Set();
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            token.ThrowIfCancellationRequested();
        };
        var started = await _f.Service.StartAsync(TrainingServiceFixture.Binary(), JobOwner.CommandLine);
        Assert.Equal(RunStatus.Running, (await _f.Tracking.GetRunAsync(started.RunId))!.Status);
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));
        started.Job.Cancel();
        await started.Job.Completion.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(JobState.Canceled, started.Job.State);
        var run = (await _f.Tracking.GetRunAsync(started.RunId))!;
        Assert.Equal(RunStatus.Canceled, run.Status);
        Assert.Empty((await _f.Tracking.GetRunDetailAsync(started.RunId))!.Artifacts);
    }
}
