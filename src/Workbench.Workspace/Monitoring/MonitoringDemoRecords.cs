using Workbench.Ml.Monitoring;

namespace Workbench.Workspace.Monitoring;

/// <summary>The instructor demo to run: sizes, seed, and whether to replace what an earlier demo left.</summary>
/// <param name="Replace">Regenerate the datasets and retrain the model even when they exist; otherwise they are reused.</param>
public sealed record MonitoringDemoRequest(int StreamRows = MonitoringDemoPlan.Defaults.StreamRows,
    int ReferenceRows = MonitoringDemoPlan.Defaults.ReferenceRows, long Seed = MonitoringDemoPlan.Defaults.Seed, bool Replace = false)
{
    /// <summary>The names the demo writes in the workspace.</summary>
    public static class Names
    {
        /// <summary>Dataset, model, alias, experiment and monitor names.</summary>
        public const string Stream = "loan-stream", Reference = "loan-reference", Model = "loan-default", Alias = "champion",
            Experiment = "monitoring-demo", Monitor = "loan-default demo";
    }
}

/// <summary>What an earlier demo left in the workspace.</summary>
public sealed record MonitoringDemoStatus(bool Stream, bool Reference, bool Model, bool Monitor)
{
    /// <summary>True when any demo dataset, the model or the monitor exists (running again reuses or replaces it).</summary>
    public bool Any => Stream || Reference || Model || Monitor;
}

/// <summary>One step of the demo and its wall time.</summary>
public sealed record MonitoringDemoStep(string Text, TimeSpan Duration);

/// <summary>A finished demo: the monitor it ran, what it reused, and how long each step took.</summary>
/// <param name="Steps">Each step's description and wall time, in order.</param>
public sealed record MonitoringDemoResult(MonitorResult Monitor, bool ReusedData, bool ReusedModel,
    IReadOnlyList<MonitoringDemoStep> Steps)
{
    /// <summary>The total wall time.</summary>
    public TimeSpan Elapsed => Steps.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration);
}
