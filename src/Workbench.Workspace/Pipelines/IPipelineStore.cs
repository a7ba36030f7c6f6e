namespace Workbench.Workspace.Pipelines;

/// <summary>Named feature pipelines kept in the workspace, which the training pages offer by name.</summary>
/// <remarks>Refusals (unknown name, name taken, invalid name) throw <see cref="WorkspaceException"/> and change nothing.</remarks>
public interface IPipelineStore
{
    /// <summary>Every saved pipeline, by name.</summary>
    Task<IReadOnlyList<SavedPipeline>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The pipeline of that name (case-insensitive), or null.</summary>
    Task<SavedPipeline?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Saves a pipeline under <paramref name="name"/>, replacing one of that name (keeping its creation time).</summary>
    /// <param name="dataset">The dataset it was built on, for the record; null if none.</param>
    /// <param name="label">The label column left out while building it; null if none.</param>
    Task<SavedPipeline> SaveAsync(string name, Workbench.Ml.Pipelines.PipelineSpec spec, string? dataset = null, string? label = null,
        CancellationToken cancellationToken = default);

    /// <summary>Renames a pipeline; its spec is unchanged.</summary>
    Task<SavedPipeline> RenameAsync(string name, string newName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a pipeline.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
