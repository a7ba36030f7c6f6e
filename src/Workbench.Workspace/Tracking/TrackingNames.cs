namespace Workbench.Workspace.Tracking;

/// <summary>Checks the names the tracking store and the registry accept (experiments, runs, parameters, tags,
/// metric keys, artifacts, registered models and aliases).</summary>
public static class TrackingNames
{
    /// <summary>Defaults for names.</summary>
    public static class Defaults
    {
        /// <summary>The longest name accepted, in characters.</summary>
        public const int MaxLength = 200;
    }

    /// <summary>The word that resolves to a model's newest version, so it cannot be an alias.</summary>
    public const string Latest = "latest";

    /// <summary>Throws unless <paramref name="name"/> is non-empty, at most 200 characters and free of control characters.</summary>
    /// <param name="what">What the name names, for the message ("experiment name").</param>
    /// <returns>The name, unchanged (names are stored verbatim).</returns>
    /// <exception cref="WorkspaceException">The name is empty, too long or holds a control character.</exception>
    public static string Require(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new WorkspaceException($"The {what} is empty. Give a {what} of 1 to {Defaults.MaxLength} characters.");
        if (name.Length > Defaults.MaxLength)
            throw new WorkspaceException($"The {what} '{name[..40]}…' has {name.Length} characters; " +
                $"use at most {Defaults.MaxLength}.");
        var control = name.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        if (control < 0) control = name.IndexOf('\u007f');
        if (control >= 0)
            throw new WorkspaceException($"The {what} '{Workbench.Ml.MessageText.Name(name)}' holds a control character (a line break or tab) at " +
                $"position {control + 1}; use letters, digits, spaces and punctuation only.");
        return name;
    }

    /// <summary>Throws unless <paramref name="alias"/> is a valid alias: letters, digits, '-' and '_', not only digits
    /// (those are version numbers) and not "latest".</summary>
    /// <exception cref="WorkspaceException">The alias is not valid.</exception>
    public static string RequireAlias(string? alias)
    {
        alias = Require(alias, "alias");
        var bad = alias.FirstOrDefault(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        if (bad != default)
            throw new WorkspaceException($"The alias '{alias}' holds '{bad}'; an alias uses letters, digits, '-' and '_' " +
                "only (e.g. champion, challenger, prod-2025).");
        if (alias.All(char.IsAsciiDigit))
            throw new WorkspaceException($"The alias '{alias}' is only digits, which would read as a version number; " +
                $"add a letter (e.g. v{alias}).");
        if (alias.Equals(Latest, StringComparison.OrdinalIgnoreCase))
            throw new WorkspaceException("'latest' always means the newest version and cannot be set as an alias; choose another name.");
        return alias;
    }
}
