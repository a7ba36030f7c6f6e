using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Workspace.Sql;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench sql "QUERY"</c>: lab 02's read-only SQL console in the terminal, with the same rules (one
/// statement, no writes, ATTACH, PRAGMA changes or extensions, a time limit, row and byte caps, long values cut).</summary>
public static class SqlCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var defaults = SqlConsoleOptions.Default;
        var query = new Argument<string>("QUERY") { Description = "One read-only SQL statement, e.g. \"SELECT species, COUNT(*) FROM penguins GROUP BY species\"." };
        var maxRows = new Option<int>("--max-rows") { Description = "Return at most this many rows.", DefaultValueFactory = _ => defaults.MaxRows };
        var timeLimit = new Option<double>("--time-limit") { Description = "Stop a query running longer than this, in seconds.", HelpName = "S", DefaultValueFactory = _ => defaults.TimeLimit.TotalSeconds };
        var maxValue = new Option<int>("--max-value-chars") { Description = "Cut longer values to this many characters (their full length is reported).", HelpName = "N", DefaultValueFactory = _ => defaults.MaxValueChars };
        var maxBytes = new Option<long>("--max-bytes") { Description = "Stop the result at this many bytes of text (two per character).", HelpName = "N", DefaultValueFactory = _ => defaults.MaxBytes };
        var command = new Command("sql", "Run one read-only SQL statement on the workspace, as lab 02's console does: writes, ATTACH, " +
            "PRAGMA changes and extensions are refused; a query is stopped at its time limit; the result is capped by rows and bytes " +
            "and long values are cut. Prints {columns, rows, stoppedBy (none, rows or bytes), cut [{row, column, length}], elapsedMs}.")
            { query, maxRows, timeLimit, maxValue, maxBytes };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SqlConsoleOptions(TimeSpan.FromSeconds(Positive(parse.GetValue(timeLimit), "--time-limit", 600)),
                (int)Positive(parse.GetValue(maxRows), "--max-rows", 1_000_000))
            {
                MaxValueChars = (int)Positive(parse.GetValue(maxValue), "--max-value-chars", 1_000_000),
                MaxBytes = (long)Positive(parse.GetValue(maxBytes), "--max-bytes", 1_000_000_000),
            };
            var path = CliContext.WorkspacePath(parse);
            if (!File.Exists(path))
                throw new CliUsageException($"The workspace {path} does not exist yet, so there is nothing to query. " +
                    "Import a dataset first, or pass --workspace PATH.");
            var console = context.OpenWorkspace(path).GetRequiredService<ISqlConsole>();
            var result = await console.ExecuteAsync(parse.GetValue(query)!, options, ct);
            context.WriteJson(new
            {
                columns = result.Columns,
                rows = result.Rows,
                rowCount = result.Rows.Count,
                stoppedBy = result.StoppedBy.ToString().ToLowerInvariant(),
                cut = result.CutValues.Select(c => new { row = c.Row, column = c.Column, length = c.Length }),
                elapsedMs = Math.Round(result.Elapsed.TotalMilliseconds, 1),
            });
            return 0;
        });
        return command;
    }

    private static double Positive(double value, string option, double max) =>
        value > 0 && value <= max ? value
            : throw new CliUsageException($"{option} must be above 0 and at most {max:N0} (got {value}).");
}
