using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Benchmarks;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Profiling;

namespace Workbench.Cli.Bench;

/// <summary>The result of one import-and-profile benchmark run.</summary>
public sealed record ImportBenchmarkResult(int Rows, int Columns, double FileMB, double GenerateSeconds,
    StepTiming Import, StepTiming Profile, double PeakMemoryAfterImportMB, double PeakMemoryMB,
    StepTiming? Sqlite3Import, double? ImportSpeedVsSqlite3, IReadOnlyList<PageTiming> Pages, string? KeptFolder);

/// <summary>Seconds, rows per second and, where known, CPU seconds (all threads) of one step.</summary>
public sealed record StepTiming(double Seconds, double RowsPerSecond, double? CpuSeconds = null)
{
    /// <summary>The timing of <paramref name="rows"/> rows in <paramref name="elapsed"/>, using <paramref name="cpu"/> of CPU.</summary>
    public static StepTiming Of(long rows, TimeSpan elapsed, TimeSpan? cpu = null) =>
        new(Math.Round(elapsed.TotalSeconds, 3), Math.Round(rows / Math.Max(elapsed.TotalSeconds, 1e-9)),
            cpu is { } c ? Math.Round(c.TotalSeconds, 3) : null);
}

/// <summary>Generates a mixed-type CSV, imports it into a fresh temporary workspace, profiles it, times the dataset
/// browser's page requests on it, and, when the <c>sqlite3</c> shell is on PATH, times its <c>.import</c> of the same
/// file for comparison.</summary>
public sealed class ImportBenchmark(CliContext context)
{
    /// <summary>Runs the benchmark; the temporary folder is deleted unless <paramref name="keep"/>.</summary>
    public async Task<ImportBenchmarkResult> RunAsync(int rows, int columns, bool keep, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("workbench-bench-").FullName;
        try
        {
            var csv = Path.Combine(folder, "bench.csv");
            var clock = Stopwatch.StartNew();
            using (var progress = context.Progress("generating"))
            await using (var writer = new StreamWriter(csv, false, new System.Text.UTF8Encoding(false), 1 << 20))
                MixedCsvGenerator.Write(writer, rows, columns, progress: progress, cancellationToken: ct);
            var generate = clock.Elapsed;
            var services = context.OpenWorkspace(Path.Combine(folder, "workspace.db"));
            var store = services.GetRequiredService<IDatasetStore>();

            var cpuBefore = CpuTime();
            clock.Restart();
            using (var progress = context.Progress("importing"))
                await store.ImportAsync("bench", csv, new ReadOptions(DataFormat.Csv), null, null, progress, ct);
            var import = StepTiming.Of(rows, clock.Elapsed, CpuTime() - cpuBefore);
            var peakAfterImport = PeakMB();
            // Right after our import, so both see the same machine load.
            var sqlite = await SqliteShell.TimeImportAsync(csv, Path.Combine(folder, "sqlite3.db"), ct);

            clock.Restart();
            using (var progress = context.Progress("profiling"))
                await services.GetRequiredService<IProfileService>().GetOrComputeAsync("bench", progress, ct);
            var profile = StepTiming.Of(rows, clock.Elapsed);
            var peak = PeakMB();
            var pages = await PageBenchmark.RunAsync(store, "bench", ct);

            var sqliteTiming = sqlite is null ? null : StepTiming.Of(rows, sqlite.Value.Wall, sqlite.Value.Cpu);
            return new ImportBenchmarkResult(rows, columns, Math.Round(new FileInfo(csv).Length / 1e6, 1),
                Math.Round(generate.TotalSeconds, 3), import, profile, peakAfterImport, peak, sqliteTiming,
                sqliteTiming is null ? null : Math.Round(import.RowsPerSecond / sqliteTiming.RowsPerSecond, 3),
                pages, keep ? folder : null);
        }
        finally
        {
            await context.DisposeAsync();
            if (!keep) Directory.Delete(folder, recursive: true);
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double PeakMB()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1);
    }
}
