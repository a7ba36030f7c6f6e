using Workbench.Ml.Monitoring;

namespace Workbench.Workspace.Monitoring;

/// <summary>A monitor to run: a registered model version scoring a dataset as a stream of batches.</summary>
/// <param name="Name">The monitor's name in the workspace.</param>
/// <param name="Model">A registered model name.</param>
/// <param name="VersionOrAlias">A version number, an alias such as "champion", or "latest".</param>
/// <param name="Stream">The dataset replayed as the production stream.</param>
/// <param name="Reference">The dataset the batches are compared with; null for the dataset the model's run trained on.</param>
public sealed record MonitorRequest(string Name, string Model, string VersionOrAlias, string Stream, string? Reference,
    MonitoringOptions Options);

/// <summary>A stored monitor: what it watched and a summary of what it found.</summary>
public sealed record MonitorInfo(long Id, string Name, string Model, int Version, string RunId, string Stream, string Reference,
    DateTime CreatedUtc, int Batches, int Alerts);

/// <summary>A stored monitor with its settings and full report.</summary>
public sealed record MonitorResult(MonitorInfo Info, MonitoringOptions Options, MonitoringReport Report);
