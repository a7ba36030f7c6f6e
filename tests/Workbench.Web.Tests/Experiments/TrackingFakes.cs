using Workbench.Ml.Training;
using Workbench.Workspace;
using Workbench.Workspace.Jobs;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Web.Tests.Experiments;

/// <summary>An in-memory tracking store holding the runs a test gives it.</summary>
public sealed class FakeTrackingStore : ITrackingStore
{
    public List<RunDetail> Runs { get; } = [];
    public List<string> Deleted { get; } = [];

    public static RunInfo Info(string id, string name, string trainer, RunStatus status = RunStatus.Finished, string experiment = "default",
        string? parent = null, int seed = 1) =>
        new(id, experiment, parent, name, status, Start(id), status == RunStatus.Running ? null : Start(id).AddSeconds(42), "german-credit", "abc123", "Binary",
            trainer, seed, "1.0.0", "web", null);

    // Later ids start later (by their last hex digit), so "newest first" is predictable.
    private static DateTime Start(string id) =>
        new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc).AddMinutes(Convert.ToInt32(id[^1].ToString(), 16));

    public RunDetail Add(RunInfo run, IReadOnlyDictionary<string, string> parameters, params RunMetric[] metrics)
    {
        var detail = new RunDetail(run, parameters, metrics, new Dictionary<string, string>(), [], []);
        Runs.Add(detail);
        return detail;
    }

    public Task<IReadOnlyList<ExperimentInfo>> ListExperimentsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ExperimentInfo>>(Runs.GroupBy(r => r.Run.Experiment)
            .Select((g, i) => new ExperimentInfo(i + 1, g.Key, DateTime.UtcNow, g.Count())).ToList());

    public Task<IReadOnlyList<RunRow>> ListRunsAsync(RunQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RunRow>>(Runs
            .Where(r => (query.Experiment is null || r.Run.Experiment == query.Experiment) && (query.IncludeChildren || r.Run.ParentId is null))
            .Select(r => new RunRow(r.Run, r.Parameters,
                r.Metrics.Where(m => m.Fold is null).ToDictionary(m => $"{m.Split}.{m.Key}", m => m.Value), r.Tags)).ToList());

    public Task<RunDetail?> GetRunDetailAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Runs.FirstOrDefault(r => r.Run.Id == runId));

    public Task<RunInfo?> GetRunAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Runs.FirstOrDefault(r => r.Run.Id == runId)?.Run);

    public Task DeleteRunAsync(string runId, CancellationToken cancellationToken = default)
    {
        Deleted.Add(runId);
        Runs.RemoveAll(r => r.Run.Id == runId || r.Run.ParentId == runId);
        return Task.CompletedTask;
    }

    public Task<RunInfo> StartRunAsync(NewRun run, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task LogParametersAsync(string runId, IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task LogMetricsAsync(string runId, IReadOnlyList<RunMetric> metrics, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task SetTagsAsync(string runId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task SaveArtifactAsync(string runId, string name, string mediaType, byte[] content, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<byte[]?> ReadArtifactAsync(string runId, string name, CancellationToken cancellationToken = default) => Task.FromResult<byte[]?>(null);
    public Task EndRunAsync(string runId, RunStatus status, string? error = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
}

/// <summary>An in-memory model registry.</summary>
public sealed class FakeModelRegistry : IModelRegistry
{
    private readonly Dictionary<string, List<ModelVersion>> versions = new();
    private readonly Dictionary<string, Dictionary<string, int>> aliases = new();

    public Task<ModelVersion> RegisterAsync(string name, string runId, CancellationToken cancellationToken = default)
    {
        if (!versions.TryGetValue(name, out var list)) { versions[name] = list = []; aliases[name] = new(); }
        var v = new ModelVersion(name, list.Count + 1, runId, DateTime.UtcNow, []);
        list.Add(v);
        return Task.FromResult(v);
    }

    public Task<IReadOnlyList<RegisteredModel>> ListModelsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RegisteredModel>>(versions.Select(kv => new RegisteredModel(kv.Key, DateTime.UtcNow, kv.Value.Count,
            new Dictionary<string, int>(aliases[kv.Key]))).ToList());

    public Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ModelVersion>>(versions[name].OrderByDescending(v => v.Version)
            .Select(v => v with { Aliases = aliases[name].Where(a => a.Value == v.Version).Select(a => a.Key).ToList() }).ToList());

    public Task SetAliasAsync(string name, string alias, int version, CancellationToken cancellationToken = default)
    {
        aliases[name][alias] = version;
        return Task.CompletedTask;
    }

    public Task RemoveAliasAsync(string name, string alias, CancellationToken cancellationToken = default)
    {
        aliases[name].Remove(alias);
        return Task.CompletedTask;
    }

    public Task<ModelVersion> ResolveAsync(string name, string versionOrAlias, CancellationToken cancellationToken = default) =>
        throw new WorkspaceException("not used by the pages");
}

/// <summary>A training service that records what it was asked and serves stored evaluations.</summary>
public sealed class FakeTrainingService : ITrainingService
{
    public List<TrainingJobRequest> Started { get; } = [];
    public Dictionary<string, EvaluationReport> Evaluations { get; } = new();
    public Dictionary<string, CrossValidationResult> CrossValidations { get; } = new();

    public Task<StartedTraining> StartAsync(TrainingJobRequest request, JobOwner owner, CancellationToken cancellationToken = default)
    {
        Started.Add(request);
        return Task.FromResult(new StartedTraining("0123456789ab", new RunningJob(owner)));
    }

    public Task<EvaluationReport?> LoadEvaluationAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluations.GetValueOrDefault(runId));

    public Task<CrossValidationResult?> LoadCrossValidationAsync(string runId, CancellationToken cancellationToken = default) =>
        Task.FromResult(CrossValidations.GetValueOrDefault(runId));

    public Task<TrainedRun> TrainAsync(TrainingJobRequest request, IProgress<double>? progress = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<TrainedModel> LoadModelAsync(string runId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<TrainedModel> LoadRegisteredAsync(string name, string versionOrAlias, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private sealed class RunningJob(JobOwner owner) : IJob<TrainingOutcome>
    {
        public Guid Id { get; } = Guid.NewGuid();
        public JobOwner Owner => owner;
        public string Key => "train:0123456789ab";
        public JobLifetime Lifetime => JobLifetime.Kept;
        public TrainingOutcome? Result => null;
        public string Kind => "train";
        public string Title => "Training";
        public JobState State => JobState.Running;
        public double Progress => 0.5;
        public string? Status => "training";
        public string? Error => null;
        public Task Completion => Task.CompletedTask;
        public event Action? Changed { add { } remove { } }
        public void Cancel() { }
    }
}
