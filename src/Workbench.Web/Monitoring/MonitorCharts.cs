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

    /// <summary>Colour of the "significant shift" level (PSI 0.25), darker than the alert threshold.</summary>
    public const string SignificantColor = "#8c564b";

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
    public static Scatter Level(IReadOnlyList<MonitoredBatch> batches, double level, string name, string color = ThresholdColor,
        bool showLegend = true) => new()
    {
        Name = PlotlyText.Escape(name),
        ShowLegend = showLegend,
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

    /// <summary>The layout of a chart over batches: every batch on the x axis (so the axis stays put as "now" moves),
    /// the legend above the plot, and an optional right axis coloured like the series drawn on it.</summary>
    public static Layout Over(IReadOnlyList<MonitoredBatch> batches, string yTitle, string? rightTitle = null) => new()
    {
        YAxis = rightTitle is null
            ? [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }]
            : [new YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = yTitle }, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero,
                    AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True },
               new YAxis
               {
                   Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = rightTitle, Font = new Plotly.Blazor.LayoutLib.YAxisLib.TitleLib.Font { Color = Second } },
                   TickFont = new Plotly.Blazor.LayoutLib.YAxisLib.TickFont { Color = Second },
                   Overlaying = "y", Side = Plotly.Blazor.LayoutLib.YAxisLib.SideEnum.Right, ShowGrid = false,
                   AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True,
               }],
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, X = 0, Y = 1.02m,
            YAnchor = Plotly.Blazor.LayoutLib.LegendLib.YAnchorEnum.Bottom }],
        XAxis = [new XAxis
        {
            Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = "batch" },
            AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True,
            Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category,
            CategoryOrder = Plotly.Blazor.LayoutLib.XAxisLib.CategoryOrderEnum.Array,
            CategoryArray = batches.Select(b => (object)PlotlyText.Escape(b.Label)).ToList(),
        }],
        Margin = new Margin { L = 60, R = rightTitle is null ? 20 : 60, T = 64, B = 60 },
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
