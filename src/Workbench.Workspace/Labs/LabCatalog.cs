namespace Workbench.Workspace.Labs;

/// <summary>Reads the labs from <c>labs/NN-slug/lab.md</c> on every call, so an instructor's edit shows on reload.</summary>
/// <param name="labsFolder">The folder holding one sub-folder per lab.</param>
public sealed class LabCatalog(string labsFolder)
{
    /// <summary>The folder the labs are read from.</summary>
    public string Folder { get; } = labsFolder;

    /// <summary>Every lab that parses, in number order, plus a message per lab file that does not.</summary>
    public LabCatalogSnapshot Load()
    {
        if (!Directory.Exists(Folder))
            return new([], [$"The labs folder '{Folder}' does not exist; set Workbench:Labs to the folder holding the labs."]);
        var labs = new List<Lab>();
        var problems = new List<string>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(dir, "lab.md");
            if (!File.Exists(file))
                continue;
            try
            {
                labs.Add(Parse(Path.GetFileName(dir), File.ReadAllText(file)));
            }
            catch (FormatException ex)
            {
                problems.Add($"{Path.GetRelativePath(Folder, file)}: {ex.Message}");
            }
        }
        return new(labs.OrderBy(l => l.Number).ToList(), problems);
    }

    /// <summary>The lab with that id, or null.</summary>
    public Lab? Get(string id) => Load().Labs.FirstOrDefault(l => l.Id == id);

    /// <summary>Parses one lab.md text; the folder name is the default id.</summary>
    /// <exception cref="FormatException">Missing or malformed front matter, an unknown field, a value of the wrong shape or
    /// a missing required field; the message gives the file line and column and says what to change.</exception>
    public static Lab Parse(string folderName, string text)
    {
        var document = LabMarkdown.Split(text);
        var meta = LabFrontMatter.Read(document.Yaml, document.YamlFirstLine);
        if (string.IsNullOrWhiteSpace(meta.Title))
            throw new FormatException("the front matter has no 'title'.");
        if (meta.Number <= 0)
            throw new FormatException("the front matter needs a positive 'number'.");
        var status = meta.Status?.Trim().ToLowerInvariant() switch
        {
            null or "" or "available" => LabStatus.Available,
            "planned" => LabStatus.Planned,
            var other => throw new FormatException($"status '{other}' is unknown: use 'available' or 'planned'."),
        };
        var id = string.IsNullOrWhiteSpace(meta.Id) ? folderName : meta.Id.Trim();
        return new Lab(id, meta.Number, meta.Title.Trim(), meta.Summary?.Trim() ?? "", meta.Route ?? $"/labs/{id}", status,
            meta.Objectives, meta.Settings, LabMarkdown.ToHtml(document.Intro),
            document.Steps.Select((s, i) => new LabStep(i + 1, s.Title, LabMarkdown.ToHtml(s.Markdown))).ToList());
    }
}
