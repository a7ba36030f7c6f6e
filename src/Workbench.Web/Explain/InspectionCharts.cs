using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Web.Profiling;

namespace Workbench.Web.Explain;

/// <summary>Plotly traces of partial dependence (1-D with ICE curves, 2-D as a contour) and permutation importance.</summary>
public static class InspectionCharts
{
    /// <summary>Colour of the average (PDP) curve.</summary>
    public const string Average = "#d62728";

    /// <summary>ICE curves as thin lines (centred at the first grid point when asked) and their mean, the PDP, bold.</summary>
    /// <param name="grid">The grid values: numbers, or category names for a text column.</param>
    /// <param name="ice">Per row, the output along the grid; null for the PDP alone.</param>
    public static IList<ITrace> PartialDependence(IReadOnlyList<object> grid, double[] average, IReadOnlyList<double[]>? ice, bool centred)
    {
        var traces = new List<ITrace>();
        var shift = centred && average.Length > 0 ? average[0] : 0;
        if (ice is not null)
            for (var r = 0; r < ice.Count; r++)
            {
                var start = centred ? ice[r][0] : 0;
                traces.Add(new Scatter
                {
                    Name = "ICE", LegendGroup = "ice", ShowLegend = r == 0,
                    X = grid.ToList(), Y = ice[r].Select(v => (object)(v - start)).ToList(),
                    Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                    Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = "rgba(31,119,180,0.18)", Width = 1 },
                    HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Skip,
                });
            }
        traces.Add(new Scatter
        {
            Name = centred ? "average (centred PDP)" : "average (PDP)",
            X = grid.ToList(), Y = average.Select(v => (object)(v - shift)).ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = Average, Width = 3 },
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = Average, Size = 4 },
        });
        return traces;
    }

    /// <summary>A 2-D partial dependence as a filled contour over the two grids.</summary>
    /// <param name="values">values[i][j] = mean output with the first feature at gridX[i] and the second at gridY[j].</param>
    public static IList<ITrace> PartialDependence2D(double[] gridX, double[] gridY, IReadOnlyList<double[]> values) =>
    [
        new Contour
        {
            X = gridX.Select(v => (object)v).ToList(), Y = gridY.Select(v => (object)v).ToList(),
            // Plotly's z is indexed [y][x].
            Z = Enumerable.Range(0, gridY.Length).Select(j => (object)Enumerable.Range(0, gridX.Length).Select(i => (object)values[i][j]).ToArray()).ToList(),
            ColorScale = "Viridis",
            ColorBar = new Plotly.Blazor.Traces.ContourLib.ColorBar { Thickness = 12 },
        },
    ];

    /// <summary>Layout with axis titles.</summary>
    public static Layout Axes(string x, string y, bool legend = true) => new()
    {
        ShowLegend = legend,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.12m, X = 0 }],
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = PlotlyText.Escape(x) } }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = PlotlyText.Escape(y) } }],
        Margin = new Margin { L = 70, R = 20, T = 30, B = 55 },
    };

    /// <summary>A horizontal box per feature over the importance of every repeat, most important at the top.</summary>
    /// <param name="repeats">Per feature, the importance of each repeat.</param>
    public static IList<ITrace> Importance(IReadOnlyList<string> features, IReadOnlyList<double[]> repeats, int[] order) =>
        order.Select(j => (ITrace)new Box
        {
            Name = PlotlyText.Escape(features[j]),
            X = repeats[j].Select(v => (object)v).ToList(),
            Y = repeats[j].Select(_ => (object)PlotlyText.Escape(features[j])).ToList(),
            Orientation = Plotly.Blazor.Traces.BoxLib.OrientationEnum.H,
            BoxPoints = Plotly.Blazor.Traces.BoxLib.BoxPointsEnum.All,
            Jitter = 0.4m, PointPos = 0,
            Marker = new Plotly.Blazor.Traces.BoxLib.Marker { Color = "#1f77b4", Size = 4 },
            Line = new Plotly.Blazor.Traces.BoxLib.Line { Color = "#1f77b4" },
            ShowLegend = false,
        }).ToList();

    /// <summary>Layout of the importance box plot.</summary>
    public static Layout ImportanceLayout(string score) => new()
    {
        ShowLegend = false,
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = $"drop in {score} when the column is shuffled" }, ZeroLine = true }],
        YAxis = [new YAxis { AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
        Margin = new Margin { L = 160, R = 20, T = 20, B = 55 },
    };
}
