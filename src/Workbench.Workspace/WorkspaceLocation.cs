namespace Workbench.Workspace;

/// <summary>Decides which workspace file to use: a configured path, else <c>WORKBENCH_WORKSPACE</c>, else the default.</summary>
/// <remarks>The default is <c>LocalApplicationData/workbench/workspace.db</c> (<c>~/.local/share/workbench/workspace.db</c>
/// on Linux). A per-user locator can later pass its own path to <see cref="SqliteWorkspace"/> instead.</remarks>
public static class WorkspaceLocation
{
    /// <summary>The environment variable that overrides the default location.</summary>
    public const string EnvironmentVariable = "WORKBENCH_WORKSPACE";

    /// <summary>The full path of the workspace file to use. Nothing is created here: opening the workspace creates the
    /// file and its folder.</summary>
    /// <param name="configured">A path from the command line (<c>--workspace</c>) or configuration
    /// (<c>Workbench:Workspace</c>), or null.</param>
    public static string Resolve(string? configured) =>
        Resolve(configured, Environment.GetEnvironmentVariable(EnvironmentVariable), DefaultPath());

    /// <summary>The default workspace file in the user's local application data folder.</summary>
    public static string DefaultPath() => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "workbench", "workspace.db");

    internal static string Resolve(string? configured, string? environment, string defaultPath)
    {
        var chosen = !string.IsNullOrWhiteSpace(configured) ? configured
            : !string.IsNullOrWhiteSpace(environment) ? environment
            : defaultPath;
        var full = Path.GetFullPath(Environment.ExpandEnvironmentVariables(chosen.Trim()));
        if (Directory.Exists(full))
            throw new WorkspaceException($"The workspace path '{full}' is a folder. Give the path of a file, e.g. '{Path.Combine(full, "workspace.db")}'.");
        return full;
    }
}
