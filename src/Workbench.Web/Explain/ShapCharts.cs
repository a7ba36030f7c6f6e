using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Explain.Display;
using Workbench.Web.Profiling;
using ScatterMarker = Plotly.Blazor.Traces.ScatterLib.Marker;

namespace Workbench.Web.Explain;

/// <summary>Plotly traces of SHAP values: waterfall, beeswarm, mean |SHAP| bars, dependence scatter and heatmap.</summary>
/// <remarks>Values are on the model's raw output scale (log-odds for binary); the probability view only relabels axis
/// ticks with σ(value), as shap's plots do with link="logit".</remarks>
public static class ShapCharts
{
    /// <summary>Red: pushes the output up. Blue: pushes it down (shap's colours).</summary>
    public const string Up = "#ff0d57", Down = "#1e88e5";

    /// <summary>Contributions: blue below 0, pale at 0, red above (the waterfall's colours).</summary>
    public static readonly object[] ContributionScale = [new object[] { 0, Down }, new object[] { 0.5, "#ececec" }, new object[] { 1, Up }];

    /// <summary>shap's blue-to-red feature-value scale.</summary>
    public static readonly object[] ValueScale = [new object[] { 0, "#008bfb" }, new object[] { 1, "#ff0052" }];

    /// <summary>One row's waterfall, horizontal: E[f(X)] marked at the top, one bar per contribution starting there, and
    /// the total bar from E[f(X)] to f(x) at the bottom (as shap's waterfall, the bars never start at 0).</summary>
    public static IList<ITrace> Waterfall(ShapWaterfall w)
    {
        var labels = w.Steps.Select(s => (object)PlotlyText.Escape(s.Label)).Append("f(x)").ToList();
        var values = w.Steps.Select(s => (object)s.Contribution).Append(0.0).ToList();
        var measure = w.Steps.Select(_ => (object)"relative").Append("total").ToList();
        return
        [
            new Waterfall
            {
                Orientation = Plotly.Blazor.Traces.WaterfallLib.OrientationEnum.H,
                Y = labels, X = values, Measure = measure, Base = (decimal)w.BaseValue,
                TextArray = w.Steps.Select(s => Signed(s.Contribution)).Append(Number(w.Output)).ToList(),
                TextPosition = Plotly.Blazor.Traces.WaterfallLib.TextPositionEnum.Outside,
                Increasing = new Plotly.Blazor.Traces.WaterfallLib.Increasing { Marker = new Plotly.Blazor.Traces.WaterfallLib.IncreasingLib.Marker { Color = Up } },
                Decreasing = new Plotly.Blazor.Traces.WaterfallLib.Decreasing { Marker = new Plotly.Blazor.Traces.WaterfallLib.DecreasingLib.Marker { Color = Down } },
                Totals = new Plotly.Blazor.Traces.WaterfallLib.Totals { Marker = new Plotly.Blazor.Traces.WaterfallLib.TotalsLib.Marker { Color = "#7f7f7f" } },
                Connector = new Plotly.Blazor.Traces.WaterfallLib.Connector { Line = new Plotly.Blazor.Traces.WaterfallLib.ConnectorLib.Line { Color = "#9e9e9e", Width = 1 } },
                HoverTemplate = "%{y}<br>%{x:+.4f}<extra></extra>",
            },
            new Scatter
            {
                Name = "E[f(X)]", X = [w.BaseValue], Y = ["E[f(X)]"], TextArray = [Number(w.BaseValue)],
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Text,
                TextPosition = Plotly.Blazor.Traces.ScatterLib.TextPositionEnum.MiddleRight,
                Marker = new ScatterMarker { Color = "#7f7f7f", Size = 12, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond },
                HoverTemplate = "E[f(X)] = %{x:.4f}<extra></extra>",
            },
        ];
    }

