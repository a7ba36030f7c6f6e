using System.Diagnostics;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;
using Xunit.Abstractions;

namespace Workbench.Workspace.Tests.Datasets;

/// <summary>Runs only when WORKBENCH_BENCH_CSV names a large CSV (e.g. 1,000,000 × 20): import speed and page times.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WORKBENCH_BENCH_CSV")))
            Skip = "Set WORKBENCH_BENCH_CSV to a large CSV file to run the import benchmark.";
    }
}

public class DatasetStoreBenchmarkTests(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task LargeCsv_ImportsAndPagesQuickly()
    {
        var path = Environment.GetEnvironmentVariable("WORKBENCH_BENCH_CSV")!;
        using var temp = new TempWorkspace();
        var clock = Stopwatch.StartNew();
        var source = DataFileReader.Open(path, new ReadOptions());
        long count = 0;
        foreach (var _ in source.ReadRows()) count++;
        output.WriteLine($"read pass only (the reader): {count:N0} rows in {clock.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
        var preview = TypeInference.Analyze(source);
        output.WriteLine($"inference pass only: {clock.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
        var types = preview.Schema.Select(c => c.Type).ToArray();
        foreach (var row in source.ReadRows())
            for (var i = 0; i < types.Length; i++) ValueConverter.TryConvert(row[i], types[i], out _);
        output.WriteLine($"read + convert only: {clock.Elapsed.TotalSeconds:0.00} s");
        clock.Restart();
        var stored = await temp.Datasets.ImportAsync("given", path, new ReadOptions(), preview.Schema);
        output.WriteLine($"insert pass only (schema given): {clock.Elapsed.TotalSeconds:0.00} s");
        await temp.Datasets.DeleteAsync("given");
        var shell = ShellImportSeconds(path, temp.Folder);
        clock.Restart();
        var info = await temp.Datasets.ImportAsync("bench", path, new ReadOptions());
        var import = clock.Elapsed;
        var shellAfter = ShellImportSeconds(path, temp.Folder);
        output.WriteLine($"sqlite3 shell .import --csv: {shell:0.00} s before, {shellAfter:0.00} s after; workbench/shell time ratio " +
            $"{import.TotalSeconds / ((shell + shellAfter) / 2):0.00} (target at most 2.0)");
        output.WriteLine($"import (inference + insert): {info.Rows:N0} rows × {info.Columns.Count} columns in {import.TotalSeconds:0.00} s " +
            $"= {info.Rows / import.TotalSeconds:N0} rows/s; types {string.Join(",", info.Columns.Select(c => c.Type.ToName()))}");
        var numeric = info.Columns.First(c => c.Type == ColumnType.Integer).Name;
        var text = info.Columns.Last(c => c.Type is ColumnType.Text or ColumnType.Categorical).Name;
        (string, PageRequest)[] requests =
        [
            ("first page", new PageRequest(0, 50)),
            ("deep page (offset 900,000)", new PageRequest(900_000, 50)),
            ($"sort by {numeric}, first use (builds index)", new PageRequest(0, 50, numeric)),
            ($"sort by {numeric} desc", new PageRequest(0, 50, numeric, true)),
            ($"sort by {numeric}, offset 500,000", new PageRequest(500_000, 50, numeric)),
            ($"filter {numeric} > 100, sorted", new PageRequest(0, 50, numeric, false, [new ColumnFilter(numeric, FilterOperator.GreaterThan, "100")])),
            ($"filter {text} contains '12'", new PageRequest(0, 50, null, false, [new ColumnFilter(text, FilterOperator.Contains, "12")])),
            ($"sort by {text}, first use", new PageRequest(0, 50, text)),
        ];
        foreach (var (label, request) in requests)
        {
            clock.Restart();
            var page = await temp.Datasets.QueryPageAsync("bench", request);
            output.WriteLine($"{label}: {clock.ElapsedMilliseconds} ms ({page.TotalRows:N0} rows match)");
            Assert.Equal(50, page.Rows.Count);
        }
        clock.Restart();
        var size = await temp.Datasets.GetSizeBytesAsync("bench");
        output.WriteLine($"size (table and 2 indexes): {size / 1e6:0.0} MB in {clock.ElapsedMilliseconds} ms");
    }

    /// <summary>Seconds the sqlite3 shell takes to import the same CSV into a new file (NaN when it is not installed).</summary>
    private static double ShellImportSeconds(string csv, string folder)
    {
        var db = Path.Combine(folder, "shell-" + Guid.NewGuid().ToString("N") + ".db");
        var start = new ProcessStartInfo("sqlite3", [db, $".import --csv {csv} t"]) { RedirectStandardError = true };
        var clock = Stopwatch.StartNew();
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return clock.Elapsed.TotalSeconds;
        }
        catch (System.ComponentModel.Win32Exception) { return double.NaN; }
        finally { File.Delete(db); }
    }
}
