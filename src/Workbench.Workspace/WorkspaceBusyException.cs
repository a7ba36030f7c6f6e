namespace Workbench.Workspace;

/// <summary>Another process (another workbench, the web app, or a tool such as <c>sqlite3</c>) kept the workspace
/// locked for writing longer than the busy timeout. Nothing was written; trying again later can succeed.</summary>
public sealed class WorkspaceBusyException(string path, Exception? inner = null)
    : Exception(WorkspaceErrors.BusyMessage(path), inner)
{
    /// <summary>The workspace file that is busy.</summary>
    public string WorkspacePath { get; } = path;
}
