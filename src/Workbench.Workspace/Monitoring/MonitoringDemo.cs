using System.Diagnostics;
using System.Globalization;
using Workbench.Ml.Monitoring;
using Workbench.Ml.Scenarios;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Scenarios;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;
using Names = Workbench.Workspace.Monitoring.MonitoringDemoRequest.Names;

namespace Workbench.Workspace.Monitoring;

/// <summary>The one-click instructor demo: writes the loan stream and reference, trains and registers the champion
/// model, and runs the monthly monitor; reuses what an earlier run left unless asked to replace it.</summary>
internal sealed class MonitoringDemo(IDatasetStore datasets, IScenarioService scenarios, ITrainingService training,
    IModelRegistry registry, ITrackingStore tracking, IMonitoringService monitoring)
{
    private static readonly string[] RequiredColumns = [LoanColumns.Date, .. LoanColumns.Features, LoanColumns.Default];

    public async Task<MonitoringDemoStatus> StatusAsync(CancellationToken ct) => new(
        await datasets.GetAsync(Names.Stream, ct) is not null,
        await datasets.GetAsync(Names.Reference, ct) is not null,
        await ChampionRunAsync(ct) is not null,
        await monitoring.GetAsync(Names.Monitor, ct) is not null);

    public async Task<MonitoringDemoResult> RunAsync(MonitoringDemoRequest request, IProgress<double>? progress,
        Action<string>? status, CancellationToken ct)
    {
        MonitoringDemoPlan.Validate(request.StreamRows, request.ReferenceRows);
        var steps = new List<MonitoringDemoStep>();
        var clock = Stopwatch.StartNew();
        void Done(string text) { steps.Add(new MonitoringDemoStep(text, clock.Elapsed)); clock.Restart(); }

        status?.Invoke($"Step 1 of 4: writing {Names.Stream} (12 months of loan applications with drift)");
        var reusedStream = await EnsureDatasetAsync(Names.Stream, MonitoringDemoPlan.Stream(request.StreamRows, request.Seed),
            request.Replace, ScaledProgress.Of(progress, 0, 0.3), ct);
        Done(reusedStream ? $"Reused {Names.Stream}" : $"Wrote {Names.Stream}");
        status?.Invoke($"Step 2 of 4: writing {Names.Reference} (the quarter before, no drift)");
        var reusedReference = await EnsureDatasetAsync(Names.Reference, MonitoringDemoPlan.Reference(request.ReferenceRows, request.Seed),
            request.Replace, ScaledProgress.Of(progress, 0.3, 0.1), ct);
        Done(reusedReference ? $"Reused {Names.Reference}" : $"Wrote {Names.Reference}");

        status?.Invoke($"Step 3 of 4: training LightGbm on {Names.Reference} and registering it as {Names.Model}@{Names.Alias}");
        var reusedModel = !request.Replace && await ChampionRunAsync(ct) is not null;
        if (!reusedModel) await TrainAndRegisterAsync(ScaledProgress.Of(progress, 0.4, 0.25), ct);
        progress?.Report(0.65);
        Done(reusedModel ? $"Reused {Names.Model}@{Names.Alias}" : $"Trained and registered {Names.Model}@{Names.Alias}");

        status?.Invoke($"Step 4 of 4: replaying {Names.Stream} month by month through {Names.Model}@{Names.Alias} (labels 1 month late)");
        var monitor = await monitoring.RunAsync(new MonitorRequest(Names.Monitor, Names.Model, Names.Alias, Names.Stream, Names.Reference,
            MonitoringDemoPlan.Monitor()), ScaledProgress.Of(progress, 0.65, 0.35), ct);
        Done(string.Create(CultureInfo.InvariantCulture, $"Monitored {monitor.Info.Batches} months: {monitor.Info.Alerts} alerts"));
        progress?.Report(1);
        return new MonitoringDemoResult(monitor, reusedStream && reusedReference, reusedModel, steps);
    }

    /// <summary>Writes the scenario dataset, or keeps an existing one; true when kept.</summary>
    private async Task<bool> EnsureDatasetAsync(string name, LoanScenarioOptions options, bool replace, IProgress<double>? progress,
        CancellationToken ct)
    {
        if (await datasets.GetAsync(name, ct) is { } existing)
        {
            if (!replace)
            {
                var missing = RequiredColumns.Except(existing.Columns.Select(c => c.Name)).ToList();
                if (missing.Count > 0)
                    throw new WorkspaceException($"A dataset named '{name}' exists but is not a loan scenario (it lacks {string.Join(", ", missing)}). " +
                        "Rename or delete it, or run the demo with \"Replace\" on.");
                progress?.Report(1);
                return true;
            }
            await datasets.DeleteAsync(name, ct);
        }
        await scenarios.WriteAsync(name, options, progress, ct);
        return false;
    }

    private async Task TrainAndRegisterAsync(IProgress<double>? progress, CancellationToken ct)
    {
        var trained = await training.TrainAsync(new TrainingJobRequest(Names.Reference, MonitoringDemoPlan.Training(),
            new SplitOptions(SplitKind.Stratified, 0.2, Seed: 1), 0, Names.Experiment, "loan-default for the monitoring demo"),
            progress, ct);
        var version = await registry.RegisterAsync(Names.Model, trained.RunId, ct);
        await registry.SetAliasAsync(Names.Model, Names.Alias, version.Version, ct);
    }

    /// <summary>The run behind loan-default@champion when it was trained on the demo reference as it is now, else null.</summary>
    private async Task<string?> ChampionRunAsync(CancellationToken ct)
    {
        var models = await registry.ListModelsAsync(ct);
        if (models.FirstOrDefault(m => m.Name == Names.Model) is not { } model || !model.Aliases.ContainsKey(Names.Alias)) return null;
        var version = await registry.ResolveAsync(Names.Model, Names.Alias, ct);
        var run = await tracking.GetRunAsync(version.RunId, ct);
        var reference = await datasets.GetAsync(Names.Reference, ct);
        return run is not null && run.Dataset == Names.Reference && run.DatasetFingerprint == reference?.Fingerprint ? run.Id : null;
    }
}
