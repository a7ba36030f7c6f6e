using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Explain.Inspection;
using Workbench.Ml.Training;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Tests.Explain;

public sealed class ExplanationServiceTests : IDisposable
{
    private readonly ExplanationFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Explain_UsesTheRunsTestRowsInOrder()
    {
        var runId = await _f.TrainAsync();

        var result = await _f.Service.ExplainAsync(new ShapRequest(runId));

        var data = await _f.Temp.Datasets.LoadAsync("german-credit");
        var expected = DataSplitter.Split(data, "class", ExplanationFixture.Split).Test;
        Assert.Equal(expected, result.DatasetRows);
        Assert.Equal(250, result.Source.Rows);
        // The stored test evaluation holds the run's own per-row probabilities: the same rows in the same order.
        var evaluation = (await _f.Training.LoadEvaluationAsync(runId))!;
        Assert.Equal(evaluation.Binary!.Probabilities.ToArray(), result.Probability!, new ToleranceComparer(1e-12));
        Assert.Equal(ExplainMethod.TreePathDependent, result.Explanation.Method);
        Assert.InRange(result.Explanation.MaxLocalAccuracyError, 0, 1e-6);
        Assert.Equal(ExplanationFixture.Features.Order(), result.Explanation.Players.Order());
        Assert.Equal(result.Explanation.Players, result.Rows.Columns.Select(c => c.Name));
        Assert.Equal(data["age"].Numbers![result.DatasetRows[7]], result.Rows["age"].Numbers![7]);
        Assert.Equal(data["class"].Format(result.DatasetRows[3]), result.Labels[3]);
    }

    [Fact]
    public async Task SecondCall_ReadsTheCacheWithoutRecomputing()
    {
        var runId = await _f.TrainAsync();
        var first = await _f.Service.ExplainAsync(new ShapRequest(runId, MaxRows: 40));

        var second = await _f.Service.ExplainAsync(new ShapRequest(runId, MaxRows: 40));

        Assert.Equal(1, _f.Service.Computations);
        Assert.False(first.Source.FromCache);
        Assert.True(second.Source.FromCache);
        Assert.Equal(first.Source.ComputedUtc, second.Source.ComputedUtc);
        Assert.Equal(first.Explanation.Values, second.Explanation.Values);
        Assert.Equal(first.Explanation.BaseValue, second.Explanation.BaseValue);
        Assert.Equal(first.DatasetRows, second.DatasetRows);
        Assert.Equal(first.Rows.Columns.Select(c => c.Strings ?? c.Numbers!.Select(v => (string?)v.ToString("R")).ToArray()),
            second.Rows.Columns.Select(c => c.Strings ?? c.Numbers!.Select(v => (string?)v.ToString("R")).ToArray()));
        var artifacts = (await _f.Tracking.GetRunDetailAsync(runId))!.Artifacts.Select(a => a.Name).ToList();
        Assert.Single(artifacts, a => a.StartsWith("explain/shap-", StringComparison.Ordinal) && a.EndsWith(".json", StringComparison.Ordinal));
        Assert.Equal(first.Source.Artifact, artifacts.Single(a => a.StartsWith("explain/", StringComparison.Ordinal)));
        Assert.Equal(first.Explanation.Values, (await _f.Service.FindExplanationAsync(new ShapRequest(runId, MaxRows: 40)))!.Explanation.Values);
        Assert.Null(await _f.Service.FindExplanationAsync(new ShapRequest(runId, MaxRows: 41)));
        Assert.Equal(1, _f.Service.Computations);
    }

    [Fact]
    public async Task OtherSettings_ComputeAgainOnASampleOfTheTestRows()
    {
        var runId = await _f.TrainAsync();
        var all = await _f.Service.ExplainAsync(new ShapRequest(runId));

        var sample = await _f.Service.ExplainAsync(new ShapRequest(runId, MaxRows: 50, Seed: 3));
        var interventional = await _f.Service.ExplainAsync(new ShapRequest(runId, MaxRows: 20, Interventional: true, BackgroundRows: 30));

        Assert.Equal(3, _f.Service.Computations);
        Assert.Equal(50, sample.DatasetRows.Length);
        Assert.Subset(all.DatasetRows.ToHashSet(), sample.DatasetRows.ToHashSet());
        Assert.Equal(sample.DatasetRows.Order(), sample.DatasetRows);
        var row = Array.IndexOf(all.DatasetRows, sample.DatasetRows[10]);
        Assert.Equal(all.Explanation.Values[row], sample.Explanation.Values[10]);
        Assert.Equal((ExplainMethod.TreeInterventional, 30), (interventional.Explanation.Method, interventional.Explanation.BackgroundRows));
        Assert.InRange(interventional.Explanation.MaxLocalAccuracyError, 0, 1e-6);
    }

