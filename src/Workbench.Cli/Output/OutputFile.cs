using System.CommandLine;

namespace Workbench.Cli.Output;

/// <summary>The <c>--out FILE</c> / <c>--force</c> pair of every command that writes a file, and the one rule for writing
/// it: the path may not be the workspace or one of its companion files (after resolving <c>..</c> and links), an existing
/// file is replaced only with <c>--force</c>, a read-only file never, and the content goes to a temporary file in the
/// target folder that is renamed into place, so a failed or interrupted write leaves the old file whole.</summary>
public sealed class OutputFile
{
    /// <summary>The suffixes SQLite gives a database's companion files.</summary>
    private static readonly string[] WorkspaceSuffixes = ["", "-wal", "-shm", "-journal"];

    /// <summary>Creates the pair; <paramref name="required"/> says whether <c>--out</c> must be given.</summary>
    public OutputFile(string description, string helpName, bool required = true)
    {
        Out = new Option<string?>("--out") { Description = description, HelpName = helpName, Required = required };
    }

    /// <summary>The file to write.</summary>
    public Option<string?> Out { get; }

    /// <summary>Replace an existing file.</summary>
    public Option<bool> Force { get; } = new("--force") { Description = "Replace the --out file if it exists (never a read-only file)." };

    /// <summary>Adds both options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Out);
        command.Options.Add(Force);
    }

    /// <summary>The checked full path of <c>--out</c>, or null when it was not given; throws <see cref="CliUsageException"/>
    /// for a path that must not be written.</summary>
    public string? Resolve(ParseResult parse) =>
        parse.GetValue(Out) is { } value ? Check(value, CliContext.WorkspacePath(parse), parse.GetValue(Force)) : null;

    /// <summary>Checks <paramref name="value"/> against the rule and returns its full path.</summary>
    public static string Check(string value, string workspace, bool force)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new CliUsageException("--out needs a file name.");
        var target = Path.GetFullPath(value);
        if (Directory.Exists(target))
            throw new CliUsageException($"--out {value} is a folder; give a file name, e.g. {Path.Combine(value, "data.csv")}.");
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new CliUsageException($"The folder {folder} for --out does not exist; create it or choose another path.");
        var real = RealPath(target);
        var workspaceReal = RealPath(Path.GetFullPath(workspace));
        if (WorkspaceSuffixes.Any(s => PathsEqual(real, workspaceReal + s)))
            throw new CliUsageException($"--out {value} is the workspace {workspace} itself (or one of its files); writing there " +
                "would destroy it. Choose another file.");
        if (File.Exists(real) || File.Exists(target))
        {
            if (IsReadOnly(real))
                throw new CliUsageException($"--out {value} exists and is read-only; it is never replaced. Choose another file.");
            if (!force)
                throw new CliUsageException($"--out {value} exists; add --force to replace it, or choose another file.");
        }
        return target;
    }

    /// <summary>Writes the file through a temporary file in the same folder, renamed into place once complete; on failure
    /// or cancellation the temporary file is removed and any old file is untouched.</summary>
    public static async Task WriteAsync(string target, Func<Stream, Task> write)
    {
        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                await write(stream);
                await stream.FlushAsync();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes text (UTF-8, no byte-order mark) by the rule of <see cref="WriteAsync(string, Func{Stream, Task})"/>.</summary>
    public static Task WriteTextAsync(string target, string text, CancellationToken ct) =>
        WriteAsync(target, async stream =>
        {
            await using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
            await writer.WriteAsync(text.AsMemory(), ct);
        });

    /// <summary>The path with every symbolic link along it resolved, component by component.</summary>
    public static string RealPath(string fullPath) => RealPath(fullPath, 0);

    private static string RealPath(string fullPath, int depth)
    {
        if (depth > 40) throw new CliUsageException($"Too many symbolic links in {fullPath}.");
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            var link = info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true) : null;
            current = link is not null ? RealPath(Path.GetFullPath(link.FullName), depth + 1) : next;
        }
        return current;
    }

    private static bool IsReadOnly(string path)
    {
        if (!File.Exists(path)) return false;
        if (File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly)) return true;
        // Permissions do not stop the root user, so the file's mode is read rather than trying to open it.
        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;
    }

    private static bool PathsEqual(string a, string b) =>
        string.Equals(a, b, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
