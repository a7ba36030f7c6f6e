using System.Diagnostics;
using System.Globalization;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Metrics;
using Workbench.Ml.Statistics;
using Workbench.Ml.Training;

namespace Workbench.Ml.Monitoring;

/// <summary>The measurements of one batch: input, output, latency and performance.</summary>
internal static class BatchMeasures
{
    private static readonly DriftOptions PsiOptions = new() { Test = DriftTestKind.Psi };
    private static readonly double[] Quantiles = [0.05, 0.25, 0.5, 0.75, 0.95];

    public static FeatureBatch Feature(DataColumn reference, DataColumn batch)
    {
        var missing = 0;
        double sum = 0;
        for (var i = 0; i < batch.Length; i++)
        {
            if (batch.IsMissing(i)) missing++;
            else if (batch.Numbers is { } n) sum += n[i];
        }
        var present = batch.Length - missing;
        double? mean = batch.Numbers is not null && batch.Type != ColumnType.Boolean && present > 0 ? sum / present : null;
        double? psi = null;
        if (present > 0 && reference.Length > 0)
        {
            try { psi = DriftCalculator.Compare(reference, batch, PsiOptions).Statistic; }
            catch (DriftException) { psi = null; } // the reference column has no values: nothing to compare with
        }
        return new FeatureBatch(batch.Name, batch.Length == 0 ? 0 : missing / (double)batch.Length, mean, psi);
    }

    public static OutputBatch Output(TrainedModel model, ModelPredictions predictions)
    {
        var scores = predictions.Score;
        var sorted = scores.Where(s => !double.IsNaN(s)).Order().ToArray();
        var quantiles = sorted.Length == 0 ? [] : Quantiles.Select(q => NumpyQuantile.Linear(sorted, q)).ToArray();
        double? positiveRate = null, meanProbability = null;
        if (model.Task == TaskKind.Binary && predictions.PredictedLabel is { } labels && scores.Length > 0)
        {
            positiveRate = labels.Count(l => l == model.Classes[1]) / (double)labels.Length;
            meanProbability = predictions.Probability?.Average();
        }
        return new OutputBatch(scores.Length == 0 ? double.NaN : scores.Average(), positiveRate, meanProbability, quantiles);
    }

    /// <summary>Median and 95th percentile of single-row scoring time over up to <paramref name="sampleRows"/> rows.</summary>
    public static (double Median, double P95) Latency(TrainedModel model, TabularData batch, int sampleRows)
    {
        var n = Math.Min(sampleRows, batch.RowCount);
        if (n == 0) return (double.NaN, double.NaN);
        var step = Math.Max(1, batch.RowCount / n);
        var times = new double[n];
        for (var k = 0; k < n; k++)
        {
            var one = batch.TakeRows([k * step]);
            var watch = Stopwatch.StartNew();
            model.Predict(one);
            times[k] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (NumpyQuantile.Linear(times, 0.5), NumpyQuantile.Linear(times, 0.95));
    }

    /// <summary>The performance metric on the rows with a label, or null when it cannot be computed (no labels, or one
    /// class only for AUC).</summary>
    public static (string Metric, double Value, int Rows)? Performance(TrainedModel model, ModelPredictions predictions, DataColumn label)
    {
        var rows = Enumerable.Range(0, label.Length).Where(i => !label.IsMissing(i)).ToArray();
        if (rows.Length == 0) return null;
        switch (model.Task)
        {
            case TaskKind.Regression:
                var actual = rows.Select(i => label.Numbers![i]).ToArray();
                var predicted = rows.Select(i => predictions.Score[i]).ToArray();
                return ("rmse", RegressionEvaluation.Compute(actual, predicted).Rmse, rows.Length);
            case TaskKind.Binary:
                var truth = rows.Select(i => SameLabel(label.Format(i), model.Classes[1])).ToArray();
                if (truth.All(t => t) || truth.All(t => !t)) return null;
                var probabilities = rows.Select(i => predictions.Probability![i]).ToArray();
                return ("roc_auc", BinaryEvaluation.RocAucScore(truth, probabilities), rows.Length);
            default:
                var correct = rows.Count(i => SameLabel(label.Format(i), predictions.PredictedLabel![i]));
                return ("accuracy", correct / (double)rows.Length, rows.Length);
        }
    }

    /// <summary>Label equality that treats "1" and "1.0" as the same value.</summary>
    public static bool SameLabel(string? a, string? b)
    {
        if (a is null || b is null) return false;
        if (a == b) return true;
        return double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x == y;
    }
}
