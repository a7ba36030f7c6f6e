namespace Workbench.Cli.Output;

/// <summary>The canonical form of a path as the operating system would follow it: every symbolic link replaced by its
/// target and every <c>..</c> applied after the link before it is followed (so <c>link/../x</c> is the x beside the
/// link's target, not beside the link). Components that do not exist yet are kept as written.</summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    /// <summary>The resolved full path of <paramref name="path"/> (relative paths start at the current folder).</summary>
    /// <exception cref="IOException">The path has a cycle of links, or more than 40 of them.</exception>
    public static string Resolve(string path)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var root = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Components(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"The path {path} goes through too many symbolic links (a cycle?).");
            if (Path.IsPathRooted(target))
            {
                root = Path.GetPathRoot(target)!;
                current = root;
                target = target[root.Length..];
            }
            foreach (var piece in Components(target).Reverse()) pending.Push(piece);
        }
        return current;
    }

    private static IEnumerable<string> Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
