using System.CommandLine;

namespace Workbench.Cli;

/// <summary>Options every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary>The workspace file; defaults to $WORKBENCH_WORKSPACE, else the web app's default workspace.</summary>
    public static Option<string?> Workspace { get; } = new("--workspace")
    {
        Description = "The workspace file (default: $WORKBENCH_WORKSPACE, else the web app's default workspace).",
        HelpName = "PATH",
        Recursive = true,
    };
}
