using System.Diagnostics;
using System.Globalization;
using Workbench.Cli.Output;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Cli.Bench;

/// <summary>The timings of one drift benchmark run.</summary>
public sealed record DriftBenchmarkResult(int Rows, int Columns, int Seed, IReadOnlyList<string> ShiftedColumns, double GenerateSeconds,
    IReadOnlyList<DriftTestTiming> Tests, double TotalSeconds, double TotalCpuSeconds, string? CsvFolder);

/// <summary>The time one test took over every column (wall clock, and processor time summed over threads, which a
/// loaded machine distorts less), and how many columns it found drifted.</summary>
public sealed record DriftTestTiming(string Test, double Seconds, double CpuSeconds, int DriftedColumns);

/// <summary>Generates seeded reference and current tables of numeric columns (some shifted) and times every numeric
/// drift test over all columns; optionally writes both tables as CSV so SciPy can be timed on the same data
/// (docs/benchmarks/drift_scipy.py).</summary>
public static class DriftBenchmark
{
    /// <summary>Default sizes: a million rows on each side, twenty columns.</summary>
    public static class Defaults
    {
        /// <summary>Rows of each table.</summary>
        public const int Rows = 1_000_000;

        /// <summary>Numeric columns.</summary>
        public const int Columns = 20;

        /// <summary>The generator's seed.</summary>
        public const int Seed = 42;
    }

    /// <summary>The tests timed, in order; null is the automatic choice.</summary>
    public static readonly DriftTestKind?[] Tests =
        [DriftTestKind.Ks, DriftTestKind.Wasserstein, DriftTestKind.Psi, DriftTestKind.Kl, DriftTestKind.JensenShannon, DriftTestKind.Hellinger, null];

    /// <summary>The two CSV files written to a <c>--csv</c> folder.</summary>
    public static readonly string[] CsvFiles = ["reference.csv", "current.csv"];

    /// <summary>Generates the data, writes the CSV files when <paramref name="csvFolder"/> is given (replacing existing
    /// ones only when <paramref name="overwrite"/>), and times every test.</summary>
    public static DriftBenchmarkResult Run(int rows, int columns, int seed, string? csvFolder, IProgress<double>? progress, CancellationToken ct,
        bool overwrite = false)
    {
        var clock = Stopwatch.StartNew();
        var (reference, current) = Generate(rows, columns, seed);
        double generate = clock.Elapsed.TotalSeconds;
        if (csvFolder is not null)
        {
            Directory.CreateDirectory(csvFolder);
            BenchCsv.Write(reference, Path.Combine(csvFolder, CsvFiles[0]), overwrite, "--csv", ct);
            BenchCsv.Write(current, Path.Combine(csvFolder, CsvFiles[1]), overwrite, "--csv", ct);
        }
        var timings = new List<DriftTestTiming>();
        foreach (var test in Tests)
        {
            ct.ThrowIfCancellationRequested();
            var cpu = CpuSeconds();
            clock.Restart();
            var report = DriftCalculator.Compare(reference, current, new DriftOptions { Test = test }, cancellationToken: ct);
            timings.Add(new DriftTestTiming(test?.ToName() ?? "auto", Math.Round(clock.Elapsed.TotalSeconds, 3),
                Math.Round(CpuSeconds() - cpu, 3), report.Columns.Count(c => c.Drifted)));
            progress?.Report(timings.Count / (double)Tests.Length);
        }
        var shifted = Enumerable.Range(0, columns).Where(k => Shift(k) is not (0, 1)).Select(Name).ToList();
        return new DriftBenchmarkResult(rows, columns, seed, shifted, Math.Round(generate, 3), timings,
            Math.Round(timings.Sum(t => t.Seconds), 3), Math.Round(timings.Sum(t => t.CpuSeconds), 3), csvFolder is null ? null : Path.GetFullPath(csvFolder));
    }

    /// <summary>Reference and current tables: column k is normal, log-normal, uniform on [0, 10) or rounded normal (ties)
    /// by k mod 4; the first quarter of the columns is shifted by 0.05 standard deviations in the current table, the
    /// second quarter scaled by 1.1, the rest drawn from the same distribution. Each column has its own seeded generator.</summary>
    public static (TabularData Reference, TabularData Current) Generate(int rows, int columns, int seed)
    {
        var reference = new DataColumn[columns];
        var current = new DataColumn[columns];
        Parallel.For(0, columns, k =>
        {
            var random = new Random(seed * 1000 + k);
            var (shift, scale) = Shift(k);
            reference[k] = DataColumn.Numeric(Name(k), ColumnType.Real, Draw(random, rows, k, 0, 1));
            current[k] = DataColumn.Numeric(Name(k), ColumnType.Real, Draw(random, rows, k, shift, scale));
        });
        return (new TabularData("reference", reference), new TabularData("current", current));
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static (double Shift, double Scale) Shift(int k) => (k % 20) switch
    {
        < 5 => (0.05, 1),
        < 10 => (0, 1.1),
        _ => (0, 1),
    };

    private static string Name(int k) => $"c{k:00}";

    private static double[] Draw(Random random, int rows, int k, double shift, double scale)
    {
        var values = new double[rows];
        for (int i = 0; i < rows; i++)
        {
            double z = Normal(random) * scale + shift;
            values[i] = (k % 4) switch
            {
                0 => z,
                1 => Math.Exp(0.5 * z),
                2 => 10 * random.NextDouble() * scale + shift * 2.9,
                _ => Math.Round(10 * z),
            };
        }
        return values;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
