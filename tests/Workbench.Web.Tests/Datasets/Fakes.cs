using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Jobs;

namespace Workbench.Web.Tests.Datasets;

/// <summary>An in-memory dataset store that records what the components ask of it.</summary>
public sealed class FakeDatasetStore : IDatasetStore
{
    public List<DatasetInfo> Datasets { get; } = [];
    public Exception? ImportFailure { get; set; }
    public (string Name, string Path, IReadOnlyList<ColumnSchema>? Schema)? LastImport { get; private set; }
    public List<PageRequest> PageRequests { get; } = [];
    public Func<PageRequest, DataPage>? Pages { get; set; }

    public Task<IReadOnlyList<DatasetInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DatasetInfo>>(Datasets.ToList());

    public Task<DatasetInfo?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(Datasets.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)));

    public Task<ImportPreview> AnalyzeAsync(string path, ReadOptions options, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DatasetInfo> ImportAsync(string name, string path, ReadOptions options, IReadOnlyList<ColumnSchema>? schema = null,
        string? source = null, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        LastImport = (name, path, schema);
        if (ImportFailure is not null) throw ImportFailure;
        var info = Info(name, (schema ?? []).Select(s => new ColumnInfo(s.Name, s.Type, 0)).ToArray());
        Datasets.Add(info);
        return Task.FromResult(info);
    }

    public Task<DatasetInfo> SaveAsync(string name, TabularData data, string source, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DatasetInfo> RenameAsync(string name, string newName, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task DeleteAsync(string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task ExportCsvAsync(string name, Stream output, FormulaCells formulas = FormulaCells.Escape, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<DataPage> QueryPageAsync(string name, PageRequest request, CancellationToken cancellationToken = default)
    {
        PageRequests.Add(request);
        return Task.FromResult(Pages?.Invoke(request) ?? new DataPage([], [], 0));
    }

    public Task<string?> ReadValueAsync(string name, long rowId, string column, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<TabularData> LoadAsync(string name, IReadOnlyList<string>? columns = null, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long> GetSizeBytesAsync(string name, CancellationToken cancellationToken = default) => Task.FromResult(0L);

    public static DatasetInfo Info(string name, params ColumnInfo[] columns) =>
        new(1, name, "test.csv", columns, 3, new string('a', 64), DateTimeOffset.UnixEpoch, 1);
}

/// <summary>Runs each job's work at once on the caller and reports how it ended.</summary>
public sealed class InlineJobRunner : IJobRunner
{
    private readonly List<IJob> jobs = [];

    public IReadOnlyList<IJob> RecentFor(JobOwner owner) => jobs.Where(j => j.Owner == owner).ToList();

    public void Forget(JobOwner owner) => jobs.RemoveAll(j => j.Owner == owner && j.State != JobState.Running);

    public IJob<TResult> Start<TResult>(JobOwner owner, string key, string kind, string title, Func<JobContext, Task<TResult>> work,
        JobLifetime lifetime = JobLifetime.Page)
    {
        var job = new InlineJob<TResult>(owner, key, kind, title, lifetime);
        jobs.Insert(0, job);
        job.Run(work);
        return job;
    }

    public IJob Start(JobOwner owner, string key, string kind, string title, Func<JobContext, Task> work, JobLifetime lifetime = JobLifetime.Page) =>
        Start(owner, key, kind, title, async ctx => { await work(ctx); return true; }, lifetime);

    public IJob<TResult> Share<TResult>(JobOwner owner, string key, string kind, string title, Func<JobContext, Task<TResult>> work) =>
        Start(owner, key, kind, title, work);

    private sealed class InlineJob<TResult>(JobOwner owner, string key, string kind, string title, JobLifetime lifetime) : IJob<TResult>
    {
        private readonly TaskCompletionSource done = new();
        public Guid Id { get; } = Guid.NewGuid();
        public JobOwner Owner => owner;
        public string Key => key;
        public string Kind => kind;
        public string Title => title;
        public JobLifetime Lifetime => lifetime;
        public JobState State { get; private set; } = JobState.Running;
        public double Progress { get; private set; }
        public string? Status { get; private set; }
        public string? Error { get; private set; }
        public TResult? Result { get; private set; }
        public Task Completion => done.Task;
        public event Action? Changed;
        public void Cancel() { }

        public void Run(Func<JobContext, Task<TResult>> work)
        {
            try
            {
                Result = work(new JobContext(new Progress<double>(p => Progress = p), s => Status = s, CancellationToken.None)).GetAwaiter().GetResult();
                State = JobState.Completed;
            }
            catch (OperationCanceledException) { State = JobState.Canceled; }
            catch (Exception ex)
            {
                State = JobState.Failed;
                Error = ex.Message;
            }
            Changed?.Invoke();
            done.SetResult();
        }
    }
}
