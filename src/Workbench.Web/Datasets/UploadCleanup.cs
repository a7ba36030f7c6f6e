namespace Workbench.Web.Datasets;

/// <summary>Removes temporary uploads: when the host stops, those a page still held (a preview left open); when it
/// starts, those a host that was killed left behind a day or more ago.</summary>
public sealed class UploadCleanup(ILogger<UploadCleanup> logger) : IHostedService
{
    /// <summary>Leftovers older than this are removed at start (younger ones may belong to another running host).</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        try
        {
            foreach (var file in new DirectoryInfo(Path.GetTempPath()).EnumerateFiles(TempUpload.Prefix + "*"))
            {
                if (DateTime.UtcNow - file.LastWriteTimeUtc < StaleAfter) continue;
                try { file.Delete(); removed++; }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Could not look for old uploads in {Folder}: {Reason}", Path.GetTempPath(), e.Message);
        }
        if (removed > 0) logger.LogInformation("Removed {Count} temporary uploads left by an earlier run", removed);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        var removed = TempUpload.DeleteAll();
        if (removed > 0) logger.LogInformation("Removed {Count} temporary uploads still open at shutdown", removed);
        return Task.CompletedTask;
    }
}
