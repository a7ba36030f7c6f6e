namespace Workbench.Ml.Monitoring;

/// <summary>Input metrics of one feature in one batch.</summary>
/// <param name="Mean">Mean of the non-missing values for numeric features, else null.</param>
/// <param name="Psi">Population stability index against the reference (the drift tests' bins); null when the batch has
/// no values.</param>
public sealed record FeatureBatch(string Feature, double MissingShare, double? Mean, double? Psi);

/// <summary>Output metrics of one batch.</summary>
/// <param name="MeanScore">Mean raw score.</param>
/// <param name="PositiveRate">Binary: share of rows predicted positive. Else null.</param>
/// <param name="MeanProbability">Binary: mean probability of the positive class. Else null.</param>
/// <param name="ScoreQuantiles">5, 25, 50, 75 and 95 % quantiles of the score (regression: the prediction).</param>
public sealed record OutputBatch(double MeanScore, double? PositiveRate, double? MeanProbability, IReadOnlyList<double> ScoreQuantiles);

/// <summary>Performance of one batch, known once its labels have arrived.</summary>
/// <param name="Metric">The metric's key (roc_auc or accuracy for binary, accuracy for multiclass, rmse for regression).</param>
/// <param name="AvailableAtBatch">The batch index at which the labels arrived.</param>
public sealed record PerformanceBatch(string Metric, double Value, int LabeledRows, int AvailableAtBatch);

/// <summary>Everything measured on one scored batch.</summary>
/// <param name="Index">0-based batch number.</param>
/// <param name="Label">The batch's name for charts ("2013-04", "rows 1–1,000").</param>
/// <param name="Start">First date in the batch (days since 1970-01-01), when batching by time.</param>
/// <param name="LatencyMedianMs">Median wall time to score one row, measured on a sample of the batch.</param>
/// <param name="LatencyP95Ms">95th percentile of the same.</param>
public sealed record MonitoredBatch(int Index, string Label, double? Start, int Rows, IReadOnlyList<FeatureBatch> Features,
    OutputBatch Output, PerformanceBatch? Performance, double LatencyMedianMs, double LatencyP95Ms);

/// <summary>What kind of check raised an alert.</summary>
public enum AlertKind
{
    /// <summary>Too many missing values in a feature.</summary>
    MissingValues,
    /// <summary>A feature's distribution moved (PSI).</summary>
    FeatureDrift,
    /// <summary>The predicted positive rate moved.</summary>
    PredictionDrift,
    /// <summary>The model got worse once labels arrived.</summary>
    Performance,
    /// <summary>Scoring got slow.</summary>
    Latency,
}

/// <summary>One raised alert.</summary>
/// <param name="Batch">The batch that crossed the threshold.</param>
/// <param name="RaisedAtBatch">When the alert could be raised (performance alerts wait for the labels).</param>
/// <param name="Subject">The feature or metric concerned.</param>
public sealed record MonitoringAlert(int Batch, int RaisedAtBatch, AlertKind Kind, string Subject, double Value, double Threshold, string Message);

/// <summary>The reference the batches are compared with.</summary>
/// <param name="PositiveRate">Binary: predicted positive rate on the reference.</param>
/// <param name="Performance">The performance batches are compared with (null without labels).</param>
/// <param name="PerformanceSource">Where <paramref name="Performance"/> comes from: "reference rows" or "held-out test rows".</param>
public sealed record MonitoringBaseline(int Rows, double? PositiveRate, string? PerformanceMetric, double? Performance,
    string? PerformanceSource = null);

/// <summary>A monitoring run: the baseline, every batch in order, the alerts raised and the batches skipped as too small.</summary>
public sealed record MonitoringReport(MonitoringBaseline Baseline, IReadOnlyList<MonitoredBatch> Batches,
    IReadOnlyList<MonitoringAlert> Alerts, int SkippedBatches);
