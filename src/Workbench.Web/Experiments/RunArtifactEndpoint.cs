using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Experiments;

/// <summary>The download of a run's stored file: <c>GET /api/runs/{id}/artifacts/{name}</c>.</summary>
public static class RunArtifactEndpoint
{
    /// <summary>The relative URL that downloads artifact <paramref name="name"/> of run <paramref name="runId"/>.</summary>
    public static string UrlFor(string runId, string name) => $"api/runs/{Uri.EscapeDataString(runId)}/artifacts/{Uri.EscapeDataString(name)}";

    /// <summary>Maps the download endpoint; the host calls this once at startup.</summary>
    public static IEndpointRouteBuilder MapRunArtifacts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/runs/{id}/artifacts/{name}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(string id, string name, ITrackingStore store, CancellationToken cancellationToken)
    {
        var detail = await store.GetRunDetailAsync(id, cancellationToken);
        if (detail is null) return Results.NotFound($"There is no run '{id}' in this workspace.");
        var artifact = detail.Artifacts.FirstOrDefault(a => a.Name == name);
        var bytes = artifact is null ? null : await store.ReadArtifactAsync(id, name, cancellationToken);
        if (artifact is null || bytes is null)
            return Results.NotFound($"Run '{id}' has no file '{name}'. It has: {string.Join(", ", detail.Artifacts.Select(a => a.Name))}.");
        return Results.File(bytes, artifact.MediaType, name);
    }
}
