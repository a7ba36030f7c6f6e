using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Workbench.Workspace.Labs;

/// <summary>The YAML front matter of a lab.md file, read from YamlDotNet's node tree so that every problem is reported
/// at the node's own line and column.</summary>
internal sealed record LabFrontMatter(string? Id, int Number, string? Title, string? Summary, string? Route, string? Status,
    IReadOnlyList<string> Objectives, IReadOnlyDictionary<string, string> Settings)
{
    private static readonly string[] Fields = ["id", "number", "title", "summary", "route", "status", "objectives", "settings"];
    private const string QuoteHint = "If a value contains ': ' or starts with a quote, put the whole value in double quotes.";

    /// <summary>Reads <paramref name="yaml"/>, whose first line is file line <paramref name="firstLine"/>.</summary>
    /// <exception cref="FormatException">Malformed YAML, an unknown field or a value of the wrong shape.</exception>
    public static LabFrontMatter Read(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException error)
        {
            throw Problem(error.Start, firstLine, "this is not valid YAML");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            throw new FormatException("the front matter is empty: give at least title and number.");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Problem(stream.Documents[0].RootNode.Start, firstLine, "the front matter must be 'field: value' lines");

        string? id = null, title = null, summary = null, route = null, status = null;
        var number = 0;
        IReadOnlyList<string> objectives = [];
        IReadOnlyDictionary<string, string> settings = new Dictionary<string, string>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode, firstLine, "a field name");
            switch (key)
            {
                case "id": id = Scalar(value, firstLine, "'id'"); break;
                case "title": title = Scalar(value, firstLine, "'title'"); break;
                case "summary": summary = Scalar(value, firstLine, "'summary'"); break;
                case "route": route = Scalar(value, firstLine, "'route'"); break;
                case "status": status = Scalar(value, firstLine, "'status'"); break;
                case "number":
                    if (!int.TryParse(Scalar(value, firstLine, "'number'"), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
                        throw Problem(value.Start, firstLine, "'number' must be a whole number");
                    break;
                case "objectives": objectives = List(value, firstLine); break;
                case "settings": settings = Map(value, firstLine); break;
                default:
                    throw Problem(keyNode.Start, firstLine, $"unknown field '{key}' (the fields are {string.Join(", ", Fields)})");
            }
        }
        return new LabFrontMatter(id, number, title, summary, route, status, objectives, settings);
    }

    private static string? Scalar(YamlNode node, int firstLine, string what) => node is YamlScalarNode scalar
        ? scalar.Value
        : throw Problem(node.Start, firstLine, $"{what} must be one text value, not a list or a mapping");

    private static List<string> List(YamlNode node, int firstLine)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode items)
            throw Problem(node.Start, firstLine, "'objectives' must be a list of '- text' lines");
        return items.Children.Select(item => Scalar(item, firstLine, "each objective") ?? "").ToList();
    }

    private static Dictionary<string, string> Map(YamlNode node, int firstLine)
    {
        if (node is YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlMappingNode map)
            throw Problem(node.Start, firstLine, "'settings' must be indented 'name: value' lines");
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
            settings[Scalar(key, firstLine, "a setting's name") ?? ""] = Scalar(value, firstLine, "a setting's value") ?? "";
        return settings;
    }

    /// <summary>A problem at YAML position <paramref name="at"/> (1-based line), given as the file's line and column.</summary>
    private static FormatException Problem(Mark at, int firstLine, string reason) =>
        new($"line {at.Line + firstLine - 1}, column {at.Column}: {reason}. {QuoteHint}");
}
