using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Workbench.Workspace.Storage;

namespace Workbench.Web.Labs.Lab02;

/// <summary>The grouped bar chart of the format comparison: size, write and read time of each format relative to
/// CSV (CSV = 1), with the measured values as bar labels.</summary>
public static class FormatCharts
{
    private static readonly Dictionary<string, string> Colors = new()
    {
        ["CSV"] = "#8a94a6", ["Parquet"] = "#2f5d8a", ["SQLite"] = "#c2571a",
    };

    /// <summary>The measurements with CSV first (the reference), the rest in their given order.</summary>
    public static IReadOnlyList<FormatMeasurement> CsvFirst(IReadOnlyList<FormatMeasurement> all) =>
        all.OrderBy(m => m.Format == "CSV" ? 0 : 1).ToList();

    /// <summary>One bar trace per format over the three measures.</summary>
    public static IList<ITrace> Traces(IReadOnlyList<FormatMeasurement> results)
    {
        var csv = results[0];
        return results.Select(m => (ITrace)new Bar
        {
            Name = m.Format,
            X = ["Size", "Write time", "Read time"],
            Y = [Rel(m.SizeBytes, csv.SizeBytes), Rel(m.WriteTime.TotalMilliseconds, csv.WriteTime.TotalMilliseconds),
                 Rel(m.ReadTime.TotalMilliseconds, csv.ReadTime.TotalMilliseconds)],
            TextArray = [Bytes(m.SizeBytes), Ms(m.WriteTime), Ms(m.ReadTime)],
            TextPosition = Plotly.Blazor.Traces.BarLib.TextPositionEnum.Outside,
            Marker = new Plotly.Blazor.Traces.BarLib.Marker { Color = Colors.GetValueOrDefault(m.Format, "#3f8f6b") },
        }).ToList();
    }

    /// <summary>The chart's layout: grouped bars, ratio axis.</summary>
    public static Layout Layout() => new()
    {
        BarMode = Plotly.Blazor.LayoutLib.BarModeEnum.Group,
        Title = new Plotly.Blazor.LayoutLib.Title { Text = "Relative to CSV (CSV = 1); labels are the measured values" },
        YAxis = [new Plotly.Blazor.LayoutLib.YAxis { Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = "× CSV" }, RangeMode = Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero }],
        Margin = new Plotly.Blazor.LayoutLib.Margin { L = 60, R = 20, T = 50, B = 40 },
    };

    /// <summary>A byte count as B, KB or MB.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("N2", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>The value as a multiple of the reference, e.g. "0.31×".</summary>
    public static string Ratio(double value, double reference) =>
        reference > 0 ? (value / reference).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";

    private static object Rel(double value, double reference) => reference > 0 ? value / reference : 1.0;
}
