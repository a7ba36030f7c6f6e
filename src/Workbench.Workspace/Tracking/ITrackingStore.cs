namespace Workbench.Workspace.Tracking;

/// <summary>Experiments and runs in the workspace: parameters, metrics, tags and artifacts (MLflow's tracking store).</summary>
public interface ITrackingStore
{
    /// <summary>Every experiment, by name.</summary>
    Task<IReadOnlyList<ExperimentInfo>> ListExperimentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a run (status Running), creating its experiment when new.</summary>
    /// <exception cref="WorkspaceException">The experiment or run name is empty or too long, or the parent does not exist.</exception>
    Task<RunInfo> StartRunAsync(NewRun run, CancellationToken cancellationToken = default);

    /// <summary>Stores parameters (name → invariant text); a name logged twice keeps the latest value.</summary>
    Task LogParametersAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default);

    /// <summary>Stores metric values.</summary>
    Task LogMetricsAsync(string runId, IReadOnlyList<RunMetric> metrics, CancellationToken cancellationToken = default);

    /// <summary>Sets tags (name → text); an empty value removes the tag.</summary>
    Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);

    /// <summary>Stores a file under a name unique within the run (replacing one of the same name).</summary>
    Task SaveArtifactAsync(string runId, string name, string mediaType, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>A stored file, or null when the run has none of that name.</summary>
    Task<byte[]?> ReadArtifactAsync(string runId, string name, CancellationToken cancellationToken = default);

    /// <summary>Ends a run with Finished, Failed or Canceled (and an error text for Failed).</summary>
    Task EndRunAsync(string runId, RunStatus status, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>A run's header, or null.</summary>
    Task<RunInfo?> GetRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>A run with its parameters, metrics, tags, artifacts and children, or null.</summary>
    Task<RunDetail?> GetRunDetailAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Runs, newest first, with parameters and summary metrics for the runs table.</summary>
    Task<IReadOnlyList<RunRow>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes a run, its children, metrics and artifacts.</summary>
    /// <exception cref="WorkspaceException">A registered model version points at the run.</exception>
    Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Marks every run still Running whose owning process is gone as Interrupted (hosts call it when they open
    /// the workspace; the run list and run detail do it before reading).</summary>
    /// <returns>How many runs were marked.</returns>
    Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default);
}
