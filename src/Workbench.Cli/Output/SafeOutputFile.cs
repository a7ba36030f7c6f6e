using System.Diagnostics;

namespace Workbench.Cli.Output;

/// <summary>A file the command line writes for the user (an export, predictions, a report), written so that it never
/// destroys data: the path may not resolve to the workspace or its journal files, an existing file is replaced only
/// when the caller allows it, a read-only file never, and the content goes to a temporary file in the same folder that
/// is renamed into place only once complete. A failed or killed write leaves the old file whole.</summary>
public sealed class SafeOutputFile : IDisposable
{
    private const string PartialSuffix = ".partial";

    private static readonly string[] JournalSuffixes = ["", "-wal", "-shm", "-journal"];

    private readonly string temporary;
    private readonly bool overwrite;
    private FileStream? stream;
    private bool committed;

    private SafeOutputFile(string target, bool overwrite)
    {
        Target = target;
        this.overwrite = overwrite;
        var folder = Path.GetDirectoryName(target)!;
        RemoveStalePartials(folder, Path.GetFileName(target));
        temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}-{Guid.NewGuid():N}{PartialSuffix}");
        stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
    }

    /// <summary>The resolved path the file is written to.</summary>
    public string Target { get; }

    /// <summary>Where to write the content (the temporary file).</summary>
    public Stream Stream => stream ?? throw new ObjectDisposedException(nameof(SafeOutputFile));

    /// <summary>Checks that <paramref name="path"/> may be written and returns it resolved (links followed, <c>..</c>
    /// applied): a file in an existing folder, not a folder, not a device, not the <paramref name="workspace"/> nor its
    /// <c>-wal</c>, <c>-shm</c> or <c>-journal</c> file, not one of the <paramref name="inputs"/>, not read-only, and not
    /// existing unless <paramref name="overwrite"/>.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="overwrite">Whether an existing file may be replaced (<c>--force</c>).</param>
    /// <param name="workspace">The workspace file of the command, or null.</param>
    /// <param name="inputs">Files the command reads, which the output must not replace either.</param>
    /// <param name="option">The option that named the path, for the messages.</param>
    /// <exception cref="CliUsageException">The path may not be written; the message says why and what to do.</exception>
    public static string Check(string path, bool overwrite, string? workspace, IEnumerable<string?>? inputs = null, string option = "--out")
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliUsageException($"{option} needs a file name.");
        string target;
        try { target = RealPath.Resolve(path); }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} {path} cannot be used: {e.Message}");
        }
        if (Directory.Exists(target))
            throw new CliUsageException($"{option} {path} is a folder; give a file name, e.g. {Path.Combine(path, "data.csv")}.");
        var folder = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
            throw new CliUsageException($"The folder {folder} for {option} does not exist; create it or choose another path.");
        if (!string.IsNullOrEmpty(workspace))
        {
            var resolved = RealPath.Resolve(workspace);
            foreach (var suffix in JournalSuffixes)
                if (SamePath(target, resolved + suffix))
                    throw new CliUsageException(suffix == ""
                        ? $"{option} {path} is the workspace {resolved}; writing there would destroy it. Choose another file."
                        : $"{option} {path} is the workspace's {suffix[1..]} file {resolved + suffix}; writing there would corrupt the workspace. Choose another file.");
        }
        foreach (var input in inputs ?? [])
            if (!string.IsNullOrEmpty(input) && SamePath(target, RealPath.Resolve(input)))
                throw new CliUsageException($"{option} {path} is the input file of this command; writing there would destroy it. Choose another file.");
        if (!File.Exists(target)) return target;
        var info = new FileInfo(target);
        if ((info.Attributes & FileAttributes.Device) != 0 || IsSystemFile(target))
            throw new CliUsageException($"{option} {path} is not a regular file; give the path of a file to write.");
        if (IsReadOnly(info))
            throw new CliUsageException($"{option} {path} is read-only, and a read-only file is never replaced; choose another file.");
        if (!overwrite)
            throw new CliUsageException($"{option} {path} already exists; add --force to replace it, or choose another file.");
        return target;
    }

    /// <summary>Starts writing <paramref name="target"/> (a path returned by <see cref="Check"/>).</summary>
    public static SafeOutputFile Create(string target, bool overwrite) => new(target, overwrite);

    /// <summary>Writes <paramref name="target"/> (a path returned by <see cref="Check"/>) with <paramref name="write"/> and
    /// commits it; returns the path.</summary>
    public static async Task<string> WriteAsync(string target, bool overwrite, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        using var file = Create(target, overwrite);
        await write(file.Stream, ct);
        await file.CommitAsync(ct);
        return file.Target;
    }

    /// <summary>Makes the content durable and renames it into place; until then the old file (if any) is untouched.</summary>
    /// <exception cref="CliUsageException">The target became read-only, or appeared while writing without permission
    /// to replace it; the temporary file is removed and the target left as it is.</exception>
    public async Task CommitAsync(CancellationToken ct)
    {
        await Stream.FlushAsync(ct);
        Commit();
    }

    /// <summary>As <see cref="CommitAsync"/>, synchronously.</summary>
    public void Commit()
    {
        var open = stream ?? throw new ObjectDisposedException(nameof(SafeOutputFile));
        open.Flush(flushToDisk: true);
        open.Dispose();
        stream = null;
        if (File.Exists(Target) && IsReadOnly(new FileInfo(Target)))
            throw new CliUsageException($"{Target} became read-only while it was written; it was left as it is.");
        try { File.Move(temporary, Target, overwrite); }
        catch (IOException) when (!overwrite && File.Exists(Target))
        {
            throw new CliUsageException($"{Target} was created while it was written; add --force to replace it.");
        }
        committed = true;
    }

    /// <summary>Removes the temporary file unless the content was committed.</summary>
    public void Dispose()
    {
        stream?.Dispose();
        stream = null;
        if (!committed) File.Delete(temporary);
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // Root may write a file whatever its mode, so the owner's write bit, not an access check, decides.
    private static bool IsReadOnly(FileInfo info) =>
        info.IsReadOnly || (!OperatingSystem.IsWindows() && (info.UnixFileMode & UnixFileMode.UserWrite) == 0);

    // Devices and kernel files (/dev/null, /proc/...) are not outputs; renaming over them would replace the node.
    private static bool IsSystemFile(string path) => !OperatingSystem.IsWindows() && (path.StartsWith("/dev/", StringComparison.Ordinal)
        || path.StartsWith("/proc/", StringComparison.Ordinal) || path.StartsWith("/sys/", StringComparison.Ordinal));

    // A write killed before its rename leaves ".NAME.PID-GUID.partial"; remove those whose process has gone.
    private static void RemoveStalePartials(string folder, string name)
    {
        foreach (var partial in Directory.EnumerateFiles(folder, $".{name}.*{PartialSuffix}"))
        {
            var middle = Path.GetFileName(partial)[(name.Length + 2)..^PartialSuffix.Length];
            var dash = middle.IndexOf('-');
            if (dash <= 0 || !int.TryParse(middle[..dash], out var pid) || IsRunning(pid)) continue;
            try { File.Delete(partial); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's leftover: not ours to remove.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
