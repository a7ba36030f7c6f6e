using System.CommandLine;
using Workbench.Cli.Bench;
using Workbench.Ml.Benchmarks;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench bench import</c>: the import and profiling benchmark.</summary>
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
        command.Subcommands.Add(TrainBenchmark.CreateCommand(context));
        command.Subcommands.Add(ShapBenchmark.CreateCommand(context));
        return command;
    }
}
