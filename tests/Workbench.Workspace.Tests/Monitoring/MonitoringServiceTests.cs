using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Monitoring;
using Workbench.Workspace.Scenarios;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Monitoring;

/// <summary>The real path: a LightGbm model trained and registered in the workspace, replayed over a dataset whose
/// second half has a shifted feature.</summary>
public sealed class MonitoringServiceTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly TrackingStore _tracking;
    private readonly ModelRegistry _registry;
    private readonly TrainingService _training;
    private readonly MonitoringService _monitoring;

    public MonitoringServiceTests()
    {
        _tracking = new TrackingStore(_temp.Workspace);
        _registry = new ModelRegistry(_temp.Workspace);
        var jobs = new JobRunner(NullLogger<JobRunner>.Instance);
        _training = new TrainingService(_temp.Datasets, _tracking, _registry, jobs, NullLogger<TrainingService>.Instance);
        var scenarios = new ScenarioService(_temp.Datasets, NullLogger<ScenarioService>.Instance);
        _monitoring = new MonitoringService(_temp.Workspace, _temp.Datasets, _registry, _tracking, _training, scenarios, jobs);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>y = 1 when x + noise > 0; the stream's x moves up by 2 from row <paramref name="shiftFrom"/>.</summary>
    private static TabularData Table(int rows, int seed, int shiftFrom)
    {
        var random = new Random(seed);
        var x = new double[rows];
        var y = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            x[i] = random.NextDouble() * 4 - 2 + (i >= shiftFrom ? 2 : 0);
            y[i] = x[i] + random.NextDouble() - 0.5 > 0 ? 1 : 0;
        }
        return new TabularData("t", [DataColumn.Numeric("x", ColumnType.Real, x), DataColumn.Numeric("y", ColumnType.Integer, y)]);
    }

    private async Task<string> RegisterAsync()
    {
        await _temp.Datasets.SaveAsync("train", Table(1000, 1, int.MaxValue), "test");
        var trained = await _training.TrainAsync(new TrainingJobRequest("train",
            new TrainingRequest(TaskKind.Binary, "y", ["x"], "LightGbm", Seed: 3), new SplitOptions(), 0, "monitoring", Source: "cli"));
        await _registry.RegisterAsync("toy", trained.RunId);
        await _registry.SetAliasAsync("toy", "champion", 1);
        return trained.RunId;
    }

    [Fact]
    public async Task Run_ComparesWithTheTrainingDataAndStoresTheReport()
    {
        var runId = await RegisterAsync();
        await _temp.Datasets.SaveAsync("stream", Table(4000, 2, shiftFrom: 2000), "test");

        var result = await _monitoring.RunAsync(new MonitorRequest("weekly", "toy", "champion", "stream", null,
            new MonitoringOptions(BatchRows: 500, Label: "y", LatencySampleRows: 3)));

        Assert.Equal(("toy", 1, runId, "train"), (result.Info.Model, result.Info.Version, result.Info.RunId, result.Info.Reference));
        Assert.Equal(8, result.Report.Batches.Count);
        var drifted = result.Report.Alerts.Where(a => a.Kind == AlertKind.FeatureDrift).Select(a => a.Batch).ToArray();
        Assert.Equal([4, 5, 6, 7], drifted);
        Assert.Contains(result.Report.Alerts, a => a.Kind == AlertKind.PredictionDrift && a.Batch == 4);
        var stored = await _monitoring.GetAsync("WEEKLY");
        Assert.Equal(result.Report.Alerts.Count, stored!.Report.Alerts.Count);
        Assert.Single(await _monitoring.ListAsync());
    }

    [Fact]
    public async Task UnknownAliasOrDataset_IsRefusedAndNothingStored()
    {
        await RegisterAsync();
        var options = new MonitoringOptions();

        await Assert.ThrowsAsync<WorkspaceException>(() => _monitoring.RunAsync(new MonitorRequest("m", "toy", "staging", "train", null, options)));
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _monitoring.RunAsync(new MonitorRequest("m", "toy", "champion", "nope", null, options)));
        Assert.Contains("no dataset 'nope'", e.Message);
        await Assert.ThrowsAsync<MonitoringException>(() => _monitoring.RunAsync(new MonitorRequest("m", "toy", "1", "train", null,
            new MonitoringOptions(BatchBy.Month, "x"))));
        Assert.Empty(await _monitoring.ListAsync());
    }

    [Fact]
    public async Task Delete_RemovesTheMonitor()
    {
        await RegisterAsync();
        await _monitoring.RunAsync(new MonitorRequest("m", "toy", "latest", "train", null, new MonitoringOptions(BatchRows: 500, LatencySampleRows: 1)));

        await _monitoring.DeleteAsync("m");

        Assert.Empty(await _monitoring.ListAsync());
        await Assert.ThrowsAsync<WorkspaceException>(() => _monitoring.DeleteAsync("m"));
    }
}
