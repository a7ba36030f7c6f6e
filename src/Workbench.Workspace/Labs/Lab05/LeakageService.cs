using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Workspace.Labs.Lab05;

/// <summary>Runs lab 05's leakage demonstrations on workspace datasets, in the caller or as a job.</summary>
public sealed class LeakageService(IDatasetStore datasets, IJobRunner jobs) : ILeakageService
{
    /// <summary>The seed of the row sample, the split and the learner.</summary>
    public const int Seed = 7;

    /// <inheritdoc />
    public async Task<LeakageComparison> RunAsync(LeakageCase leak, int rows, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leak);
        if (await datasets.GetAsync(leak.Dataset, cancellationToken).ConfigureAwait(false) is null)
            throw new WorkspaceException($"The dataset '{leak.Dataset}' is not in the workspace; install it on the Datasets page (built-in datasets).");
        var data = await datasets.LoadAsync(leak.Dataset, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (rows > 0 && rows < data.RowCount)
            data = TableRows.Take(data, DataSplitter.Split(data, leak.Label,
                new SplitOptions(SplitKind.Stratified, TestFraction: 1 - rows / (double)data.RowCount, Seed: Seed)).Train);
        var request = new TrainingRequest(leak.Task, leak.Label, leak.Features, leak.Trainer, Seed: Seed);
        var split = new SplitOptions(TestFraction: 0.2, Seed: Seed, Column: leak.TimeColumn);
        return await Task.Run(() => LeakageDemo.Run(data, request, leak.Kind, split, progress, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public IJob<LeakageComparison> Start(LeakageCase leak, int rows, JobOwner owner)
    {
        ArgumentNullException.ThrowIfNull(leak);
        return jobs.Start(owner, "lab05:leakage", "leakage", $"{leak.Title} on {leak.Dataset}",
            context => RunAsync(leak, rows, context.Progress, context.CancellationToken));
    }
}
