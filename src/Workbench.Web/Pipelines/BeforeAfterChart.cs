using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Web.Profiling;

namespace Workbench.Web.Pipelines;

/// <summary>The traces and layout of one column before and after the pipeline: overlaid on one axis when the values
/// share it (imputation, same categories), otherwise two panels side by side (before | after).</summary>
public sealed record BeforeAfterChart(IList<ITrace> Traces, Func<Layout> Layout, bool Overlaid)
{
    private const string BeforeColor = "#1f77b4", AfterColor = "#ff7f0e";

    /// <summary>The chart of <paramref name="before"/> against its output columns <paramref name="after"/>.</summary>
    /// <remarks>One output column is drawn as a distribution; several (one-hot, hashing, an indicator) as the mean
    /// of each, which for 0/1 columns is the share of rows that are 1.</remarks>
    public static BeforeAfterChart Build(DataColumn before, IReadOnlyList<DataColumn> after)
    {
        if (after.FirstOrDefault(c => c.Name == before.Name) is { } same) after = [same];
        if (after.Count == 1)
        {
            var (b, a, shared) = ValueDistribution.Pair(before, after[0]);
            var overlay = shared || (!b.IsHistogram && !a.IsHistogram && b.Labels.Intersect(a.Labels).Any());
            var traces = new List<ITrace> { Bars(b, "before", BeforeColor, 1, overlay), Bars(a, "after", AfterColor, overlay ? 1 : 2, overlay) };
            return new(traces, () => LayoutFor(overlay, before.Name, after[0].Name, overlay && (b.IsHistogram || a.IsHistogram), "% of rows"), overlay);
        }
        var means = new Bar
        {
            Name = "after (mean of each column)",
            X = after.Select(c => (object)PlotlyText.Escape(c.Name)).ToList(),
            Y = after.Select(c => (object)Math.Round(Mean(c), 6)).ToList(),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = AfterColor },
            XAxis = "x2", YAxis = "y2",
        };
        var title = after.Count == 0 ? "(dropped)" : $"{after.Count} output columns: mean (share of 1s)";
        return new([Bars(ValueDistribution.Of(before), "before", BeforeColor, 1, false), means],
            () => LayoutFor(false, before.Name, title, false, "mean"), false);
    }

    private static Bar Bars(ValueDistribution d, string name, string color, int panel, bool translucent)
    {
        var y = d.Counts.Select(c => (object)Math.Round(100.0 * c / Math.Max(1, d.Rows), 4)).ToList();
        var bar = new Bar
        {
            Name = name, Y = y, Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = color },
            XAxis = panel == 1 ? "x" : "x2", YAxis = panel == 1 ? "y" : "y2",
            Opacity = translucent ? 0.55m : 0.9m,
        };
        if (d.Edges is { } e)
        {
            bar.X = Enumerable.Range(0, d.Counts.Count).Select(i => (object)((e[i] + e[i + 1]) / 2)).ToList();
            bar.WidthArray = Enumerable.Range(0, d.Counts.Count).Select(i => (decimal?)(decimal)(e[i + 1] - e[i])).ToList();
        }
        else bar.X = d.Labels.Select(l => (object)PlotlyText.Escape(l)).ToList();
        return bar;
    }

    private static Layout LayoutFor(bool overlay, string before, string after, bool histogram, string afterY)
    {
        var xTitle = (string t) => new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = PlotlyText.Escape(t) };
        var yTitle = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "% of rows" };
        var layout = new Layout
        {
            BarMode = overlay && histogram ? BarModeEnum.Overlay : BarModeEnum.Group,
            BarGap = overlay && histogram ? 0m : 0.15m,
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.14m, X = 0 }],
            Margin = new Margin { L = 60, R = 20, T = 40, B = 70 },
        };
        if (overlay)
        {
            layout.XAxis = [new XAxis { Title = xTitle(before), AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }];
            layout.YAxis = [new YAxis { Title = yTitle, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }];
            return layout;
        }
        layout.XAxis =
        [
            new XAxis { Title = xTitle($"before: {before}"), Domain = [0, 0.46], AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True },
            new XAxis { Title = xTitle($"after: {after}"), Domain = [0.54, 1], Anchor = "y2", AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True },
        ];
        layout.YAxis =
        [
            new YAxis { Title = yTitle, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero },
            new YAxis { Anchor = "x2", Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = afterY }, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero },
        ];
        return layout;
    }

    private static double Mean(DataColumn column)
    {
        if (column.Numbers is not { } n) return 0;
        var present = n.Where(double.IsFinite).ToArray();
        return present.Length == 0 ? 0 : present.Average();
    }
}
