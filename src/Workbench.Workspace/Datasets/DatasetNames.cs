using System.Text.RegularExpressions;

namespace Workbench.Workspace.Datasets;

/// <summary>The rules for dataset names, which are also the names of their SQLite tables.</summary>
public static partial class DatasetNames
{
    /// <summary>A letter, then up to 62 letters, digits, '_' or '-'.</summary>
    public const string Pattern = "^[A-Za-z][A-Za-z0-9_-]{0,62}$";

    /// <summary>Throws a <see cref="WorkspaceException"/> explaining why the name cannot be used; returns it otherwise.</summary>
    public static string Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new WorkspaceException("A dataset needs a name. Use a letter followed by letters, digits, '_' or '-', e.g. 'penguins'.");
        if (!NameRegex().IsMatch(name))
            throw new WorkspaceException($"'{Workbench.Ml.MessageText.Name(name)}' is not a valid dataset name. Start with a letter and use only letters, " +
                "digits, '_' and '-', at most 63 characters, e.g. 'penguins_2024'.");
        if (name.StartsWith("wb_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase))
            throw new WorkspaceException($"'{name}' is reserved: names starting with 'wb_' or 'sqlite_' belong to the workspace itself. Choose another name.");
        return name;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();
}
