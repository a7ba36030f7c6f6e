namespace Workbench.Ml.Serving;

/// <summary>Latency and throughput of a predictor that serves requests in batches, under a simple cost model:
/// each call costs a fixed overhead plus a per-row time, and a request waits for its whole batch.</summary>
/// <param name="BatchSize">Rows per call (1 = online, one request at a time).</param>
/// <param name="LatencyMs">Time one request waits for its prediction, in milliseconds.</param>
/// <param name="ThroughputPerSecond">Predictions per second when calls run back to back.</param>
public sealed record BatchingEstimate(int BatchSize, double LatencyMs, double ThroughputPerSecond)
{
    /// <summary>The estimate for one batch size.</summary>
    /// <param name="overheadMs">Fixed cost of one call (network round trip, loading the input), in ms.</param>
    /// <param name="perRowMs">Cost of predicting one row, in ms.</param>
    public static BatchingEstimate For(int batchSize, double overheadMs, double perRowMs)
    {
        if (batchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "The batch size must be at least 1.");
        if (overheadMs < 0 || perRowMs < 0 || overheadMs + perRowMs <= 0)
            throw new ArgumentOutOfRangeException(nameof(perRowMs), "Times must be non-negative and not both zero.");
        var callMs = overheadMs + batchSize * perRowMs;
        return new BatchingEstimate(batchSize, callMs, batchSize * 1000.0 / callMs);
    }
}
