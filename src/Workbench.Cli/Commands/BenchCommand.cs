using System.CommandLine;
using Workbench.Cli.Output;
using Workbench.Cli.Bench;
using Workbench.Ml.Benchmarks;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench bench import</c> (the import and profiling benchmark), <c>bench drift</c>, <c>bench train</c> and <c>bench shap</c>.</summary>
public static class BenchCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("bench", "Benchmarks, run in a temporary workspace (yours is not touched).");
        var rows = new Option<int>("--rows")
            { Description = "Rows to generate.", DefaultValueFactory = _ => MixedCsvGenerator.Defaults.Rows };
        var columns = new Option<int>("--columns")
            { Description = "Columns to generate.", DefaultValueFactory = _ => MixedCsvGenerator.Defaults.Columns };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary folder (CSV and workspaces) and print its path." };
        var import = new Command("import", "Generate a deterministic mixed-type CSV, import it, profile it, and compare " +
            "the import with the sqlite3 shell's .import when sqlite3 is on PATH. Prints timings as JSON.") { rows, columns, keep };
        import.SetAction(async (parse, ct) =>
        {
            var (r, c) = (parse.GetValue(rows), parse.GetValue(columns));
            if (r < 1 || c < 1)
                throw new CliUsageException($"--rows and --columns must be at least 1 (got {r} and {c}).");
            context.WriteJson(await new ImportBenchmark(context).RunAsync(r, c, parse.GetValue(keep), ct));
            return 0;
        });
        command.Subcommands.Add(import);
        command.Subcommands.Add(Drift(context));
        command.Subcommands.Add(TrainBenchmark.CreateCommand(context));
        command.Subcommands.Add(ShapBenchmark.CreateCommand(context));
        return command;
    }

    /// <summary><c>workbench bench drift</c>: every numeric drift test on generated reference and current tables.</summary>
    private static Command Drift(CliContext context)
    {
        var rows = new Option<int>("--rows") { Description = "Rows of each table.", DefaultValueFactory = _ => DriftBenchmark.Defaults.Rows };
        var columns = new Option<int>("--columns") { Description = "Numeric columns.", DefaultValueFactory = _ => DriftBenchmark.Defaults.Columns };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => DriftBenchmark.Defaults.Seed };
        var csv = new Option<string?>("--csv") { Description = "Also write reference.csv and current.csv to this folder (for docs/benchmarks/drift_scipy.py).", HelpName = "FOLDER" };
        var force = new Option<bool>("--force") { Description = "Replace reference.csv and current.csv in the --csv folder if they exist (read-only files are never replaced)." };
        var drift = new Command("drift", "Generate seeded reference and current tables of numeric columns (some shifted) and time " +
            "ks, wasserstein, psi, kl, jensenshannon, hellinger and auto over every column. Prints timings as JSON.") { rows, columns, seed, csv, force };
        drift.SetAction(async (parse, ct) =>
        {
            var (r, c) = (parse.GetValue(rows), parse.GetValue(columns));
            if (r < 2 || c < 1)
                throw new CliUsageException($"--rows must be at least 2 and --columns at least 1 (got {r} and {c}).");
            var folder = parse.GetValue(csv);
            var overwrite = parse.GetValue(force);
            // Checked before the work starts, so a refused path costs nothing and changes nothing.
            if (folder is not null && Directory.Exists(folder))
                foreach (var file in DriftBenchmark.CsvFiles)
                    SafeOutputFile.Check(Path.Combine(folder, file), overwrite, CliContext.WorkspacePath(parse), option: "--csv");
            DriftBenchmarkResult result;
            using (var progress = context.Progress("testing"))
                result = await Task.Run(() => DriftBenchmark.Run(r, c, parse.GetValue(seed), folder, progress, ct, overwrite), ct);
            context.WriteJson(result);
            return 0;
        });
        return drift;
    }
}
