using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Workbench.Ml.Metrics;
using Workbench.Web.Shell;

namespace Workbench.Web.Labs.Lab01;

/// <summary>Lab 01's log-loss calculator.</summary>
public partial class LogLossCalculator
{
    /// <summary>The course's worked example: the loss of a positive example at these probabilities.</summary>
    public static readonly double[] WorkedExample = [0.9, 0.5, 0.1];

    private static readonly IReadOnlyList<double> Grid = Enumerable.Range(1, 199).Select(i => i / 200.0).ToList();
    private IList<ITrace> traces = [];

    /// <summary>The predicted probability of class 1, between 0 and 1.</summary>
    /// <remarks>Default 0.9, the first row of the course's worked example.</remarks>
    [Parameter] public double Probability { get; set; } = 0.9;

    /// <summary>The true label, 0 or 1.</summary>
    [Parameter] public int Label { get; set; } = 1;

    private double Clipped => LogLoss.Clip(Math.Clamp(Probability, 0, 1));

    private double Loss => LogLoss.Single(Math.Clamp(Probability, 0, 1), Label);

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);

    protected override void OnParametersSet() => traces = BuildTraces();

    private void SetProbability(double p)
    {
        Probability = Math.Clamp(p, 0, 1);
        traces = BuildTraces();
    }

    private void SetLabel(int y)
    {
        Label = y;
        traces = BuildTraces();
    }

    private IList<ITrace> BuildTraces() =>
    [
        Curve("y = 1: −ln(p)", 1, "#4a86c5"),
        Curve("y = 0: −ln(1 − p)", 0, "#d9692c"),
        new Scatter
        {
            Name = "your prediction", X = [Probability], Y = [Loss],
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = "#3f8f6b", Size = 12 },
        },
    ];

    private static Scatter Curve(string name, int label, string color) => new()
    {
        Name = name,
        X = Grid.Cast<object>().ToList(),
        Y = Grid.Select(p => (object)LogLoss.Single(p, label)).ToList(),
        Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
        Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = color, Width = 2 },
    };

    private static void StyleTrace(ITrace trace, ChartSizes sizes)
    {
        if (trace is not Scatter s) return;
        if (s.Line is not null) s.Line.Width = (decimal)sizes.LineWidth;
        if (s.Marker is not null) s.Marker.Size = sizes.MarkerSize + 4;
    }

    private static Layout BuildLayout() => new()
    {
        Title = new Plotly.Blazor.LayoutLib.Title { Text = "Log loss against p" },
        XAxis = [new Plotly.Blazor.LayoutLib.XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "p (predicted probability of class 1)" }, Range = [0, 1] }],
        YAxis = [new Plotly.Blazor.LayoutLib.YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "loss" }, Range = [0, 5.5] }],
        Legend = [new Plotly.Blazor.LayoutLib.Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.V, X = 0.5m, Y = 0.98m,
            XAnchor = Plotly.Blazor.LayoutLib.LegendLib.XAnchorEnum.Center, YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Top }],
    };
}
