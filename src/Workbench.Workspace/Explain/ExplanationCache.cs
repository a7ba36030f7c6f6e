using System.Security.Cryptography;
using System.Text.Json;
using Workbench.Workspace.Tracking;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Explain;

/// <summary>Stores explanation results as run artifacts named by kind and a hash of their settings
/// (e.g. "explain/shap-1a2b3c4d5e6f7a8b.json"), as System.Text.Json.</summary>
internal sealed class ExplanationCache(ITrackingStore tracking)
{
    /// <summary>The folder-like prefix of every explanation artifact.</summary>
    public const string Prefix = "explain/";

    /// <summary>The artifact name of a result of <paramref name="kind"/> computed with <paramref name="settings"/>.</summary>
    /// <remarks>The run id is left out of the hash: the artifact already belongs to the run.</remarks>
    public static string Name<T>(string kind, T settings)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(settings, RunArtifactJson.Options);
        var hash = Convert.ToHexStringLower(SHA256.HashData(json))[..16];
        return $"{Prefix}{kind}-{hash}.json";
    }

    /// <summary>The cached result, or null when there is none (or it can no longer be read, e.g. an older format).</summary>
    public async Task<T?> ReadAsync<T>(string runId, string artifact, CancellationToken ct) where T : class
    {
        var bytes = await tracking.ReadArtifactAsync(runId, artifact, ct);
        if (bytes is null) return null;
        try { return JsonSerializer.Deserialize<T>(bytes, RunArtifactJson.Options); }
        catch (JsonException) { return null; }
        catch (NotSupportedException) { return null; }
    }

    /// <summary>Stores a result (replacing one of the same name).</summary>
    public Task WriteAsync<T>(string runId, string artifact, T result, CancellationToken ct) =>
        tracking.SaveArtifactAsync(runId, artifact, RunArtifactJson.MediaType, RunArtifactJson.Write(result), ct);
}
