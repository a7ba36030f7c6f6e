using System.CommandLine;
using Microsoft.Data.Sqlite;
using Workbench.Cli.Commands;
using Workbench.Workspace;

namespace Workbench.Cli;

/// <summary>The <c>workbench</c> command line: parses, runs one command, and maps failures to exit codes
/// (0 success, 2 bad input or usage with one <c>error:</c> line and nothing written, 4 workspace busy, 1 internal
/// failure).</summary>
public static class CliApp
{
    /// <summary>The exit code when another process kept the workspace locked past the busy timeout (nothing was
    /// written; the same command can succeed later). Exit 3 is a failed promotion gate.</summary>
    public const int BusyExitCode = 4;

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
        catch (Exception e) when (WorkspaceErrors.IsBusy(e))
        {
            return context.Fail(BusyExitCode, (e as WorkspaceBusyException)?.Message
                ?? WorkspaceErrors.BusyMessage(context.WorkspaceFile));
        }
        catch (Exception e) when (CliErrors.IsUserError(e))
        {
            return context.Fail(2, e.Message);
        }
        catch (SqliteException e) when (context.WorkspaceFile is not null
            && WorkspaceErrors.Translate(e, context.WorkspaceFile) is WorkspaceException refusal)
        {
            return context.Fail(2, refusal.Message + " Pass --workspace PATH to use another workspace.");
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
        var root = new RootCommand("Workbench: drive the ML course workspace from scripts. Commands print JSON on stdout. " +
            "Exit codes: 0 success; 1 internal failure; 2 bad input or usage, or a workspace that cannot be used (nothing " +
            $"written); {BusyExitCode} the workspace is busy: another workbench or tool kept it locked, try again later.");
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
        root.Subcommands.Add(SqlCommand.Create(context));
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
