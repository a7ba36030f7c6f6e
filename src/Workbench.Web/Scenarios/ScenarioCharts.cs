using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Scenarios;

namespace Workbench.Web.Scenarios;

/// <summary>Plotly traces and layouts of a scenario's course over time (one line per chart, one point per period).</summary>
public static class ScenarioCharts
{
    /// <summary>Line colour of the default rate.</summary>
    public const string RateColor = "#d62728";

    /// <summary>Line colour of a feature's mean.</summary>
    public const string MeanColor = "#1f77b4";

    /// <summary>A line over the periods (empty periods are gaps).</summary>
    public static IList<ITrace> Line(ScenarioSeries series, IReadOnlyList<double> values, string name, string color) =>
    [
        new Scatter
        {
            Name = name,
            X = series.Starts.Select(d => (object)d.ToString("yyyy-MM-dd")).ToList(),
            Y = values.Select(v => double.IsNaN(v) ? null : (object)Math.Round(v, 6)).ToList(),
            Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = color, Width = 2 },
            Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = color, Size = 4 },
        },
    ];

    /// <summary>A time axis and a titled value axis; shares get a percent axis starting at zero.</summary>
    public static Layout Layout(string title, bool share) => new()
    {
        Title = new Title { Text = title, X = 0m, XAnchor = Plotly.Blazor.LayoutLib.TitleLib.XAnchorEnum.Left },
        ShowLegend = false,
        XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date }],
        YAxis = [share
            ? new YAxis { TickFormat = ".1%", RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }
            : new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
        Margin = new Margin { L = 60, R = 20, T = 40, B = 40 },
    };
}
