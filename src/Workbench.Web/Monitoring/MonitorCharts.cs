using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Monitoring;
using Workbench.Web.Profiling;

namespace Workbench.Web.Monitoring;

/// <summary>Plotly traces of a monitoring report over its batches: one value per batch, with the threshold as a line.</summary>
public static class MonitorCharts
{
    /// <summary>Colour of threshold and reference lines.</summary>
    public const string ThresholdColor = "#d62728";

    /// <summary>A line over the batches known at <paramref name="now"/> (values of later batches are not drawn).</summary>
    public static Scatter Series(IReadOnlyList<MonitoredBatch> batches, Func<MonitoredBatch, double?> value, string name, string color,
        int now, Func<MonitoredBatch, int>? knownAt = null, bool dash = false)
    {
        var shown = batches.Where(b => (knownAt?.Invoke(b) ?? b.Index) <= now && value(b) is { } v && double.IsFinite(v)).ToList();
        return new Scatter
        {
            Name = PlotlyText.Escape(name),
            X = shown.Select(b => (object)PlotlyText.Escape(b.Label)).ToList(),
            Y = shown.Select(b => (object)value(b)!.Value).ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = color, Width = 2, Dash = dash ? "dot" : "solid" },
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = color, Size = 6 },
        };
    }

    /// <summary>A horizontal dashed line across every batch (a threshold or the reference value).</summary>
    public static Scatter Level(IReadOnlyList<MonitoredBatch> batches, double level, string name, string color = ThresholdColor) => new()
    {
        Name = PlotlyText.Escape(name),
        X = batches.Select(b => (object)PlotlyText.Escape(b.Label)).ToList(),
        Y = batches.Select(_ => (object)level).ToList(),
        Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
        Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = color, Width = 1.5m, Dash = "dash" },
        HoverInfo = Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Name | Plotly.Blazor.Traces.ScatterLib.HoverInfoFlag.Y,
    };

    /// <summary>Red markers on the batches that raised an alert of <paramref name="kind"/> known at <paramref name="now"/>.</summary>
    public static Scatter AlertMarkers(IReadOnlyList<MonitoredBatch> batches, IReadOnlyList<MonitoringAlert> alerts, AlertKind kind,
        string? subject, Func<MonitoredBatch, double?> value, int now)
    {
        var hit = alerts.Where(a => a.Kind == kind && (subject is null || a.Subject == subject) && a.RaisedAtBatch <= now)
            .Select(a => a.Batch).ToHashSet();
        var shown = batches.Where(b => hit.Contains(b.Index) && value(b) is { } v && double.IsFinite(v)).ToList();
        return new Scatter
        {
            Name = "alert",
            X = shown.Select(b => (object)PlotlyText.Escape(b.Label)).ToList(),
            Y = shown.Select(b => (object)value(b)!.Value).ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = ThresholdColor, Size = 12, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen },
        };
    }

    /// <summary>The layout of a chart over batches.</summary>
    public static Layout Over(string yTitle, bool logY = false, string? rightTitle = null) => new()
    {
        YAxis = rightTitle is null
            ? [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, Type = logY ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Linear }]
            : [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero },
               new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = rightTitle }, Overlaying = "y", Side = Plotly.Blazor.LayoutLib.YAxisLib.SideEnum.Right, ShowGrid = false }],
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.15m, X = 0 }],
        XAxis = [new XAxis { Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "batch" }, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True, Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category }],
        Margin = new Margin { L = 60, R = rightTitle is null ? 20 : 60, T = 30, B = 70 },
    };

    /// <summary>Draws a trace against the right-hand y axis.</summary>
    public static Scatter OnRightAxis(Scatter trace)
    {
        trace.YAxis = "y2";
        return trace;
    }

    /// <summary>Colour of the main series.</summary>
    public static string Main => ProfileCharts.SideColors[1];

    /// <summary>Colour of a secondary series.</summary>
    public static string Second => ProfileCharts.SideColors[0];
}
