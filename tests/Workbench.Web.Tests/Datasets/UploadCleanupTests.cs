using Microsoft.Extensions.Logging.Abstractions;
using Workbench.Web.Datasets;

namespace Workbench.Web.Tests.Datasets;

public class UploadCleanupTests
{
    private static async Task<TempUpload> UploadAsync(string content = "a,b\n1,2\n")
    {
        using var source = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
        return await TempUpload.CopyAsync(source, "data.csv", source.Length, null, default);
    }

    [Fact]
    public async Task HostStopping_DeletesUploadsAPageStillHolds()
    {
        var held = await UploadAsync();
        Assert.True(File.Exists(held.Path));

        await new UploadCleanup(NullLogger<UploadCleanup>.Instance).StopAsync(default);

        Assert.False(File.Exists(held.Path));
        held.Dispose(); // the page's own cleanup later finds nothing to do
    }

    [Fact]
    public async Task DisposedUpload_IsDeletedAndNotCountedAgain()
    {
        var upload = await UploadAsync();
        upload.Dispose();

        Assert.False(File.Exists(upload.Path));
        Assert.DoesNotContain(upload.Path, Directory.GetFiles(Path.GetTempPath(), TempUpload.Prefix + "*"));
    }

    [Fact]
    public async Task HostStarting_RemovesOnlyLeftoversOlderThanADay()
    {
        var old = Path.Combine(Path.GetTempPath(), $"{TempUpload.Prefix}{Guid.NewGuid():N}.csv");
        var recent = Path.Combine(Path.GetTempPath(), $"{TempUpload.Prefix}{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(old, "x");
        await File.WriteAllTextAsync(recent, "y");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow - TimeSpan.FromDays(2));
        try
        {
            await new UploadCleanup(NullLogger<UploadCleanup>.Instance).StartAsync(default);

            Assert.False(File.Exists(old));
            Assert.True(File.Exists(recent));
        }
        finally
        {
            File.Delete(old);
            File.Delete(recent);
        }
    }
}
