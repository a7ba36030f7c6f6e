namespace Workbench.Workspace.Settings;

/// <summary>Small persisted settings and lab state (a lab's saved answers, a page's chosen options), stored in the
/// workspace as versioned JSON under (scope, key), e.g. ("lab:01-ml-systems", "framing").</summary>
public interface ISettingsStore
{
    /// <summary>The stored value, or default when absent or when it no longer deserializes into <typeparamref name="T"/>.</summary>
    Task<T?> GetAsync<T>(string scope, string key, CancellationToken cancellationToken = default);

    /// <summary>Stores (replaces) the value.</summary>
    Task SetAsync<T>(string scope, string key, T value, CancellationToken cancellationToken = default);
}
