using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;
using Workbench.Ml.Data;
using Workbench.Ml.Profiling;
using MissingValues = Workbench.Ml.Profiling.MissingValues;
using ProfileHistogram = Workbench.Ml.Profiling.Histogram;

namespace Workbench.Web.Profiling;

/// <summary>Builds the profile's Plotly traces from profile records. Every label is data, escaped for Plotly.</summary>
public static class ProfileCharts
{
    /// <summary>Colours of the left and right datasets in comparisons.</summary>
    public static readonly string[] SideColors = ["#1f77b4", "#ff7f0e"];

    /// <summary>The profile charts' layout: tight margins, axes that make room for long labels, no legend;
    /// <paramref name="change"/> adjusts it (bar mode, reversed axis). PlotlyFigure adds theme colours and height.</summary>
    public static Func<Layout> LayoutWith(Action<Layout>? change = null) => () =>
    {
        var layout = new Layout
        {
            Margin = new Margin { L = 50, R = 10, T = 10, B = 40 },
            XAxis = [new XAxis { AutoMargin = Plotly.Blazor.LayoutLib.XAxisLib.AutoMarginFlag.True }],
            YAxis = [new YAxis { AutoMargin = Plotly.Blazor.LayoutLib.YAxisLib.AutoMarginFlag.True }],
            ShowLegend = false,
        };
        change?.Invoke(layout);
        return layout;
    };

    /// <summary>The column's distribution: bins of a numeric histogram, bars of a categorical one, or the most
    /// frequent values; empty when the column has none.</summary>
    public static IList<ITrace> Distribution(ColumnProfile column, string? name = null, string? color = null, long? total = null)
    {
        var bar = column.Histogram is { } h ? FromHistogram(h, column.Type, total) : FromMostFrequent(column, total);
        if (bar is null) return [];
        bar.Name = PlotlyText.Escape(name ?? column.Name);
        if (color is not null) bar.Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = color };
        if (total is not null) bar.Opacity = 0.6m;
        return [bar];
    }

    private static Bar? FromHistogram(ProfileHistogram h, ColumnType type, long? total)
    {
        var y = h.Counts.Select(c => Scale(c, total)).ToList();
        if (h.Labels is { } labels)
            return new Bar { X = labels.Select(l => (object)PlotlyText.Escape(l)).ToList(), Y = y };
        if (h.Edges.Count != h.Counts.Count + 1) return null;
        var centres = Enumerable.Range(0, h.Counts.Count).Select(i => (h.Edges[i] + h.Edges[i + 1]) / 2);
        var widths = Enumerable.Range(0, h.Counts.Count).Select(i => h.Edges[i + 1] - h.Edges[i]);
        if (type == ColumnType.Date)
            return new Bar
            {
                X = centres.Select(c => (object)DateValues.Format(c)).ToList(), Y = y,
                WidthArray = widths.Select(w => (decimal?)SafeDecimal(w * 86_400_000)).ToList(),
            };
        return new Bar { X = centres.Select(c => (object)c).ToList(), Y = y, WidthArray = widths.Select(w => (decimal?)SafeDecimal(w)).ToList() };
    }

    private static decimal SafeDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? (decimal)value : 0m;

    private static Bar? FromMostFrequent(ColumnProfile column, long? total)
    {
        if (column.MostFrequent.Count == 0) return null;
        return new Bar
        {
            X = column.MostFrequent.Select(v => (object)PlotlyText.Escape(v.Value)).ToList(),
            Y = column.MostFrequent.Select(v => Scale(v.Count, total)).ToList(),
        };
    }

    private static object Scale(long count, long? total) => total is > 0 ? 100.0 * count / total.Value : count;

    /// <summary>A correlation heatmap on a diverging scale fixed to −1..1; undefined cells stay blank.</summary>
    public static IList<ITrace> Correlation(CorrelationMatrix matrix)
    {
        var names = matrix.Columns.Select(c => (object)PlotlyText.Escape(c)).ToList();
        return
        [
            new HeatMap
            {
                X = names, Y = names,
                Z = matrix.Values.Select(row => (object)row.Select(v => double.IsNaN(v) ? null : (object?)Math.Round(v, 4)).ToArray()).ToList(),
                ZMin = -1, ZMax = 1, ZMid = 0,
                ColorScale = "RdBu", ReverseScale = true,
                XGap = 1, YGap = 1,
                // Cell values are readable up to about fifteen columns; beyond that the colours speak alone.
                TextTemplate = matrix.Columns.Count <= 15 ? "%{z:.2f}" : null,
            },
        ];
    }

    /// <summary>Missing values per column as bars (count on the y axis).</summary>
    public static IList<ITrace> MissingBars(MissingValues missing) =>
    [
        new Bar
        {
            X = missing.ByColumn.Select(v => (object)PlotlyText.Escape(v.Value)).ToList(),
            Y = missing.ByColumn.Select(v => (object)v.Count).ToList(),
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = "#d62728" },
        },
    ];

    /// <summary>The missing-value matrix: one row per sampled row, dark where a value is missing.</summary>
    public static IList<ITrace> MissingMatrix(MissingValues missing, IReadOnlyList<string> columns) =>
    [
        new HeatMap
        {
            X = columns.Select(c => (object)PlotlyText.Escape(c)).ToList(),
            Y = missing.MatrixRowIndexes.Select(i => (object)(i + 1)).ToList(),
            Z = missing.Matrix.Select(row => (object)row.Select(m => m ? 1 : 0).ToArray()).ToList(),
            ZMin = 0, ZMax = 1, ShowScale = false,
            ColorScale = new object[] { new object[] { 0, "rgba(127,127,127,0.12)" }, new object[] { 1, "#d62728" } },
        },
    ];
}
