using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Cli.Output;
using Workbench.Workspace;
using Workbench.Workspace.Tracking;

namespace Workbench.Cli.Commands;

/// <summary><c>workbench runs list|show</c>: the tracked runs, the same ones the browser's runs table shows.</summary>
public static class RunsCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("runs", "List and show tracked training runs.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var experiment = new Option<string?>("--experiment") { Description = "Only runs of this experiment.", HelpName = "E" };
        var all = new Option<bool>("--all") { Description = "Include nested runs (cross-validation folds, trials)." };
        var status = new Option<string?>("--status")
            { Description = "Only runs with this status: running, finished, failed, canceled or interrupted.", HelpName = "S" };
        var text = new Option<string?>("--text") { Description = "Only runs whose name, trainer, dataset or tags contain this text.", HelpName = "T" };
        var limit = new Option<int>("--limit") { Description = "At most this many runs, newest first.", DefaultValueFactory = _ => 500 };
        var command = new Command("list", "List runs, newest first, with parameters and summary metrics, as a JSON array.")
            { experiment, all, status, text, limit };
        command.SetAction(async (parse, ct) =>
        {
            var query = new RunQuery(parse.GetValue(experiment), parse.GetValue(all), parse.GetValue(text),
                ParseStatus(parse.GetValue(status)), parse.GetValue(limit) is var n and > 0 ? n
                    : throw new CliUsageException($"--limit must be at least 1 (got {parse.GetValue(limit)})."));
            if (!CliContext.WorkspaceExists(parse))
            {
                context.WriteJson(Array.Empty<RunRowJson>());
                return 0;
            }
            var rows = await context.OpenWorkspace(parse).GetRequiredService<ITrackingStore>().ListRunsAsync(query, ct);
            context.WriteJson(rows.Select(RunRowJson.From).ToList());
            return 0;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The run id (12 hexadecimal characters)." };
        var command = new Command("show", "Show a run: status (interrupted runs were cut off and never finished), parameters, " +
            "metrics by split and per fold, tags, artifacts and child runs, as JSON.") { id };
        command.SetAction(async (parse, ct) =>
        {
            var runId = parse.GetValue(id)!.Trim();
            var path = CliContext.WorkspacePath(parse);
            if (!File.Exists(path))
                throw new CliUsageException($"There is no run '{runId}': the workspace {path} does not exist yet. Pass --workspace PATH.");
            var detail = await context.OpenWorkspace(path).GetRequiredService<ITrackingStore>().GetRunDetailAsync(runId, ct)
                ?? throw new WorkspaceException($"There is no run '{runId}' in {path}; run 'workbench runs list' to see the ids.");
            context.WriteJson(RunDetailJson.From(detail));
            return 0;
        });
        return command;
    }

    private static RunStatus? ParseStatus(string? value) => value is null ? null
        : Enum.TryParse<RunStatus>(value.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s) ? s
        : throw new CliUsageException($"Unknown --status '{value}'; use running, finished, failed, canceled or interrupted.");
}