    /// <summary>The waterfall's layout: categories top to bottom, the output axis in raw or probability units, with room
    /// for the value labels on both sides.</summary>
    /// <param name="link">For the probability view: P = σ(slope · raw + intercept), the model's calibration of its raw score.</param>
    public static Layout WaterfallLayout(ShapWaterfall w, string outputName, bool probability, (double Slope, double Intercept)? link = null)
    {
        var cumulative = new List<double> { w.BaseValue };
        foreach (var s in w.Steps) cumulative.Add(cumulative[^1] + s.Contribution);
        double min = cumulative.Min(), max = cumulative.Max(), pad = Math.Max(0.1, (max - min) * 0.2);
        var x = new XAxis
        {
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = PlotlyText.Escape(probability ? $"{outputName}, labelled as probability" : outputName) },
            Range = [min - pad, max + pad], AutoRange = Plotly.Blazor.LayoutLib.XAxisLib.AutoRangeEnum.False,
        };
        if (probability) ProbabilityTicks(x, min - pad, max + pad, link ?? (1, 0));
        var categories = w.Steps.Select(s => (object)PlotlyText.Escape(s.Label)).Prepend("E[f(X)]").Append("f(x)").ToList();
        return new Layout
        {
            ShowLegend = false,
            XAxis = [x],
            YAxis = [new YAxis
            {
                AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
                CategoryOrder = Plotly.Blazor.LayoutLib.YAxisLib.CategoryOrderEnum.Array, CategoryArray = categories,
            }],
            Margin = new Margin { L = 160, R = 40, T = 20, B = 55 },
        };
    }

    /// <summary>Mean |SHAP value| per feature, largest at the top.</summary>
    public static IList<ITrace> Bar(IReadOnlyList<string> players, double[] meanAbsolute, int[] ranking) =>
    [
        new Bar
        {
            Orientation = Plotly.Blazor.Traces.BarLib.OrientationEnum.H,
            Y = ranking.Select(j => (object)PlotlyText.Escape(players[j])).ToList(),
            X = ranking.Select(j => (object)meanAbsolute[j]).ToList(),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = Up },
            TextArray = ranking.Select(j => Number(meanAbsolute[j])).ToList(),
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Outside,
        },
    ];

    /// <summary>Layout of the bar chart (and of the beeswarm): features top to bottom by importance.</summary>
    public static Layout FeatureRowsLayout(string xTitle, IReadOnlyList<string>? tickNames = null) => new()
    {
        ShowLegend = false,
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = xTitle }, ZeroLine = true }],
        YAxis = [tickNames is null
            ? new YAxis { AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }
            : new YAxis
            {
                AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
                TickMode = Plotly.Blazor.LayoutLib.YAxisLib.TickModeEnum.Array,
                TickVals = Enumerable.Range(0, tickNames.Count).Select(i => (object)i).ToList(),
                TickText = tickNames.Select(n => (object)PlotlyText.Escape(n)).ToList(),
            }],
        Margin = new Margin { L = 160, R = 40, T = 20, B = 55 },
    };

    /// <summary>The beeswarm: one dot per row and feature at its SHAP value, coloured by the feature's value (grey when
    /// missing or text), features ordered by importance; the picked row drawn as black rings.</summary>
    /// <param name="values">Rows × players SHAP values.</param>
    /// <param name="colour">Per player, the rows' values scaled to [0, 1] (NaN = grey).</param>
    public static IList<ITrace> Beeswarm(IReadOnlyList<string> players, IReadOnlyList<double[]> values, IReadOnlyList<double[]> colour,
        int[] ranking, int? pickedRow)
    {
        var coloured = new Points();
        var grey = new Points();
        for (var rank = 0; rank < ranking.Length; rank++)
        {
            var j = ranking[rank];
            for (var r = 0; r < values.Count; r++)
            {
                var y = rank + Jitter(r, j);
                var c = colour[j][r];
                (double.IsNaN(c) ? grey : coloured).Add(values[r][j], y, c, r);
            }
        }
        var traces = new List<ITrace>
        {
            new Scatter
            {
                Name = "feature value", X = coloured.X, Y = coloured.Y, CustomData = coloured.Rows,
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                Marker = new ScatterMarker
                {
                    ColorArray = coloured.C, ColorScale = ValueScale, CMin = 0, CMax = 1, Size = 5, Opacity = 0.8m, ShowScale = true,
                    ColorBar = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.ColorBar
                    {
                        TickMode = Plotly.Blazor.Traces.ScatterLib.MarkerLib.ColorBarLib.TickModeEnum.Array,
                        TickVals = [0, 1], TickText = ["low", "high"], Thickness = 12,
                        Title = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.ColorBarLib.Title { Text = "feature value" },
                    },
                },
                HoverTemplate = "row %{customdata}<br>SHAP %{x:.4f}<extra></extra>",
            },
            new Scatter
            {
                Name = "missing or text", X = grey.X, Y = grey.Y, CustomData = grey.Rows,
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                Marker = new ScatterMarker { Color = "#9e9e9e", Size = 5, Opacity = 0.6m },
                HoverTemplate = "row %{customdata}<br>SHAP %{x:.4f}<extra></extra>",
            },
        };
        if (pickedRow is { } p && p >= 0 && p < values.Count)
            traces.Add(Picked(ranking.Select(j => values[p][j]), ranking.Select((j, rank) => rank + Jitter(p, j)), $"row {p}"));
        return traces;
    }

    /// <summary>Dependence scatter: the feature's value against its SHAP value, coloured by the interacting feature.</summary>
    /// <param name="x">The feature's values (NaN rows are left out).</param>
    /// <param name="shap">The feature's SHAP values.</param>
    /// <param name="colour">The interacting feature's scaled values, or null for one colour.</param>
    public static IList<ITrace> Dependence(double[] x, double[] shap, double[]? colour, string? colourName, int? pickedRow)
    {
        var rows = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i])).ToList();
        var marker = colour is null
            ? new ScatterMarker { Color = Up, Size = 6, Opacity = 0.7m }
            : new ScatterMarker
            {
                ColorArray = rows.Select(i => (object)(double.IsNaN(colour[i]) ? 0.5 : colour[i])).ToList(),
                ColorScale = ValueScale, CMin = 0, CMax = 1, Size = 6, Opacity = 0.75m, ShowScale = true,
                ColorBar = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.ColorBar
                {
                    Thickness = 12, TickMode = Plotly.Blazor.Traces.ScatterLib.MarkerLib.ColorBarLib.TickModeEnum.Array, TickVals = [0, 1], TickText = ["low", "high"],
                    Title = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.ColorBarLib.Title { Text = PlotlyText.Escape(colourName) },
                },
            };
        var traces = new List<ITrace>
        {
            new Scatter
            {
                Name = "rows", X = rows.Select(i => (object)x[i]).ToList(), Y = rows.Select(i => (object)shap[i]).ToList(),
                CustomData = rows.Select(i => (object)i).ToList(), Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers, Marker = marker,
                HoverTemplate = "row %{customdata}<br>value %{x}<br>SHAP %{y:.4f}<extra></extra>",
            },
        };
        if (pickedRow is { } p && p >= 0 && p < x.Length && !double.IsNaN(x[p]))
            traces.Add(Picked([x[p]], [shap[p]], $"row {p}"));
        return traces;
    }

    /// <summary>Rows × features heatmap of SHAP values (rows ordered by output), on a scale centred at 0: red pushes the
    /// output up, blue down.</summary>
    public static IList<ITrace> Heatmap(IReadOnlyList<string> players, IReadOnlyList<double[]> values, int[] ranking, int[] rowOrder) =>
    [
        new HeatMap
        {
            X = Enumerable.Range(0, rowOrder.Length).Select(i => (object)i).ToList(),
            Y = ranking.Select(j => (object)PlotlyText.Escape(players[j])).ToList(),
            Z = ranking.Select(j => (object)rowOrder.Select(r => (object)Math.Round(values[r][j], 6)).ToArray()).ToList(),
            ZMid = 0, ColorScale = ContributionScale,
            HoverTemplate = "%{y}<br>SHAP %{z:.4f}<extra></extra>",
        },
    ];

    /// <summary>Layout of the heatmap: rows along x (by decreasing output), columns top to bottom by importance.</summary>
    public static Layout HeatmapLayout(int rows) => new()
    {
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = $"explained rows by decreasing output ({rows})" }, ShowGrid = false }],
        YAxis = [new YAxis { AutoRange = Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
        Margin = new Margin { L = 160, R = 20, T = 20, B = 55 },
    };

    /// <summary>Relabels an axis in probability units: ticks at raw values r whose σ(slope · r + intercept) is a round share.</summary>
    public static void ProbabilityTicks(XAxis axis, double min, double max, (double Slope, double Intercept) link)
    {
        var shares = new[] { 0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999 };
        var raw = shares.Select(p => (Math.Log(p / (1 - p)) - link.Intercept) / link.Slope).ToArray();
        var inside = Enumerable.Range(0, raw.Length).Where(i => raw[i] >= Math.Min(min, max) && raw[i] <= Math.Max(min, max)).ToList();
        axis.TickMode = Plotly.Blazor.LayoutLib.XAxisLib.TickModeEnum.Array;
        axis.TickVals = inside.Select(i => (object)raw[i]).ToList();
        axis.TickText = inside.Select(i => (object)shares[i].ToString("0.###", CultureInfo.InvariantCulture)).ToList();
    }

    private static Scatter Picked(IEnumerable<double> x, IEnumerable<double> y, string name) => new()
    {
        Name = name, X = x.Select(v => (object)v).ToList(), Y = y.Select(v => (object)v).ToList(),
        Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
        Marker = new ScatterMarker
        {
            Color = "rgba(0,0,0,0)", Size = 13,
            Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = "#111", Width = 2.5m },
        },
        HoverTemplate = $"{name}<extra></extra>",
    };

    /// <summary>A fixed vertical offset in (−0.35, 0.35) per row and feature, so dots spread without randomness.</summary>
    private static double Jitter(int row, int player)
    {
        var h = (uint)(row * 2654435761u) ^ (uint)(player * 40503u);
        h ^= h >> 15; h *= 2246822519u; h ^= h >> 13;
        return (h / (double)uint.MaxValue - 0.5) * 0.7;
    }

    private static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.###", CultureInfo.InvariantCulture);

    private sealed class Points
    {
        public List<object> X { get; } = [];
        public List<object> Y { get; } = [];
        public List<object> C { get; } = [];
        public List<object> Rows { get; } = [];

        public void Add(double x, double y, double c, int row)
        {
            X.Add(x); Y.Add(y); C.Add(c); Rows.Add(row);
        }
    }
}
