using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Workbench.Ml.Toy;

namespace Workbench.Web.Labs.Lab06;

/// <summary>Plotly traces of lab 06: toy points, and a learner's P(class 1) over the plane with the points on top.</summary>
public static class RegionCharts
{
    /// <summary>Colours of class 0 and class 1 (the ends of the region colour scale).</summary>
    public static readonly string[] ClassColors = ["#2166ac", "#b2182b"];

    private static readonly object[] Scale = [new object[] { 0, "#4393c3" }, new object[] { 0.5, "#f7f7f7" }, new object[] { 1, "#d6604d" }];

    /// <summary>The points of each class (train as circles, test as crosses when given).</summary>
    public static IList<ITrace> Points(ToyDataset train, ToyDataset? test = null)
    {
        var traces = new List<ITrace>();
        for (int label = 0; label <= 1; label++)
        {
            traces.Add(ClassPoints(train, label, $"train · class {label}", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Circle));
            if (test is not null)
                traces.Add(ClassPoints(test, label, $"test · class {label}", Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.X));
        }
        return traces;
    }

    /// <summary>P(class 1) as filled contours under the train and test points, with the 0.5 boundary drawn.</summary>
    public static IList<ITrace> Region(DecisionRegionSet set, DecisionRegion region)
    {
        var contour = new Contour
        {
            X = set.Grid.Xs.Select(v => (object)v).ToList(),
            Y = set.Grid.Ys.Select(v => (object)v).ToList(),
            Z = region.Probability.Select(row => (object)row.Select(v => (object)Math.Round(v, 4)).ToArray()).ToList(),
            ZMin = 0, ZMax = 1, ColorScale = Scale, ShowScale = false, NContours = 10, Opacity = 0.85m, Name = "P(class 1)",
            Line = new Plotly.Blazor.Traces.ContourLib.Line { Width = 0.5m, Color = "rgba(0,0,0,0.15)" },
        };
        var boundary = new Contour
        {
            X = contour.X, Y = contour.Y, Z = contour.Z, ShowScale = false, Name = "boundary (0.5)", HoverInfo = Plotly.Blazor.Traces.ContourLib.HoverInfoFlag.Skip,
            Contours = new Plotly.Blazor.Traces.ContourLib.Contours { Coloring = Plotly.Blazor.Traces.ContourLib.ContoursLib.ColoringEnum.None, Start = 0.5m, End = 0.5m, Size = 1 },
            Line = new Plotly.Blazor.Traces.ContourLib.Line { Width = 2, Color = "#222" },
        };
        return [contour, boundary, .. Points(set.Train, set.Test)];
    }

    /// <summary>A square-ish layout without legend for small multiples.</summary>
    public static Layout Small(string title) => new()
    {
        Title = new Title { Text = title },
        ShowLegend = false,
        Margin = new Margin { L = 35, R = 10, T = 56, B = 30 },
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "x1" } }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "x2" } }],
    };

    private static Scatter ClassPoints(ToyDataset data, int label, string name, Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum symbol)
    {
        var rows = Enumerable.Range(0, data.Count).Where(i => data.Labels[i] == label).ToList();
        return new Scatter
        {
            X = rows.Select(i => (object)data.X1[i]).ToList(), Y = rows.Select(i => (object)data.X2[i]).ToList(), Name = name,
            Mode = ModeFlag.Markers,
            Marker = new Marker { Color = ClassColors[label], Size = 5, Symbol = symbol, Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "white", Width = 0.5m } },
        };
    }
}
