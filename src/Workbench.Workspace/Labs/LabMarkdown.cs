using Markdig;

namespace Workbench.Workspace.Labs;

/// <summary>Splits a lab.md file into front matter, intro and <c>## </c> steps, and renders Markdown with raw HTML
/// disabled (an instructor's or student's HTML is shown as text, never executed).</summary>
public static class LabMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseAutoLinks().DisableHtml().Build();

    /// <summary>Renders Markdown to HTML with raw HTML disabled.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Splits the text into its YAML front matter (between the first two <c>---</c> lines) and the body.</summary>
    /// <exception cref="FormatException">The file does not start with a front matter block.</exception>
    public static (string Yaml, string Body, int BodyLine) SplitFrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n").TrimStart('\uFEFF').Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
            throw new FormatException("line 1: a lab file must start with a '---' line opening the YAML front matter.");
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
            throw new FormatException("the front matter is not closed: add a '---' line after the last setting.");
        return (string.Join('\n', lines[1..end]), string.Join('\n', lines[(end + 1)..]), end + 2);
    }

    /// <summary>Splits the body at <c>## </c> headings outside code fences into the intro and the steps.</summary>
    public static (string Intro, IReadOnlyList<(string Title, string Markdown)> Steps) SplitSteps(string body)
    {
        var intro = new List<string>();
        var steps = new List<(string Title, List<string> Lines)>();
        var inFence = false;
        foreach (var line in body.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                inFence = !inFence;
            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
                steps.Add((line[3..].Trim(), []));
            else if (steps.Count == 0)
                intro.Add(line);
            else
                steps[^1].Lines.Add(line);
        }
        return (string.Join('\n', intro).Trim(), steps.Select(s => (s.Title, string.Join('\n', s.Lines).Trim())).ToList());
    }
}
