namespace Workbench.Workspace.Tracking;

/// <summary>Named models with numbered versions and movable aliases such as "champion" (MLflow's model registry).</summary>
public interface IModelRegistry
{
    /// <summary>Registers a finished run's model as the next version of <paramref name="name"/> (creating the name).</summary>
    /// <exception cref="WorkspaceException">The run does not exist, is not finished, or has no model artifact.</exception>
    Task<ModelVersion> RegisterAsync(string name, string runId, CancellationToken cancellationToken = default);

    /// <summary>Every registered model.</summary>
    Task<IReadOnlyList<RegisteredModel>> ListModelsAsync(CancellationToken cancellationToken = default);

    /// <summary>The versions of a model, newest first.</summary>
    Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Points an alias (letters, digits, '-', '_') at a version, moving it from any other version.</summary>
    Task SetAliasAsync(string name, string alias, int version, CancellationToken cancellationToken = default);

    /// <summary>Removes an alias.</summary>
    Task RemoveAliasAsync(string name, string alias, CancellationToken cancellationToken = default);

    /// <summary>Finds a version by number ("3") or alias ("champion"); "latest" is the newest version.</summary>
    /// <exception cref="WorkspaceException">No such model, version or alias; the message lists what exists.</exception>
    Task<ModelVersion> ResolveAsync(string name, string versionOrAlias, CancellationToken cancellationToken = default);
}
