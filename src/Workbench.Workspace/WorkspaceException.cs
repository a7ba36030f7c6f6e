namespace Workbench.Workspace;

/// <summary>A request the workspace refuses (unknown dataset, name taken, refused SQL, ...). The message says what is
/// wrong and how to fix it; the workspace is unchanged. Hosts show it to the user (the command line exits 2).</summary>
public sealed class WorkspaceException(string message) : Exception(message);
