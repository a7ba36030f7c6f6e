using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;
using Workbench.Workspace;

namespace Workbench.Cli;

/// <summary>A command line used wrongly: the message says what is wrong and how to fix it (exit code 2).</summary>
public sealed class CliUsageException(string message) : Exception(message);

/// <summary>Which failures are the user's input (exit 2) rather than internal (exit 1).</summary>
public static class CliErrors
{
    /// <summary>True for refusals, malformed files, bad usage, and files or folders that cannot be read or written.</summary>
    public static bool IsUserError(Exception e) => e is CliUsageException or WorkspaceException or DataImportException
        or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException
        or TrainingException or PipelineException;

    /// <summary>The message on one line.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