    [Fact]
    public async Task LinearRun_IsExplainedByTheLinearClosedForm()
    {
        var runId = await _f.TrainAsync("LbfgsLogisticRegression");

        var result = await _f.Service.ExplainAsync(new ShapRequest(runId, MaxRows: 30));

        Assert.Equal(ExplainMethod.Linear, result.Explanation.Method);
        Assert.InRange(result.Explanation.MaxLocalAccuracyError, 0, 1e-6);
    }

    [Fact]
    public async Task StartExplain_RunsInABackgroundJob()
    {
        var runId = await _f.TrainAsync();

        var started = _f.Service.StartExplain(new ShapRequest(runId, MaxRows: 25), JobOwner.CommandLine);
        await started.Completion;

        Assert.Equal((JobState.Completed, 1.0), (started.State, started.Progress));
        Assert.Equal(25, started.Result!.Explanation.Values.Length);
        Assert.Equal("explain", started.Kind);
    }

    [Fact]
    public async Task CancelledJob_EndsCanceledAndCachesNothing()
    {
        var runId = await _f.TrainAsync();

        var started = _f.Service.StartPermutationImportance(new ImportanceRequest(runId, "roc_auc", Repeats: 500), JobOwner.CommandLine);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (started.Progress < 0.15 && started.State == JobState.Running && DateTime.UtcNow < deadline) await Task.Delay(20);
        started.Cancel();
        await started.Completion;

        Assert.Equal(JobState.Canceled, started.State);
        Assert.Null(started.Result);
        Assert.Equal(0, _f.Service.Computations);
        Assert.DoesNotContain((await _f.Tracking.GetRunDetailAsync(runId))!.Artifacts, a => a.Name.StartsWith("explain/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartialDependence_EqualsTheDefinitionOnTheTrainingRows()
    {
        var runId = await _f.TrainAsync();

        var result = await _f.Service.PartialDependenceAsync(new PartialDependenceRequest(runId, "age", GridResolution: 20, SampleRows: 200));
        var again = await _f.Service.PartialDependenceAsync(new PartialDependenceRequest(runId, "age", GridResolution: 20, SampleRows: 200));

        var model = await _f.Training.LoadModelAsync(runId);
        var data = await _f.Temp.Datasets.LoadAsync("german-credit");
        var train = TableRows.Take(data, DataSplitter.Split(data, "class", ExplanationFixture.Split).Train);
        var pd = result.OneWay!;
        Assert.Equal(20, pd.Axis.Count);
        Assert.Equal((200, 750), (result.Source.Rows, result.Source.SplitRows));
        // The mean raw output over the sampled training rows with age set to the 5th grid value.
        var sample = TableRows.Take(train, pd.Rows);
        var set = sample with { Columns = sample.Columns.Select(c => c.Name == "age"
            ? DataColumn.Numeric("age", c.Type, Enumerable.Repeat(pd.Axis.Numbers![4], sample.RowCount).ToArray()) : c).ToArray() };
        Assert.Equal(model.Predict(set).Score.Average(), pd.Average[4], 1e-9);
        Assert.Equal(pd.Ice.Average(curve => curve[4]), pd.Average[4], 1e-9);
        Assert.True(again.Source.FromCache);
        Assert.Equal(1, _f.Service.Computations);
    }

    [Fact]
    public async Task TwoWayPartialDependence_IsAGridOfPairs()
    {
        var runId = await _f.TrainAsync();

        var result = await _f.Service.PartialDependenceAsync(
            new PartialDependenceRequest(runId, "age", "duration", GridResolution: 10, SampleRows: 100, Probability: true));

        var two = result.TwoWay!;
        Assert.Null(result.OneWay);
        Assert.Equal((10, 10), (two.X.Count, two.Y.Count));
        Assert.All(two.Average.SelectMany(r => r), p => Assert.InRange(p, 0, 1));
        Assert.StartsWith("probability of class = ", result.Output);
    }

    [Fact]
    public async Task PermutationImportance_EqualsTheLibraryOnTheTestRows()
    {
        var runId = await _f.TrainAsync();

        var result = await _f.Service.PermutationImportanceAsync(new ImportanceRequest(runId, "log_loss", Repeats: 3, Seed: 7));

        var model = await _f.Training.LoadModelAsync(runId);
        var data = await _f.Temp.Datasets.LoadAsync("german-credit");
        // The service passes the model's input columns and the label, in that order (the shuffle seed follows the column index).
        var columns = model.InputSchema.Select(c => data[c.Name]).Append(data["class"]).ToArray();
        var test = TableRows.Take(data with { Columns = columns }, DataSplitter.Split(data, "class", ExplanationFixture.Split).Test);
        var expected = ModelInspection.PermutationImportance(model, test, "log_loss", 3, 7);
        Assert.Equal(expected.BaselineScore, result.Importance.BaselineScore, 1e-12);
        Assert.Equal(expected.Columns.Select(c => c.Repeats), result.Importance.Columns.Select(c => c.Repeats));
        Assert.False(result.Importance.HigherIsBetter);
        Assert.Equal(250, result.Source.Rows);
    }

    [Fact]
    public async Task MetricOfAnotherTask_IsRefusedWithTheChoices()
    {
        var runId = await _f.TrainAsync();

        var error = await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.PermutationImportanceAsync(new ImportanceRequest(runId, "rmse")));

        Assert.Contains("'rmse' is not reported for Binary", error.Message);
        Assert.Contains("log_loss, roc_auc", error.Message);
    }

    [Fact]
    public async Task ChangedDataset_IsRefusedWithBothFingerprints()
    {
        var runId = await _f.TrainAsync();
        var data = await _f.Temp.Datasets.LoadAsync("german-credit");
        await _f.Temp.Datasets.DeleteAsync("german-credit");
        await _f.Temp.Datasets.SaveAsync("german-credit", TableRows.Take(data, Enumerable.Range(0, 900).ToArray()), "test");

        var error = await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.ExplainAsync(new ShapRequest(runId)));

        Assert.Contains("'german-credit' has changed since run", error.Message);
        Assert.Contains("Train a new run", error.Message);
    }

    [Fact]
    public async Task DeletedDataset_IsRefused()
    {
        var runId = await _f.TrainAsync();
        await _f.Temp.Datasets.DeleteAsync("german-credit");

        var error = await Assert.ThrowsAsync<WorkspaceException>(() =>
            _f.Service.PartialDependenceAsync(new PartialDependenceRequest(runId, "age")));

        Assert.Contains("has been deleted", error.Message);
    }

    [Fact]
    public async Task RunningOrUnknownRun_IsRefused()
    {
        var running = await _f.Tracking.StartRunAsync(new NewRun("explain", "still training", "cli", Dataset: "german-credit"));

        var notFinished = await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.ExplainAsync(new ShapRequest(running.Id)));
        var unknown = await Assert.ThrowsAsync<WorkspaceException>(() => _f.Service.ExplainAsync(new ShapRequest("0123456789ab")));

        Assert.Contains("is Running; only a finished run has a model", notFinished.Message);
        Assert.Contains("There is no run '0123456789ab'", unknown.Message);
    }

    [Fact]
    public async Task ListRuns_ShowsFinishedRunsWithTheirTestLogLoss()
    {
        var runId = await _f.TrainAsync();
        await _f.Tracking.StartRunAsync(new NewRun("explain", "still training", "cli", Dataset: "german-credit"));

        var runs = await _f.Service.ListRunsAsync();

        var only = Assert.Single(runs);
        Assert.Equal((runId, "log_loss"), (only.Run.Id, only.MetricKey));
        var detail = (await _f.Tracking.GetRunDetailAsync(runId))!;
        Assert.Equal(detail.Metrics.Single(m => m is { Key: "log_loss", Split: "test" }).Value, only.MetricValue);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
        public int GetHashCode(double obj) => 0;
    }
}
