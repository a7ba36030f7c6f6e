using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Data;
using Workbench.Ml.Monitoring;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Monitoring;
using Workbench.Workspace.Scenarios;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;
using Names = Workbench.Workspace.Monitoring.MonitoringDemoRequest.Names;

namespace Workbench.Workspace.Tests.Monitoring;

/// <summary>The one-click demo end to end on small sizes: datasets, champion model, monitor, and what a second run reuses.</summary>
public sealed class MonitoringDemoTests : IDisposable
{
    private static readonly MonitoringDemoRequest Small = new(StreamRows: 6_000, ReferenceRows: 2_000);
    private readonly TempWorkspace _temp = new();
    private readonly ModelRegistry _registry;
    private readonly MonitoringService _monitoring;

    public MonitoringDemoTests()
    {
        var tracking = new TrackingStore(_temp.Workspace);
        _registry = new ModelRegistry(_temp.Workspace);
        var jobs = new JobRunner(NullLogger<JobRunner>.Instance);
        var training = new TrainingService(_temp.Datasets, tracking, _registry, jobs, NullLogger<TrainingService>.Instance);
        var scenarios = new ScenarioService(_temp.Datasets, NullLogger<ScenarioService>.Instance);
        _monitoring = new MonitoringService(_temp.Workspace, _temp.Datasets, _registry, tracking, training, scenarios, jobs);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FirstRun_WritesTrainsRegistersAndMonitorsTheYear()
    {
        var steps = new List<string>();

        var result = await _monitoring.RunDemoAsync(Small, status: steps.Add);

        Assert.Equal(6_000, (await _temp.Datasets.GetAsync(Names.Stream))!.Rows);
        Assert.Equal(2_000, (await _temp.Datasets.GetAsync(Names.Reference))!.Rows);
        var champion = await _registry.ResolveAsync(Names.Model, Names.Alias);
        Assert.Equal((1, champion.RunId), (result.Monitor.Info.Version, result.Monitor.Info.RunId));
        Assert.False(result.ReusedData || result.ReusedModel);
        Assert.Equal(4, steps.Count);
        Assert.StartsWith("Step 1 of 4", steps[0]);
        Assert.Equal(4, result.Steps.Count);

        var report = result.Monitor.Report;
        Assert.Equal(Enumerable.Range(1, 12).Select(m => $"2024-{m:00}"), report.Batches.Select(b => b.Label));
        Assert.Equal(Names.Reference, result.Monitor.Info.Reference);
        // April: 30 % of loan amounts missing, and only April.
        var missing = report.Alerts.Where(a => a.Kind == AlertKind.MissingValues).ToList();
        Assert.Equal([3], missing.Select(a => a.Batch).Distinct());
        Assert.All(missing, a => Assert.Equal("loan", a.Subject));
        // July on: salary drifts (PSI over the threshold), and not before.
        var salaryDrift = report.Alerts.Where(a => a.Kind == AlertKind.FeatureDrift && a.Subject == "salary").Select(a => a.Batch).ToList();
        Assert.Equal(Enumerable.Range(6, 6), salaryDrift);
        // Labels arrive a month late: the performance of a batch is known one batch later, and the concept drift from
        // September makes the model worse than on the reference.
        Assert.All(report.Batches.Where(b => b.Performance is not null), b => Assert.Equal(b.Index + 1, b.Performance!.AvailableAtBatch));
        var performance = report.Alerts.Where(a => a.Kind == AlertKind.Performance).ToList();
        Assert.NotEmpty(performance);
        Assert.All(performance, a => Assert.True(a.Batch >= 8, $"performance alert at batch {a.Batch}"));
        Assert.All(performance, a => Assert.Equal(a.Batch + 1, a.RaisedAtBatch));
        Assert.Contains(report.Batches, b => b.Index == 11 && b.Performance!.Value < 0.5);
        Assert.True(report.Baseline.Performance > 0.75, $"reference AUC {report.Baseline.Performance}");
    }

    [Fact]
    public async Task SecondRun_ReusesDataAndModelAndReplaceRetrains()
    {
        var first = await _monitoring.RunDemoAsync(Small);
        var stream = await _temp.Datasets.GetAsync(Names.Stream);

        var second = await _monitoring.RunDemoAsync(Small);

        Assert.True(second.ReusedData && second.ReusedModel);
        Assert.Equal(stream!.Fingerprint, (await _temp.Datasets.GetAsync(Names.Stream))!.Fingerprint);
        Assert.Equal(first.Monitor.Info.RunId, second.Monitor.Info.RunId);
        Assert.Single(await _registry.ListVersionsAsync(Names.Model));
        Assert.Single(await _monitoring.ListAsync());
        Assert.Equal(first.Monitor.Report.Alerts.Select(a => a.Message), second.Monitor.Report.Alerts.Select(a => a.Message)
            .Where(m => !m.Contains("latency")));

        var replaced = await _monitoring.RunDemoAsync(Small with { Replace = true, StreamRows = 2_400 });

        Assert.False(replaced.ReusedData || replaced.ReusedModel);
        Assert.Equal(2_400, (await _temp.Datasets.GetAsync(Names.Stream))!.Rows);
        Assert.Equal(2, (await _registry.ResolveAsync(Names.Model, Names.Alias)).Version);
        Assert.Equal(2, replaced.Monitor.Info.Version);
        Assert.Equal(new MonitoringDemoStatus(true, true, true, true), await _monitoring.GetDemoStatusAsync());
    }

    [Fact]
    public async Task ForeignDatasetWithADemoName_IsRefusedUnlessReplaced()
    {
        await _temp.Datasets.SaveAsync(Names.Stream, new TabularData("x", [DataColumn.Numeric("a", ColumnType.Real, [1.0, 2.0])]), "test");

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _monitoring.RunDemoAsync(Small));

        Assert.Contains("'loan-stream' exists but is not a loan scenario", e.Message);
        Assert.Equal(new MonitoringDemoStatus(true, false, false, false), await _monitoring.GetDemoStatusAsync());
        Assert.Empty(await _registry.ListModelsAsync());
    }

    [Fact]
    public async Task CancelledDemo_StopsAndWritesNoDataset()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _monitoring.RunDemoAsync(Small, cancellationToken: cancel.Token));

        Assert.False((await _monitoring.GetDemoStatusAsync()).Any);
    }

    [Fact]
    public async Task TooSmallStream_IsRefusedBeforeAnyWork()
    {
        var e = await Assert.ThrowsAsync<MonitoringException>(() => _monitoring.RunDemoAsync(new MonitoringDemoRequest(StreamRows: 500)));

        Assert.Contains("at least 1,200 rows", e.Message);
        Assert.False((await _monitoring.GetDemoStatusAsync()).Any);
    }
}
