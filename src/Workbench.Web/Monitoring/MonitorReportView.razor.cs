using System.Globalization;
using Microsoft.AspNetCore.Components;
using Plotly.Blazor;
using Workbench.Ml.Monitoring;
using Workbench.Workspace.Monitoring;

namespace Workbench.Web.Monitoring;

/// <summary>Shows a stored monitor's report as of a chosen batch ("now").</summary>
public partial class MonitorReportView
{
    private MonitorResult? shown;
    private int now;
    private string? feature;
    private IList<ITrace> psiChart = [], missingChart = [], outputChart = [], performanceChart = [], latencyChart = [];

    /// <summary>The monitor to show.</summary>
    [Parameter, EditorRequired] public MonitorResult Result { get; set; } = null!;

    private IReadOnlyList<MonitoredBatch> Batches => Result.Report.Batches;

    private IReadOnlyList<string> Features => Batches.Count == 0 ? [] : Batches[0].Features.Select(f => f.Feature).ToList();

    private bool IsBinary => Result.Report.Baseline.PositiveRate is not null;

    private IReadOnlyList<MonitoringAlert> KnownAlerts => Result.Report.Alerts.Where(a => a.RaisedAtBatch <= now).ToList();

    private string BaselineText
    {
        get
        {
            var b = Result.Report.Baseline;
            var parts = new List<string>();
            if (b.PositiveRate is { } rate) parts.Add($"positive rate {rate.ToString("P1", CultureInfo.InvariantCulture)}");
            if (b.Performance is { } p) parts.Add($"{b.PerformanceMetric} {p.ToString("0.####", CultureInfo.InvariantCulture)}");
            return string.Join(", ", parts);
        }
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ReferenceEquals(shown, Result)) return;
        shown = Result;
        now = Math.Max(0, Batches.Count - 1);
        // Start on the feature that drifted most, the one a student should look at first.
        feature = Batches.SelectMany(b => b.Features).Where(f => f.Psi is not null).OrderByDescending(f => f.Psi).FirstOrDefault()?.Feature
            ?? Features.FirstOrDefault();
        Redraw();
    }

    private void SetNow(int value)
    {
        now = value;
        Redraw();
    }

    private void SetFeature(string value)
    {
        feature = value;
        Redraw();
    }

    private void Redraw()
    {
        if (Batches.Count == 0) return;
        var t = Result.Options.Limits;
        var baseline = Result.Report.Baseline;
        var alerts = Result.Report.Alerts;
        double? Psi(MonitoredBatch b) => FeatureOf(b)?.Psi;
        double? Missing(MonitoredBatch b) => FeatureOf(b)?.MissingShare;
        psiChart = [MonitorCharts.Series(Batches, Psi, "PSI", MonitorCharts.Main, now), MonitorCharts.Level(Batches, t.Psi, $"threshold {t.Psi}"),
            MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.FeatureDrift, feature, Psi, now)];
        missingChart = [MonitorCharts.Series(Batches, Missing, "share missing", MonitorCharts.Main, now),
            MonitorCharts.OnRightAxis(MonitorCharts.Series(Batches, b => FeatureOf(b)?.Mean, "mean (right axis)", MonitorCharts.Second, now, dash: true)),
            MonitorCharts.Level(Batches, t.MissingShare, $"missing threshold {t.MissingShare}"),
            MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.MissingValues, feature, Missing, now)];
        outputChart = IsBinary
            ? [MonitorCharts.Series(Batches, b => b.Output.PositiveRate, "positive rate", MonitorCharts.Main, now),
                MonitorCharts.Level(Batches, baseline.PositiveRate!.Value, "reference", MonitorCharts.Second),
                MonitorCharts.Level(Batches, baseline.PositiveRate.Value + t.PositiveRateChange, "alert above"),
                MonitorCharts.Level(Batches, Math.Max(0, baseline.PositiveRate.Value - t.PositiveRateChange), "alert below"),
                MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.PredictionDrift, null, b => b.Output.PositiveRate, now)]
            : [MonitorCharts.Series(Batches, b => b.Output.MeanScore, "mean score", MonitorCharts.Main, now)];
        performanceChart = PerformanceTraces(baseline, t, alerts);
        latencyChart = [MonitorCharts.Series(Batches, b => b.LatencyMedianMs, "median", MonitorCharts.Main, now),
            MonitorCharts.Series(Batches, b => b.LatencyP95Ms, "95th percentile", MonitorCharts.Second, now, dash: true),
            MonitorCharts.Level(Batches, t.MedianLatencyMs, $"threshold {t.MedianLatencyMs} ms")];
    }

    private IList<ITrace> PerformanceTraces(MonitoringBaseline baseline, MonitoringThresholds t, IReadOnlyList<MonitoringAlert> alerts)
    {
        double? Value(MonitoredBatch b) => b.Performance?.Value;
        var traces = new List<ITrace>
        {
            MonitorCharts.Series(Batches, Value, baseline.PerformanceMetric ?? "metric", MonitorCharts.Main, now, b => b.Performance?.AvailableAtBatch ?? int.MaxValue),
        };
        if (baseline.Performance is { } p)
        {
            traces.Add(MonitorCharts.Level(Batches, p, "reference", MonitorCharts.Second));
            var limit = baseline.PerformanceMetric == "rmse" ? p * (1 + t.PerformanceDrop) : p * (1 - t.PerformanceDrop);
            traces.Add(MonitorCharts.Level(Batches, limit, "alert level"));
        }
        traces.Add(MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.Performance, null, Value, now));
        return traces;
    }

    private FeatureBatch? FeatureOf(MonitoredBatch batch) => batch.Features.FirstOrDefault(f => f.Feature == feature);

    internal static string KindText(AlertKind kind) => kind switch
    {
        AlertKind.MissingValues => "Missing values",
        AlertKind.FeatureDrift => "Feature drift",
        AlertKind.PredictionDrift => "Prediction drift",
        AlertKind.Performance => "Performance",
        _ => "Latency",
    };
}
