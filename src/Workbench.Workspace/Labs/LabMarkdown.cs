using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Workbench.Workspace.Labs;

/// <summary>A lab.md file taken apart by Markdig: the YAML front matter (with the file line it starts on), the intro
/// before the first <c>## </c> heading, and one step per <c>## </c> heading.</summary>
/// <param name="YamlFirstLine">The 1-based file line of the front matter's first YAML line.</param>
public sealed record LabDocument(string Yaml, int YamlFirstLine, string Intro, IReadOnlyList<(string Title, string Markdown)> Steps);

/// <summary>Splits a lab.md file with Markdig's front matter extension and syntax tree, and renders Markdown with raw
/// HTML disabled (an instructor's or student's HTML is shown as text, never executed).</summary>
public static class LabMarkdown
{
    private static readonly MarkdownPipeline Render = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseAutoLinks().DisableHtml().Build();

    private static readonly MarkdownPipeline Structure = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Renders Markdown to HTML with raw HTML disabled.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Render);

    /// <summary>The front matter, intro and steps of <paramref name="text"/>. Headings inside code fences are not steps:
    /// only level-2 headings of the document itself are.</summary>
    /// <exception cref="FormatException">The file does not start with a closed front matter block.</exception>
    public static LabDocument Split(string text)
    {
        text = text.TrimStart('\uFEFF');
        var document = Markdown.Parse(text, Structure);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock front)
        {
            var lines = text.Split('\n', 3);
            throw new FormatException(!text.StartsWith("---", StringComparison.Ordinal)
                ? "line 1: a lab file must start with a '---' line opening the YAML front matter."
                : lines.Length > 1 && lines[1].Trim() == "---" ? "the front matter is empty: give at least title and number."
                : "the front matter is not closed: add a '---' line after the last setting.");
        }
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();
        var bodyStart = front.Span.End + 1;
        var intro = Slice(text, bodyStart, headings.Count > 0 ? headings[0].Span.Start : text.Length);
        var steps = headings.Select((h, i) => (Title(text, h),
            Slice(text, h.Span.End + 1, i + 1 < headings.Count ? headings[i + 1].Span.Start : text.Length))).ToList();
        // The block's lines hold the YAML without its '---' fences; the opening fence is on the block's first line.
        return new LabDocument(front.Lines.ToString(), front.Line + 2, intro, steps);
    }

    private static string Slice(string text, int start, int end) =>
        start >= end ? "" : text[Math.Min(start, text.Length)..Math.Min(end, text.Length)].Trim();

    /// <summary>The heading's text without its <c>#</c> marks.</summary>
    private static string Title(string text, HeadingBlock heading) =>
        text[heading.Span.Start..(heading.Span.End + 1)].Trim().TrimStart('#').TrimEnd('#').Trim();
}
