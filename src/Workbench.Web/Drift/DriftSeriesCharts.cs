using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Drift;
using Workbench.Ml.Drift.Windows;
using Workbench.Web.Profiling;

namespace Workbench.Web.Drift;

/// <summary>One column's statistic (or p-value) over successive window pairs, with the threshold line and the drifted pairs marked.</summary>
public static class DriftSeriesCharts
{
    /// <summary>The label of a pair on the x axis: "2019 → 2020".</summary>
    public static string PairLabel(DriftSeriesResult result, WindowPairDrift pair) =>
        $"{result.Windows[pair.Reference].Label} → {result.Windows[pair.Current].Label}";

    /// <summary>True when the chart can show p-values: the column's test gives them in at least one pair.</summary>
    public static bool HasPValues(DriftSeriesResult result, string column) =>
        result.Pairs.Any(p => result.Column(p, column)?.PValue is not null);

    /// <summary>The line of the column's values over the pairs (pairs without a result are gaps), drifted pairs as large
    /// red markers, and the threshold as a dashed line where it applies to what is shown.</summary>
    public static IList<ITrace> Series(DriftSeriesResult result, string column, bool pValues)
    {
        var labels = result.Pairs.Select(p => (object)PlotlyText.Escape(PairLabel(result, p))).ToList();
        var cells = result.Pairs.Select(p => result.Column(p, column)).ToList();
        object? Value(ColumnDrift? c) => c is null ? null : pValues ? c.AdjustedPValue ?? c.PValue : c.Statistic;
        var traces = new List<ITrace>
        {
            new Scatter
            {
                Name = pValues ? "p-value" : "statistic",
                X = labels,
                Y = cells.Select(Value).ToList(),
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = ProfileCharts.SideColors[0], Width = 2 },
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = ProfileCharts.SideColors[0], Size = 7 },
            },
            new Scatter
            {
                Name = "drifted",
                X = labels.Where((_, i) => cells[i]?.Drifted == true).ToList(),
                Y = cells.Where(c => c?.Drifted == true).Select(Value).ToList(),
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
                Marker = new Plotly.Blazor.Traces.ScatterLib.Marker { Color = DriftCharts.GapColor, Size = 13, Symbol = Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Diamond },
            },
        };
        if (Threshold(cells, pValues) is { } threshold)
            traces.Add(new Scatter
            {
                Name = $"threshold {threshold.ToString("0.###", CultureInfo.InvariantCulture)}",
                X = labels,
                Y = labels.Select(_ => (object)threshold).ToList(),
                Mode = Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
                Line = new Plotly.Blazor.Traces.ScatterLib.Line { Color = "#ff9800", Width = 2, Dash = "dash" },
            });
        return traces;
    }

    /// <summary>The threshold drawn: the significance level on p-values, the distance threshold on distances; none for a
    /// p-value test's statistic (its rule is on the p-value).</summary>
    public static double? Threshold(IReadOnlyList<ColumnDrift?> cells, bool pValues)
    {
        var first = cells.FirstOrDefault(c => c is not null && (c.PValue is not null) == pValues);
        return first?.Threshold;
    }

    /// <summary>The chart's layout: pairs on the x axis, a log axis for p-values.</summary>
    public static Layout Layout(string column, bool pValues, string statisticName) => new()
    {
        ShowLegend = true,
        Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = 1.14m, X = 0 }],
        XAxis = [new XAxis { Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category, AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
        YAxis = [new YAxis
        {
            Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = PlotlyText.Escape(pValues ? $"p-value of {column} (log)" : $"{statisticName} of {column}") },
            Type = pValues ? Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Log : Plotly.Blazor.LayoutLib.YAxisLib.TypeEnum.Linear,
            RangeMode = pValues ? null : Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero,
        }],
        Margin = new Margin { L = 70, R = 20, T = 30, B = 90 },
    };
}
