using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Ml.Training;
using Workbench.Workspace.Builtin;
using Workbench.Workspace.Explain;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Explain;

/// <summary>A temp workspace with the built-in German credit data, the real training service (ML.NET) and the
/// explanation service.</summary>
internal sealed class ExplanationFixture : IDisposable
{
    public static readonly string[] Features = ["duration", "credit_amount", "age", "checking_status", "purpose", "savings_status"];

    public ExplanationFixture()
    {
        BuiltinInstaller.InstallAsync(Temp.Datasets, "german-credit").GetAwaiter().GetResult();
        Tracking = new TrackingStore(Temp.Workspace);
        var jobs = new JobRunner(NullLogger<JobRunner>.Instance);
        Training = new TrainingService(Temp.Datasets, Tracking, new ModelRegistry(Temp.Workspace), jobs, NullLogger<TrainingService>.Instance);
        Service = new ExplanationService(Temp.Datasets, Tracking, Training, jobs, NullLogger<ExplanationService>.Instance);
    }

    public TempWorkspace Temp { get; } = new();
    public TrackingStore Tracking { get; }
    public TrainingService Training { get; }
    public ExplanationService Service { get; }

    /// <summary>The split every run of the fixture uses: stratified, a quarter held out, seed 5.</summary>
    public static SplitOptions Split { get; } = new(SplitKind.Stratified, 0.25, Seed: 5);

    /// <summary>Trains a small tree model (LightGbm, 30 trees) or another trainer and returns the run id.</summary>
    public async Task<string> TrainAsync(string trainer = "LightGbm", IReadOnlyDictionary<string, string>? hyperparameters = null)
    {
        hyperparameters ??= trainer == "LightGbm" ? new Dictionary<string, string> { ["NumberOfIterations"] = "30" } : null;
        var request = new TrainingJobRequest("german-credit",
            new TrainingRequest(TaskKind.Binary, "class", Features, trainer, hyperparameters, Seed: 5), Split, 0, "explain", Source: "cli");
        return (await Training.TrainAsync(request)).RunId;
    }

    public void Dispose() => Temp.Dispose();
}
