using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Training;

namespace Workbench.Web.Labs.Lab05;

/// <summary>The honest and the leaky score as two bars.</summary>
public static class LeakageChart
{
    /// <summary>Two bars: honest (green) and leaky (red), with their values.</summary>
    public static IList<ITrace> Bars(LeakageComparison r) =>
    [
        new Bar
        {
            X = ["honest", "leaky"],
            Y = [r.HonestScore, r.LeakyScore],
            TextArray = [N(r.HonestScore), N(r.LeakyScore)],
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Outside,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { ColorArray = ["#2ca02c", "#d62728"] },
        },
    ];

    /// <summary>The y axis starts near the lower score so the gap is visible, and says which way is better.</summary>
    public static Layout Layout(LeakageComparison r)
    {
        var low = Math.Min(r.HonestScore, r.LeakyScore);
        var high = Math.Max(r.HonestScore, r.LeakyScore);
        var pad = Math.Max(0.02, (high - low) * 0.6);
        return new Layout
        {
            ShowLegend = false,
            YAxis = [new YAxis
            {
                Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = $"{r.Metric} ({(r.HigherIsBetter ? "higher" : "lower")} is better)" },
                Range = [Math.Max(r.Metric is "roc_auc" or "accuracy" ? 0 : double.MinValue, low - pad), high + pad],
            }],
            Margin = new Margin { L = 70, R = 20, T = 20, B = 40 },
        };
    }

    private static string N(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
}
