using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Ml.Monitoring;

/// <summary>Replays a stream of rows through a model batch by batch and measures what a production monitor watches:
/// input metrics per feature, output metrics, single-row latency, and performance once the labels arrive.</summary>
public static class MonitoringSimulator
{
    /// <summary>Scores every batch of <paramref name="stream"/> and compares it with <paramref name="reference"/>
    /// (usually the model's training data).</summary>
    /// <exception cref="MonitoringException">A model input, the label or the time column is missing, or a setting is out of range.</exception>
    public static MonitoringReport Run(TrainedModel model, TabularData reference, TabularData stream, MonitoringOptions options,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(model, reference, stream, options);
        var plan = BatchPlan.Create(stream, options);
        var baseline = Baseline(model, reference, options);
        var features = model.InputSchema.Select(c => c.Name).ToList();
        var batches = new List<MonitoredBatch>();
        var skipped = 0;
        for (var b = 0; b < plan.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var planned = plan[b];
            if (planned.Rows.Length < options.MinimumBatchRows) { skipped++; continue; }
            batches.Add(Measure(model, reference, stream.TakeRows(planned.Rows), planned, batches.Count, features, options));
            progress?.Report((b + 1) / (double)plan.Count);
        }
        progress?.Report(1);
        return new MonitoringReport(baseline, batches, MonitoringAlerts.Raise(baseline, batches, options.Limits), skipped);
    }

    private static MonitoredBatch Measure(TrainedModel model, TabularData reference, TabularData batch, PlannedBatch planned,
        int index, IReadOnlyList<string> features, MonitoringOptions options)
    {
        var predictions = model.Predict(batch);
        var inputs = features.Select(f => BatchMeasures.Feature(reference[f], batch[f])).ToList();
        var (median, p95) = BatchMeasures.Latency(model, batch, options.LatencySampleRows);
        PerformanceBatch? performance = null;
        if (options.Label is { } label && BatchMeasures.Performance(model, predictions, batch[label]) is { } p)
            performance = new PerformanceBatch(p.Metric, p.Value, p.Rows, index + options.LabelDelayBatches);
        return new MonitoredBatch(index, planned.Label, planned.Start, batch.RowCount, inputs,
            BatchMeasures.Output(model, predictions), performance, median, p95);
    }

    private static MonitoringBaseline Baseline(TrainedModel model, TabularData reference, MonitoringOptions options)
    {
        var predictions = model.Predict(reference);
        var output = BatchMeasures.Output(model, predictions);
        if (options.Label is null) return new MonitoringBaseline(reference.RowCount, output.PositiveRate, null, null);
        if (options.ExpectedPerformance is { } expected)
            return new MonitoringBaseline(reference.RowCount, output.PositiveRate, PerformanceMetric(model.Task), expected, HeldOut);
        var performance = BatchMeasures.Performance(model, predictions, reference[options.Label]);
        return new MonitoringBaseline(reference.RowCount, output.PositiveRate, performance?.Metric, performance?.Value,
            performance is null ? null : ReferenceRows);
    }

    /// <summary>The metric a monitor tracks for a task: roc_auc (binary), accuracy (multiclass) or rmse (regression).</summary>
    public static string PerformanceMetric(TaskKind task) => task switch
    {
        TaskKind.Binary => "roc_auc",
        TaskKind.Regression => "rmse",
        _ => "accuracy",
    };

    /// <summary>Values of <see cref="MonitoringBaseline.PerformanceSource"/>.</summary>
    public const string ReferenceRows = "reference rows", HeldOut = "held-out test rows";

    private static void Validate(TrainedModel model, TabularData reference, TabularData stream, MonitoringOptions options)
    {
        if (reference.RowCount == 0) throw new MonitoringException("The reference has no rows; choose a reference with data.");
        if (stream.RowCount == 0) throw new MonitoringException("The stream has no rows; choose a dataset with data.");
        if (options.LabelDelayBatches < 0) throw new MonitoringException("The label delay cannot be negative.");
        if (options.LatencySampleRows < 1) throw new MonitoringException("Measure latency on at least one row per batch.");
        if (options.ExpectedPerformance is { } e && !double.IsFinite(e))
            throw new MonitoringException("The expected performance must be a finite number.");
        foreach (var (table, role) in new[] { (reference, "reference"), (stream, "stream") })
        {
            var names = table.Columns.Select(c => c.Name).ToHashSet();
            var missing = model.InputSchema.Select(c => c.Name).Where(n => !names.Contains(n)).ToList();
            if (missing.Count > 0)
                throw new MonitoringException($"The {role} lacks the model's input column(s) {string.Join(", ", missing)}; choose data with the model's columns.");
            if (options.Label is { } label && !names.Contains(label))
                throw new MonitoringException($"The {role} has no label column '{label}'; choose the label the model was trained on, or none.");
        }
    }
}
