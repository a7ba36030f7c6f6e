namespace Workbench.Web.Profiling;

/// <summary>Makes data safe as Plotly text. Plotly reads a few HTML-like tags and entities in labels, so a column
/// named <c>&lt;b&gt;x&lt;/b&gt;</c> would turn bold; escaping '&amp;', '&lt;' and '&gt;' makes Plotly show it literally.</summary>
public static class PlotlyText
{
    /// <summary>The text with '&amp;', '&lt;' and '&gt;' written as entities, which Plotly displays as the characters.</summary>
    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
