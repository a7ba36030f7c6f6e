using System.CommandLine;
using Microsoft.Data.Sqlite;
using Workbench.Cli.Commands;

namespace Workbench.Cli;

/// <summary>The <c>workbench</c> command line: parses, runs one command, and maps failures to exit codes
/// (0 success, 2 bad input or usage with one <c>error:</c> line and nothing written, 1 internal failure).</summary>
public static class CliApp
{
    /// <summary>Runs the command line in-process, writing JSON to <paramref name="stdout"/> and errors to
    /// <paramref name="stderr"/>. Progress is shown only when <paramref name="stderr"/> is the console's and a terminal.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken = default)
    {
        var showProgress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        await using var context = new CliContext(stdout, stderr, showProgress);
        var parse = BuildRoot(context).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            return context.Fail(2, $"{string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')))}. " +
                $"Run '{CommandPath(parse.CommandResult.Command)} --help' for usage.");
        try
        {
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            var code = await parse.InvokeAsync(config, cancellationToken);
            if (code != 0) context.MarkFailed();
            return code;
        }
        catch (Exception e) when (CliErrors.IsUserError(e))
        {
            return context.Fail(2, e.Message);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is CliErrors.SqliteNotADatabase or CliErrors.SqliteCannotOpen)
        {
            return context.Fail(2, $"The workspace {context.WorkspaceFile} cannot be opened as a workbench workspace " +
                $"({e.Message.TrimEnd('.')}); pass --workspace with a workspace file, or a new path to create one.");
        }
        catch (OperationCanceledException)
        {
            return context.Fail(1, "canceled; nothing was saved.");
        }
        catch (Exception e)
        {
            return context.Fail(1, $"internal failure ({e.GetType().Name}): {e.Message}");
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("Workbench: drive the ML course workspace from scripts. Commands print JSON on stdout.");
        root.Options.Add(GlobalOptions.Workspace);
        root.Subcommands.Add(DatasetsCommand.Create(context));
        root.Subcommands.Add(ProfileCommand.Create(context));
        root.Subcommands.Add(DriftCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(TrainersCommand.Create(context));
        root.Subcommands.Add(RunsCommand.Create(context));
        root.Subcommands.Add(ModelsCommand.Create(context));
        root.Subcommands.Add(PredictCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(ExplainCommand.Create(context));
        root.Subcommands.Add(TreesCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        return root;
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
            names.Insert(0, c is RootCommand ? "workbench" : c.Name);
        return string.Join(' ', names);
    }
}
