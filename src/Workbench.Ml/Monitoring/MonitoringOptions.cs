namespace Workbench.Ml.Monitoring;

/// <summary>How a stream of rows is cut into scored batches.</summary>
public enum BatchBy
{
    /// <summary>Every <see cref="MonitoringOptions.BatchRows"/> rows, in table order.</summary>
    Rows,
    /// <summary>One batch per calendar day of the time column.</summary>
    Day,
    /// <summary>One batch per ISO week (Monday to Sunday) of the time column.</summary>
    Week,
    /// <summary>One batch per calendar month of the time column.</summary>
    Month,
}

/// <summary>Alert thresholds of a monitor. A batch raises an alert for every threshold it crosses.</summary>
/// <param name="MissingShare">Alert when a feature's share of missing values in a batch exceeds this.</param>
/// <param name="Psi">Alert when a feature's population stability index against the reference reaches this.</param>
/// <param name="PositiveRateChange">Binary: alert when the predicted positive rate differs from the reference's by
/// at least this much (absolute).</param>
/// <param name="PerformanceDrop">Alert when the performance metric, once labels arrive, is worse than on the reference
/// by at least this share of the reference value (0.1 = 10 % worse).</param>
/// <param name="MedianLatencyMs">Alert when the median single-row scoring latency exceeds this many milliseconds.</param>
public sealed record MonitoringThresholds(double MissingShare = 0.05, double Psi = 0.1, double PositiveRateChange = 0.1,
    double PerformanceDrop = 0.1, double MedianLatencyMs = 200);

/// <summary>Settings of a monitoring run over a stream of rows.</summary>
/// <param name="TimeColumn">A date column to batch by and to sort the stream on; null keeps table order (then only
/// <see cref="BatchBy.Rows"/> applies).</param>
/// <param name="BatchRows">Rows per batch for <see cref="BatchBy.Rows"/>.</param>
/// <param name="LabelDelayBatches">Labels of a batch arrive this many batches after its predictions; performance is known
/// only from then on.</param>
/// <param name="Label">The label column, or null when labels never arrive.</param>
/// <param name="LatencySampleRows">Rows per batch scored one at a time to measure latency.</param>
/// <param name="MinimumBatchRows">Batches with fewer rows are skipped (and counted) rather than judged on noise.</param>
/// <param name="ExpectedPerformance">The performance batches are compared with, such as the model's score on held-out
/// test rows; null measures it on the reference rows, which is optimistic when the reference is the training data.</param>
public sealed record MonitoringOptions(BatchBy BatchBy = BatchBy.Rows, string? TimeColumn = null, int BatchRows = 1000,
    int LabelDelayBatches = 2, string? Label = null, MonitoringThresholds? Thresholds = null, int LatencySampleRows = 20,
    int MinimumBatchRows = 30, double? ExpectedPerformance = null)
{
    /// <summary>The thresholds, or the defaults.</summary>
    public MonitoringThresholds Limits => Thresholds ?? new MonitoringThresholds();
}
