using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using Workbench.Ml.Metrics;
using Workbench.Web.Profiling;

namespace Workbench.Web.Experiments;

/// <summary>Plotly traces and layouts of evaluation charts: ROC, precision-recall, calibration, confusion heatmap,
/// predicted-vs-actual and residuals.</summary>
public static class EvaluationCharts
{
    private const string Blue = "#1f77b4", Orange = "#ff7f0e", Grey = "#8c8c8c";

    /// <summary>The ROC curve with the chance diagonal and the point of the current threshold.</summary>
    public static IList<ITrace> Roc(RocCurve roc, BinaryConfusion atThreshold) =>
    [
        Line([0.0, 1.0], [0.0, 1.0], "chance", Grey, dash: "dot"),
        Line(roc.FalsePositiveRates, roc.TruePositiveRates, $"ROC (AUC {roc.Area():0.000})", Blue),
        Point(atThreshold.FalsePositiveRate, atThreshold.Recall, "threshold"),
    ];

    /// <summary>The precision-recall curve with the positive share as baseline and the current threshold's point.</summary>
    public static IList<ITrace> PrecisionRecall(PrecisionRecallCurve pr, BinaryConfusion atThreshold) =>
    [
        Line([0.0, 1.0], [Share(atThreshold), Share(atThreshold)], "positive share", Grey, dash: "dot"),
        Line(pr.Recalls, pr.Precisions, $"PR (AP {pr.AveragePrecision():0.000})", Blue, hv: true),
        Point(atThreshold.Recall, atThreshold.Precision, "threshold"),
    ];

    /// <summary>The calibration (reliability) curve against the diagonal of perfect calibration.</summary>
    public static IList<ITrace> Calibration(CalibrationCurve curve) =>
    [
        Line([0.0, 1.0], [0.0, 1.0], "perfectly calibrated", Grey, dash: "dot"),
        new Scatter
        {
            X = Box(curve.MeanPredicted), Y = Box(curve.FractionPositive), Name = "model", Mode = ModeFlag.Lines | ModeFlag.Markers,
            Line = new Line { Color = Blue, Width = 2 }, Marker = new Marker { Color = Blue, Size = 7 },
            TextArray = curve.Counts.Select(c => $"{c} rows").ToList(),
        },
    ];

    /// <summary>A confusion matrix heatmap: rows are true classes (top first), columns predicted, cell text the count.</summary>
    public static IList<ITrace> Confusion(IReadOnlyList<string> classes, long[][] counts)
    {
        var names = classes.Select(c => (object)PlotlyText.Escape(c)).ToList();
        return
        [
            new HeatMap
            {
                X = names, Y = names, Z = counts.Select(row => (object)row.Select(v => (object)v).ToArray()).ToList(),
                ColorScale = "Blues", ReverseScale = true, XGap = 1, YGap = 1, TextTemplate = "%{z}", ShowScale = false,
            },
        ];
    }

    /// <summary>Predicted against actual values with the line of perfect prediction.</summary>
    public static IList<ITrace> PredictedVsActual(double[] actual, double[] predicted)
    {
        double lo = Math.Min(actual.Min(), predicted.Min()), hi = Math.Max(actual.Max(), predicted.Max());
        return [Line([lo, hi], [lo, hi], "perfect", Grey, dash: "dot"), Points(actual, predicted, "rows")];
    }

    /// <summary>Residuals (actual − predicted) against predicted values, with the zero line.</summary>
    public static IList<ITrace> Residuals(double[] actual, double[] predicted)
    {
        var residuals = actual.Zip(predicted, (a, p) => a - p).ToArray();
        return [Line([predicted.Min(), predicted.Max()], [0.0, 0.0], "zero", Grey, dash: "dot"), Points(predicted, residuals, "rows")];
    }

    /// <summary>A layout with axis titles and both axes from 0 to 1 when <paramref name="unit"/> is set.</summary>
    public static Layout Axes(string x, string y, bool unit = false, bool reversedY = false) => new()
    {
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = x }, Range = unit ? [-0.02, 1.02] : null, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
        YAxis = [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = y }, Range = unit ? [-0.02, 1.02] : null,
            AutoRange = reversedY ? Plotly.Blazor.LayoutLib.YAxisLib.AutoRangeEnum.Reversed : null, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.25m }],
        Margin = new Margin { L = 60, R = 20, T = 20, B = 60 },
    };

    private static double Share(BinaryConfusion c) => c.Total == 0 ? 0 : (double)c.Positives / c.Total;

    private static List<object> Box(IEnumerable<double> values) => values.Select(v => (object)v).ToList();

    private static Scatter Line(double[] x, double[] y, string name, string color, string? dash = null, bool hv = false) => new()
    {
        X = Box(x), Y = Box(y), Name = name, Mode = ModeFlag.Lines,
        Line = new Line { Color = color, Width = 2, Dash = dash, Shape = hv ? Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Vh : null },
    };

    private static Scatter Point(double x, double y, string name) => new()
    {
        X = [x], Y = [y], Name = name, Mode = ModeFlag.Markers, Marker = new Marker { Color = Orange, Size = 12, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond },
    };

    private static Scatter Points(double[] x, double[] y, string name) => new()
    {
        X = Box(x), Y = Box(y), Name = name, Mode = ModeFlag.Markers, Marker = new Marker { Color = Blue, Size = 5, Opacity = 0.6m },
    };
}
