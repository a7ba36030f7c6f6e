using Workbench.Ml.Synthetic;
using Workbench.Ml.Training;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Explain;

/// <summary>The run a student can train in one click to have something to explain: LightGBM on the built-in
/// credit-default data, split 80/20 stratified with seed 42 as the course does.</summary>
public static class StarterRun
{
    /// <summary>The built-in dataset it trains on.</summary>
    public const string Dataset = "credit-default";

    /// <summary>The experiment it is recorded in.</summary>
    public const string Experiment = "lab-08";

    /// <summary>The training request.</summary>
    public static TrainingJobRequest Request(string source = "web") => new(Dataset,
        new TrainingRequest(TaskKind.Binary, CreditDefaultGenerator.Label, [], "LightGbm", Seed: 42),
        new SplitOptions(SplitKind.Stratified, 0.2, Seed: 42), 0, Experiment, "LightGbm on credit-default (lab 08)", source);

    /// <summary>Installs the built-in dataset when the workspace does not have it.</summary>
    public static async Task EnsureDatasetAsync(IDatasetStore datasets, CancellationToken cancellationToken = default)
    {
        if (await datasets.GetAsync(Dataset, cancellationToken) is null)
            await BuiltinInstaller.InstallAsync(datasets, Dataset, cancellationToken: cancellationToken);
    }
}
