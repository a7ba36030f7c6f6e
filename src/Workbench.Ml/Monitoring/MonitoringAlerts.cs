using System.Globalization;

namespace Workbench.Ml.Monitoring;

/// <summary>Turns batch measurements into alerts by the thresholds.</summary>
internal static class MonitoringAlerts
{
    public static IReadOnlyList<MonitoringAlert> Raise(MonitoringBaseline baseline, IReadOnlyList<MonitoredBatch> batches,
        MonitoringThresholds limits)
    {
        var alerts = new List<MonitoringAlert>();
        foreach (var batch in batches)
        {
            foreach (var f in batch.Features)
            {
                if (f.MissingShare > limits.MissingShare)
                    alerts.Add(New(batch, batch.Index, AlertKind.MissingValues, f.Feature, f.MissingShare, limits.MissingShare,
                        $"{f.Feature}: {f.MissingShare:P1} missing (threshold {limits.MissingShare:P1})"));
                if (f.Psi is { } psi && psi >= limits.Psi)
                    alerts.Add(New(batch, batch.Index, AlertKind.FeatureDrift, f.Feature, psi, limits.Psi,
                        $"{f.Feature}: PSI {psi:0.###} ≥ {limits.Psi:0.###}"));
            }
            if (batch.Output.PositiveRate is { } rate && baseline.PositiveRate is { } reference
                && Math.Abs(rate - reference) >= limits.PositiveRateChange)
                alerts.Add(New(batch, batch.Index, AlertKind.PredictionDrift, "positive rate", rate, limits.PositiveRateChange,
                    $"predicted positive rate {rate:P1} against {reference:P1} on the reference"));
            if (batch.Performance is { } p && baseline.Performance is { } basePerformance && Worse(p, basePerformance) >= limits.PerformanceDrop)
                alerts.Add(New(batch, p.AvailableAtBatch, AlertKind.Performance, p.Metric, p.Value, limits.PerformanceDrop,
                    $"{p.Metric} {p.Value:0.####} is {Worse(p, basePerformance):P1} worse than on the reference ({basePerformance:0.####}); known at batch {p.AvailableAtBatch + 1}"));
            if (batch.LatencyMedianMs > limits.MedianLatencyMs)
                alerts.Add(New(batch, batch.Index, AlertKind.Latency, "median latency", batch.LatencyMedianMs, limits.MedianLatencyMs,
                    $"median latency {batch.LatencyMedianMs:0.#} ms > {limits.MedianLatencyMs:0.#} ms"));
        }
        return alerts;
    }

    /// <summary>How much worse than the reference, as a share of the reference (RMSE: higher is worse; others: lower).</summary>
    public static double Worse(PerformanceBatch batch, double reference)
    {
        if (reference == 0) return 0;
        var change = batch.Metric == "rmse" ? batch.Value - reference : reference - batch.Value;
        return change / Math.Abs(reference);
    }

    private static MonitoringAlert New(MonitoredBatch batch, int raisedAt, AlertKind kind, string subject, double value,
        double threshold, string message) =>
        new(batch.Index, raisedAt, kind, subject, value, threshold,
            string.Create(CultureInfo.InvariantCulture, $"Batch {batch.Index + 1} ({batch.Label}): {message}."));
}
