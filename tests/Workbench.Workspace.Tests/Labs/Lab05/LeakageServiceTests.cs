using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Synthetic;
using Workbench.Ml.Training;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Labs.Lab05;

namespace Workbench.Workspace.Tests.Labs.Lab05;

public sealed class LeakageServiceTests : IDisposable
{
    private readonly TempWorkspace _temp = new();
    private readonly LeakageService _service;

    public LeakageServiceTests() => _service = new LeakageService(_temp.Datasets, new JobRunner(NullLogger<JobRunner>.Instance));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ScalerCase_SamplesFourHundredRowsAndRunsTheDemoWithSeedSeven()
    {
        await _temp.Datasets.SaveAsync("credit-default", CreditDefaultGenerator.Generate(2000), "test");
        var leak = LeakageCase.All.Single(c => c.Kind == LeakageKind.ScalerBeforeSplit);

        var result = await _service.RunAsync(leak, leak.Rows);

        // The same sample and demo, computed here from the generator's rows.
        var data = CreditDefaultGenerator.Generate(2000);
        var sample = TableRows.Take(data, DataSplitter.Split(data, "delinquency", new SplitOptions(SplitKind.Stratified, 1 - 400 / 2000.0, Seed: 7)).Train);
        var expected = LeakageDemo.Run(sample, new TrainingRequest(TaskKind.Binary, "delinquency", [], "LbfgsLogisticRegression", Seed: 7),
            LeakageKind.ScalerBeforeSplit, new SplitOptions(TestFraction: 0.2, Seed: 7));
        Assert.Equal(expected, result);
    }

    [Fact]
    public async Task MissingDataset_SaysWhatToInstall()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() => _service.RunAsync(LeakageCase.All[0], 400));
        Assert.Equal("The dataset 'credit-default' is not in the workspace; install it on the Datasets page (built-in datasets).", e.Message);
    }

    [Fact]
    public async Task Start_RunsAsTheOwnersJobWithTheComparisonAsItsResult()
    {
        await _temp.Datasets.SaveAsync("credit-default", CreditDefaultGenerator.Generate(600), "test");
        var owner = JobOwner.NewCircuit();

        var job = _service.Start(LeakageCase.All[1], 300, owner);
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(JobState.Completed, job.State);
        Assert.Equal((owner, JobLifetime.Page), (job.Owner, job.Lifetime));
        Assert.Equal(await _service.RunAsync(LeakageCase.All[1], 300), job.Result);
    }
}
