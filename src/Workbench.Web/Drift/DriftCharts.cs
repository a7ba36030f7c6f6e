using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Web.Profiling;
using Workbench.Workspace.Drift;

namespace Workbench.Web.Drift;

/// <summary>Plotly traces and layouts of one column's drift: the test's bins overlaid, and the two ECDFs with the KS gap.</summary>
public static class DriftCharts
{
    /// <summary>Colour of the KS distance mark.</summary>
    public const string GapColor = "#d62728";

    private static readonly string[] Sides = ["reference", "current"];

    /// <summary>One bar trace per side over the bins the test used, as % of that side's rows.</summary>
    public static IList<ITrace> Histogram(ColumnBins bins, ColumnType type)
    {
        var traces = new List<ITrace>(2);
        for (int side = 0; side < 2; side++)
        {
            var shares = (side == 0 ? bins.Reference : bins.Current).Select(s => (object)Math.Round(100 * s, 4)).ToList();
            var bar = new Bar { Name = Sides[side], Y = shares, Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = ProfileCharts.SideColors[side] } };
            if (bins.Edges is { } e)
            {
                var centres = Enumerable.Range(0, bins.Count).Select(i => (e[i] + e[i + 1]) / 2);
                double scale = type == ColumnType.Date ? 86_400_000 : 1;
                bar.X = centres.Select(c => X(c, type)).ToList();
                bar.WidthArray = Enumerable.Range(0, bins.Count).Select(i => (decimal?)Decimal((e[i + 1] - e[i]) * scale)).ToList();
                bar.Opacity = 0.55m;
            }
            else
                bar.X = bins.Categories!.Select(c => (object)PlotlyText.Escape(c)).ToList();
            traces.Add(bar);
        }
        return traces;
    }

    /// <summary>The histogram's layout: overlaid bars for a histogram, side by side for categories.</summary>
    public static Layout HistogramLayout(ColumnBins bins, string column) => new()
    {
        BarMode = bins.Edges is null ? BarModeEnum.Group : BarModeEnum.Overlay,
        BarGap = bins.Edges is null ? 0.15m : 0m,
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.12m, X = 0 }],
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = PlotlyText.Escape(column) }, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "% of rows" }, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }],
        Margin = new Margin { L = 60, R = 20, T = 30, B = 55 },
    };

    /// <summary>Both ECDFs as steps, and the vertical segment where they are furthest apart (the KS distance D).</summary>
    public static IList<ITrace> Ecdf(ColumnDistribution d, ColumnType type)
    {
        var traces = new List<ITrace>(3);
        for (int side = 0; side < 2; side++)
        {
            var curve = side == 0 ? d.Reference : d.Current;
            traces.Add(new Scatter
            {
                Name = Sides[side],
                X = curve.X.Select(x => X(x, type)).ToList(),
                Y = curve.Y.Select(y => (object)y).ToList(),
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = ProfileCharts.SideColors[side], Width = 2, Shape = Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Hv },
            });
        }
        traces.Add(new Scatter
        {
            Name = $"KS distance D = {d.Ks.Distance.ToString("0.####", CultureInfo.InvariantCulture)}",
            X = [X(d.Ks.At, type), X(d.Ks.At, type)],
            Y = [d.Ks.ReferenceShare, d.Ks.CurrentShare],
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = GapColor, Width = 3, Dash = "dot" },
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = GapColor, Size = 8 },
        });
        return traces;
    }

    /// <summary>The ECDF chart's layout: shares from 0 to 1 on the y axis.</summary>
    public static Layout EcdfLayout(string column) => new()
    {
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.12m, X = 0 }],
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = PlotlyText.Escape(column) }, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "share of rows ≤ x" }, Range = [0, 1.02] }],
        Margin = new Margin { L = 60, R = 20, T = 30, B = 55 },
    };

    private static object X(double value, ColumnType type) => type == ColumnType.Date ? DateValues.Format(value) : value;

    private static decimal Decimal(double value) => double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? (decimal)value : 0m;
}
