using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Workbench.Ml.Data;
using Workbench.Workspace;
using Workbench.Workspace.Datasets;

namespace Workbench.Web.Datasets;

/// <summary>The CSV download of a dataset: <c>GET /api/datasets/{name}/export.csv</c>.</summary>
public static class DatasetExportEndpoint
{
    /// <summary>The relative URL that downloads <paramref name="datasetName"/> as CSV.</summary>
    public static string UrlFor(string datasetName) => $"api/datasets/{Uri.EscapeDataString(datasetName)}/export.csv";

    /// <summary>The relative URL that downloads one whole value (the one the dataset browser cut) as a text file.</summary>
    public static string ValueUrl(string datasetName, long rowId, string column) =>
        $"api/datasets/{Uri.EscapeDataString(datasetName)}/value?row={rowId}&column={Uri.EscapeDataString(column)}";

    /// <summary>Maps the CSV download and the whole-value download; the host calls this once at startup.</summary>
    public static IEndpointRouteBuilder MapDatasetExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/datasets/{name}/export.csv", ExportAsync);
        endpoints.MapGet("/api/datasets/{name}/value", ValueAsync);
        return endpoints;
    }

    private static async Task<IResult> ValueAsync(string name, long row, string column, IDatasetStore store, CancellationToken cancellationToken)
    {
        var info = await store.GetAsync(name, cancellationToken);
        if (info is null) return Results.NotFound($"There is no dataset named '{Workbench.Ml.MessageText.Name(name)}' in this workspace.");
        try
        {
            var value = await store.ReadValueAsync(info.Name, row, column, cancellationToken) ?? "";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(value), "text/plain; charset=utf-8", $"{info.Name}-{column}-row{row}.txt");
        }
        catch (WorkspaceException ex)
        {
            return Results.NotFound(ex.Message);
        }
    }

    private static async Task<IResult> ExportAsync(string name, IDatasetStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var info = await store.GetAsync(name, cancellationToken);
        if (info is null) return Results.NotFound($"There is no dataset named '{Workbench.Ml.MessageText.Name(name)}' in this workspace.");
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName($"{info.Name}.csv");
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = disposition.ToString();
        try
        {
            await store.ExportCsvAsync(info.Name, http.Response.Body, FormulaCells.Escape, null, cancellationToken);
        }
        catch (WorkspaceException ex) when (!http.Response.HasStarted)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict);
        }
        return Results.Empty;
    }
}
