namespace Workbench.Workspace.Labs;

/// <summary>The YAML front matter of a lab.md file, as YamlDotNet fills it.</summary>
internal sealed class LabFrontMatter
{
    public string? Id { get; set; }
    public int Number { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Route { get; set; }
    public string? Status { get; set; }
    public List<string>? Objectives { get; set; }
    public Dictionary<string, string>? Settings { get; set; }
}
