using Workbench.Ml.Pipelines;
using Workbench.Workspace.Settings;

namespace Workbench.Workspace.Pipelines;

/// <summary>Keeps named pipelines as one catalog document in the settings table (scope "pipelines"), so every change
/// is a single write: a rename or delete never leaves half a change behind.</summary>
public sealed class PipelineStore(ISettingsStore settings, TimeProvider? clock = null) : IPipelineStore
{
    /// <summary>The settings scope and key of the catalog.</summary>
    public const string Scope = "pipelines", Key = "catalog";

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    private sealed record Catalog(int Version, List<SavedPipeline> Pipelines);

    /// <inheritdoc />
    public async Task<IReadOnlyList<SavedPipeline>> ListAsync(CancellationToken cancellationToken = default) =>
        (await ReadAsync(cancellationToken)).Pipelines.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <inheritdoc />
    public async Task<SavedPipeline?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        Find((await ReadAsync(cancellationToken)).Pipelines, name);

    /// <inheritdoc />
    public Task<SavedPipeline> SaveAsync(string name, PipelineSpec spec, string? dataset = null, string? label = null,
        CancellationToken cancellationToken = default)
    {
        PipelineNames.Validate(name);
        ArgumentNullException.ThrowIfNull(spec);
        var json = spec.ToJson();
        return ChangeAsync(list =>
        {
            var now = time.GetUtcNow();
            var old = Find(list, name);
            var saved = new SavedPipeline(old?.Name ?? name, json, dataset, label, old?.Created ?? now, now);
            if (old is not null) list.Remove(old);
            list.Add(saved);
            return saved;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedPipeline> RenameAsync(string name, string newName, CancellationToken cancellationToken = default)
    {
        PipelineNames.Validate(newName);
        return ChangeAsync(list =>
        {
            var old = Find(list, name) ?? throw NotFound(name, list);
            if (Find(list, newName) is { } other && !ReferenceEquals(other, old))
                throw new WorkspaceException($"A pipeline named '{other.Name}' already exists. Choose another name or delete that one first.");
            var renamed = old with { Name = newName, Updated = time.GetUtcNow() };
            list[list.IndexOf(old)] = renamed;
            return renamed;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(list => list.Remove(Find(list, name) ?? throw NotFound(name, list)), cancellationToken);

    private async Task<T> ChangeAsync<T>(Func<List<SavedPipeline>, T> change, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var list = (await ReadAsync(cancellationToken)).Pipelines;
            var result = change(list);
            await settings.SetAsync(Scope, Key, new Catalog(1, list), cancellationToken);
            return result;
        }
        finally { gate.Release(); }
    }

    private async Task<Catalog> ReadAsync(CancellationToken cancellationToken) =>
        await settings.GetAsync<Catalog>(Scope, Key, cancellationToken) is { Pipelines: not null } c ? c : new Catalog(1, []);

    private static SavedPipeline? Find(List<SavedPipeline> list, string name) =>
        list.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static WorkspaceException NotFound(string name, List<SavedPipeline> list) => new(list.Count == 0
        ? $"There is no pipeline named '{Workbench.Ml.MessageText.Name(name)}': no pipelines are saved yet. Build one on the Pipelines page first."
        : $"There is no pipeline named '{Workbench.Ml.MessageText.Name(name)}'. Saved pipelines: {string.Join(", ", list.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase))}.");
}
