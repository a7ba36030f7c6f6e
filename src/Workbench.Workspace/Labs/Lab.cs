namespace Workbench.Workspace.Labs;

/// <summary>Whether a lab's page exists yet.</summary>
public enum LabStatus
{
    /// <summary>The page is built and can be opened.</summary>
    Available,

    /// <summary>The lab is on the course map but its page comes later.</summary>
    Planned,
}

/// <summary>One step of a lab: the text of its <c>## </c> heading and its body rendered to HTML.</summary>
public sealed record LabStep(int Number, string Title, string Html);

/// <summary>A lab read from <c>labs/NN-slug/lab.md</c>: front matter plus instructions split into steps.</summary>
/// <param name="Id">The folder name, e.g. "01-ml-systems".</param>
/// <param name="Route">The page address, e.g. "/labs/01-ml-systems".</param>
/// <param name="Settings">Free-form settings the lab page reads (default dataset, thresholds, ...).</param>
/// <param name="IntroHtml">The Markdown before the first step, rendered to HTML (raw HTML disabled).</param>
public sealed record Lab(string Id, int Number, string Title, string Summary, string Route, LabStatus Status,
    IReadOnlyList<string> Objectives, IReadOnlyDictionary<string, string> Settings, string IntroHtml,
    IReadOnlyList<LabStep> Steps)
{
    /// <summary>The lab's setting, or the fallback when it is absent.</summary>
    public string Setting(string key, string fallback) => Settings.TryGetValue(key, out var value) ? value : fallback;
}

/// <summary>The labs found on disk, in number order, and the files that could not be read (with the reason).</summary>
public sealed record LabCatalogSnapshot(IReadOnlyList<Lab> Labs, IReadOnlyList<string> Problems);
