using System.Collections.Concurrent;

namespace Workbench.Web.Datasets;

/// <summary>A browser file copied to a temporary file; disposing deletes it, and so does the host when it stops
/// (<see cref="UploadCleanup"/>), should a page still hold it then.</summary>
public sealed class TempUpload : IDisposable
{
    private const int BufferSize = 81_920;

    /// <summary>The name every temporary upload starts with.</summary>
    public const string Prefix = "workbench-upload-";

    private static readonly ConcurrentDictionary<string, byte> Live = new();

    private TempUpload(string path, string fileName)
    {
        Path = path;
        FileName = fileName;
    }

    /// <summary>Full path of the temporary copy (it keeps the original extension so the format can be detected).</summary>
    public string Path { get; }

    /// <summary>The original file name, as the browser gave it.</summary>
    public string FileName { get; }

    /// <summary>Copies <paramref name="source"/> to a new temporary file, reporting the fraction copied of
    /// <paramref name="length"/> bytes. On failure or cancellation the partial file is deleted.</summary>
    public static async Task<TempUpload> CopyAsync(Stream source, string fileName, long length, IProgress<double>? progress,
        CancellationToken cancellationToken)
    {
        var extension = System.IO.Path.GetExtension(fileName);
        if (extension.Length > 10 || extension.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.')) extension = "";
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{Prefix}{Guid.NewGuid():N}{extension}");
        var upload = new TempUpload(path, fileName);
        Live[path] = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
            var buffer = new byte[BufferSize];
            long copied = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                copied += read;
                progress?.Report(length > 0 ? Math.Min(1.0, (double)copied / length) : 0);
            }
            return upload;
        }
        catch
        {
            upload.Dispose();
            throw;
        }
    }

    /// <summary>Deletes the temporary file (no error if it is already gone).</summary>
    public void Dispose()
    {
        Delete(Path);
        Live.TryRemove(Path, out _);
    }

    /// <summary>Deletes every temporary upload of this process still held by a page; returns how many there were.</summary>
    public static int DeleteAll()
    {
        var paths = Live.Keys.ToList();
        foreach (var path in paths)
        {
            Delete(path);
            Live.TryRemove(path, out _);
        }
        return paths.Count;
    }

    private static void Delete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* held elsewhere; the OS temp cleaner removes it later */ }
    }
}
