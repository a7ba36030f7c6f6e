using System.Diagnostics;
using System.Globalization;

namespace Workbench.Cli.Bench;

/// <summary>Wall and CPU time of one run of the <c>sqlite3</c> shell.</summary>
public readonly record struct ShellTiming(TimeSpan Wall, TimeSpan? Cpu);

/// <summary>Times the <c>sqlite3</c> shell's CSV import, the reference speed for the workbench's own import.</summary>
public static class SqliteShell
{
    /// <summary>The sqlite3 executable on PATH, or null.</summary>
    public static string? Find() => OnPath("sqlite3");

    /// <summary>Runs <c>sqlite3 DB ".import --csv FILE t"</c> and returns its wall and CPU time, or null without sqlite3.</summary>
    /// <remarks>With <c>sh</c> on PATH the shell runs under it and its <c>times</c> built-in reports the child's user and
    /// system CPU time (a finished process's CPU time cannot be read from .NET once it has been reaped).</remarks>
    public static async Task<ShellTiming?> TimeImportAsync(string csv, string database, CancellationToken ct)
    {
        if (Find() is not { } shell) return null;
        var import = $".import --csv '{csv.Replace("'", "''")}' t";
        var sh = OnPath("sh");
        var start = new ProcessStartInfo(sh ?? shell)
            { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (sh is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("\"$0\" \"$1\" \"$2\" || exit $?; times");
            start.ArgumentList.Add(shell);
        }
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(import);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(ct);
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"sqlite3 .import failed: {(await error).Trim()}");
        return new ShellTiming(clock.Elapsed, sh is null ? null : ChildCpu(output));
    }

    /// <summary>The children's user + system time from the second line of <c>times</c> ("0m1.230000s 0m0.120000s").</summary>
    internal static TimeSpan? ChildCpu(string timesOutput)
    {
        var lines = timesOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2) return null;
        double total = 0;
        foreach (var part in lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var m = part.IndexOf('m');
            if (m < 0 || !part.EndsWith('s')
                || !double.TryParse(part[..m], NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
                || !double.TryParse(part[(m + 1)..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
                return null;
            total += minutes * 60 + seconds;
        }
        return TimeSpan.FromSeconds(total);
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
