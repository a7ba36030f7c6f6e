namespace Workbench.Workspace;

/// <summary>Quotes SQLite identifiers so any text (quotes, spaces, HTML, SQL) can be a table or column name.</summary>
public static class SqlIdentifier
{
    /// <summary>The name in double quotes, with each embedded double quote doubled.</summary>
    public static string Quote(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('\0')) throw new WorkspaceException("A name cannot contain the NUL character.");
        return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
