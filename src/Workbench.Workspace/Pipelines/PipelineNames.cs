using System.Text.RegularExpressions;

namespace Workbench.Workspace.Pipelines;

/// <summary>The rules for pipeline names: short, readable, and safe in file names and on the command line.</summary>
public static partial class PipelineNames
{
    /// <summary>A letter or digit, then up to 63 letters, digits, spaces, '_', '-' or '.'; no space at the end.</summary>
    public const string Pattern = @"^[A-Za-z0-9](?:[A-Za-z0-9 _.-]{0,62}[A-Za-z0-9_.-])?$";

    /// <summary>Throws a <see cref="WorkspaceException"/> explaining why the name cannot be used; returns it otherwise.</summary>
    public static string Validate(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new WorkspaceException("A pipeline needs a name, e.g. 'scaled-numeric'. Use letters, digits, spaces, '_', '-' or '.'.");
        if (name.Length > 64)
            throw new WorkspaceException($"The pipeline name is {name.Length} characters long; use at most 64.");
        if (!NameRegex().IsMatch(name))
            throw new WorkspaceException($"'{Workbench.Ml.MessageText.Name(name)}' is not a valid pipeline name. Start with a letter or digit, use only letters, " +
                "digits, spaces, '_', '-' and '.', and do not end with a space, e.g. 'impute + scale v2' → 'impute-scale v2'.");
        return name;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();
}
