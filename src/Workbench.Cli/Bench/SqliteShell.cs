using System.Diagnostics;

namespace Workbench.Cli.Bench;

/// <summary>Times the <c>sqlite3</c> shell's CSV import, the reference speed for the workbench's own import.</summary>
public static class SqliteShell
{
    /// <summary>The sqlite3 executable on PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "sqlite3")).FirstOrDefault(File.Exists);

    /// <summary>Runs <c>sqlite3 DB ".import --csv FILE t"</c> and returns its wall time, or null without sqlite3.</summary>
    public static async Task<TimeSpan?> TimeImportAsync(string csv, string database, CancellationToken ct)
    {
        if (Find() is not { } shell) return null;
        var start = new ProcessStartInfo(shell)
            { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(database);
        start.ArgumentList.Add($".import --csv '{csv.Replace("'", "''")}' t");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        clock.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"sqlite3 .import failed: {(await error).Trim()}");
        return clock.Elapsed;
    }
}
