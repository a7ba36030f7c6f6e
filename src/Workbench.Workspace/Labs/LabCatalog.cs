using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Workbench.Workspace.Labs;

/// <summary>Reads the labs from <c>labs/NN-slug/lab.md</c> on every call, so an instructor's edit shows on reload.</summary>
/// <param name="labsFolder">The folder holding one sub-folder per lab.</param>
public sealed class LabCatalog(string labsFolder)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

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
            catch (YamlException ex)
            {
                problems.Add($"{Path.GetRelativePath(Folder, file)}: {Describe(ex)}");
            }
        }
        return new(labs.OrderBy(l => l.Number).ToList(), problems);
    }

    /// <summary>A YAML error as "line L, column C: reason", with the file's line (the front matter starts on line 2).</summary>
    public static string Describe(YamlException error)
    {
        var inner = error;
        while (inner.InnerException is YamlException deeper)
            inner = deeper;
        var reason = inner.InnerException is null ? inner.Message : "this value does not fit the field";
        if (reason.Contains(") - (", StringComparison.Ordinal))
            reason = reason[(reason.IndexOf("): ", StringComparison.Ordinal) + 3)..];
        if (reason.StartsWith("Property '", StringComparison.Ordinal))
            reason = $"unknown field '{reason.Split('\'')[1]}' (the fields are id, number, title, summary, route, status, objectives, settings)";
        else if (reason.StartsWith("No node deserializer", StringComparison.Ordinal))
            reason = "this value does not fit the field";
        reason = reason.TrimEnd('.');
        return $"line {error.Start.Line + 1}, column {error.Start.Column}: {reason}. " +
               "If a value contains ': ' or starts with a quote, put the whole value in double quotes.";
    }

    /// <summary>The lab with that id, or null.</summary>
    public Lab? Get(string id) => Load().Labs.FirstOrDefault(l => l.Id == id);

    /// <summary>Parses one lab.md text; the folder name is the default id.</summary>
    /// <exception cref="FormatException">Missing front matter or required field (the message says which).</exception>
    /// <exception cref="YamlException">Malformed YAML (the message gives the line and column).</exception>
    public static Lab Parse(string folderName, string text)
    {
        var (yaml, body, _) = LabMarkdown.SplitFrontMatter(text);
        var meta = Yaml.Deserialize<LabFrontMatter?>(yaml)
                   ?? throw new FormatException("the front matter is empty: give at least title and number.");
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
        var (intro, steps) = LabMarkdown.SplitSteps(body);
        return new Lab(id, meta.Number, meta.Title.Trim(), meta.Summary?.Trim() ?? "", meta.Route ?? $"/labs/{id}", status,
            meta.Objectives ?? [], meta.Settings ?? new Dictionary<string, string>(),
            LabMarkdown.ToHtml(intro), steps.Select((s, i) => new LabStep(i + 1, s.Title, LabMarkdown.ToHtml(s.Markdown))).ToList());
    }
}
