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
    /// <summary>The PSI above which a shift is called significant (the usual 0.25).</summary>
    public const double SignificantPsi = 0.25;

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
            if (b.Performance is { } p)
                parts.Add($"{b.PerformanceMetric} {p.ToString("0.####", CultureInfo.InvariantCulture)}{(b.PerformanceSource is { } source ? $" on {source}" : "")}");
            return string.Join(", ", parts);
        }
    }

    /// <summary>What is known at "now": predictions up to now, labels only up to the delay before, and what still waits.</summary>
    private string KnownText
    {
        get
        {
            var delay = Result.Options.LabelDelayBatches;
            var predictions = $"Inputs and predictions are known up to {Batches[now].Label}.";
            if (Result.Options.Label is null) return predictions + " No label was chosen, so performance is never known.";
            var labeled = Batches.Where(b => b.Performance is { } p && p.AvailableAtBatch <= now).ToList();
            var labels = labeled.Count == 0
                ? $" No labels have arrived yet: they come {delay} batch(es) after their predictions."
                : $" Labels have arrived up to {labeled[^1].Label} ({delay} batch(es) behind), so performance is known up to there.";
            var waiting = Result.Report.Alerts.Count(a => a.RaisedAtBatch > now);
            var future = now == Batches.Count - 1 && waiting > 0
                ? $" {waiting} more alert(s) would be raised once labels of the last batch(es) arrive, after the stream ends."
                : waiting > 0 ? $" Moving on reveals {waiting} more alert(s)." : "";
            return predictions + labels + future;
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
        psiChart = [MonitorCharts.Series(Batches, Psi, "PSI", MonitorCharts.Main, now), MonitorCharts.Level(Batches, t.Psi, $"alert ≥ {t.Psi}"),
            MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.FeatureDrift, feature, Psi, now)];
        if (t.Psi < SignificantPsi)
            psiChart.Insert(2, MonitorCharts.Level(Batches, SignificantPsi, $"significant ≥ {SignificantPsi}", MonitorCharts.SignificantColor));
        missingChart = [MonitorCharts.Series(Batches, Missing, "share missing", MonitorCharts.Main, now),
            MonitorCharts.OnRightAxis(MonitorCharts.Series(Batches, b => FeatureOf(b)?.Mean, "mean (right axis)", MonitorCharts.Second, now, dash: true)),
            MonitorCharts.Level(Batches, t.MissingShare, $"alert > {t.MissingShare}"),
            MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.MissingValues, feature, Missing, now)];
        outputChart = IsBinary
            ? [MonitorCharts.Series(Batches, b => b.Output.PositiveRate, "positive rate", MonitorCharts.Main, now),
                MonitorCharts.Level(Batches, baseline.PositiveRate!.Value, "reference", MonitorCharts.Second),
                MonitorCharts.Level(Batches, Math.Min(1, baseline.PositiveRate.Value + t.PositiveRateChange), "alert band"),
                MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.PredictionDrift, null, b => b.Output.PositiveRate, now)]
            : [MonitorCharts.Series(Batches, b => b.Output.MeanScore, "mean prediction", MonitorCharts.Main, now)];
        if (IsBinary && baseline.PositiveRate!.Value - t.PositiveRateChange > 0)
            outputChart.Insert(3, MonitorCharts.Level(Batches, baseline.PositiveRate.Value - t.PositiveRateChange, "alert band", showLegend: false));
        performanceChart = PerformanceTraces(baseline, t, alerts);
        latencyChart = [MonitorCharts.Series(Batches, b => b.LatencyMedianMs, "median", MonitorCharts.Main, now),
            MonitorCharts.Series(Batches, b => b.LatencyP95Ms, "95th percentile", MonitorCharts.Second, now, dash: true),
            MonitorCharts.Level(Batches, t.MedianLatencyMs, $"alert > {t.MedianLatencyMs} ms")];
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
            traces.Add(MonitorCharts.Level(Batches, p, baseline.PerformanceSource == MonitoringSimulator.HeldOut ? "expected (test)" : "reference", MonitorCharts.Second));
            var limit = baseline.PerformanceMetric == "rmse" ? p * (1 + t.PerformanceDrop) : p * (1 - t.PerformanceDrop);
            traces.Add(MonitorCharts.Level(Batches, limit, "alert level"));
        }
        traces.Add(MonitorCharts.AlertMarkers(Batches, alerts, AlertKind.Performance, null, Value, now));
        return traces;
    }

    /// <summary>A clicked feature alert puts its feature on the input charts.</summary>
    private void ShowAlert(MonitoringAlert alert)
    {
        if (alert.Kind is AlertKind.FeatureDrift or AlertKind.MissingValues && Features.Contains(alert.Subject)) SetFeature(alert.Subject);
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
