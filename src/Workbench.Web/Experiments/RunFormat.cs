using System.Globalization;
using MudBlazor;
using Workbench.Workspace.Tracking;

namespace Workbench.Web.Experiments;

/// <summary>How runs, metrics and durations are shown.</summary>
public static class RunFormat
{
    /// <summary>The chip colour of a status.</summary>
    public static Color StatusColor(RunStatus status) => status switch
    {
        RunStatus.Running => Color.Info,
        RunStatus.Finished => Color.Success,
        RunStatus.Failed => Color.Error,
        RunStatus.Canceled => Color.Warning,
        _ => Color.Secondary,
    };

    /// <summary>The chip icon of a status.</summary>
    public static string StatusIcon(RunStatus status) => status switch
    {
        RunStatus.Running => Icons.Material.Filled.Autorenew,
        RunStatus.Finished => Icons.Material.Filled.CheckCircle,
        RunStatus.Failed => Icons.Material.Filled.Error,
        RunStatus.Canceled => Icons.Material.Filled.StopCircle,
        _ => Icons.Material.Filled.PowerOff,
    };

    /// <summary>A metric value with 4 significant decimals ("—" when missing).</summary>
    public static string Metric(double? value) => value switch
    {
        null => "—",
        { } v when double.IsNaN(v) => "NaN",
        { } v => v.ToString(Math.Abs(v) >= 1000 ? "N1" : "0.0000", CultureInfo.InvariantCulture),
    };

    /// <summary>A duration as "850 ms", "12.3 s" or "4 min 05 s".</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalSeconds: < 1 } s => $"{s.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } s => $"{s.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s",
        { } s => $"{(int)s.TotalMinutes} min {s.Seconds:00} s",
    };

    /// <summary>A UTC time shown in the server's local time, to the second.</summary>
    public static string Time(DateTime utc) => utc.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A UTC time in local time without the year, for tables ("11-23 04:02").</summary>
    public static string ShortTime(DateTime utc) => utc.ToLocalTime().ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The link to a run's page.</summary>
    public static string RunUrl(string runId) => $"/runs/{Uri.EscapeDataString(runId)}";

    /// <summary>The link to the comparison of several runs.</summary>
    public static string CompareUrl(IEnumerable<string> runIds) => $"/experiments/compare?runs={string.Join(",", runIds.Select(Uri.EscapeDataString))}";
}
