using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Ml.Metrics;
using Workbench.Ml.Monitoring;

namespace Workbench.Ml.Tests.Monitoring;

public sealed class MonitoringSimulatorTests
{
    private static readonly FakeBinaryModel Model = new();

    /// <summary>x ~ N(mean, 1) with the label drawn from the model's own probability (so the model is calibrated), and
    /// a date column one day per 100 rows from 2024-01-01.</summary>
    private static TabularData Table(int rows, int seed, Func<int, double>? shift = null, Func<int, bool>? missing = null,
        bool flipLabels = false)
    {
        var random = new Random(seed);
        var x = new double[rows];
        var y = new double[rows];
        var date = new double[rows];
        var start = DateValues.ToDays(new DateTime(2024, 1, 1));
        for (var i = 0; i < rows; i++)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var value = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2) + 1 + (shift?.Invoke(i) ?? 0);
            var p = 1 / (1 + Math.Exp(-(value - 1)));
            var label = random.NextDouble() < p;
            y[i] = (label ^ (flipLabels && i >= rows / 2)) ? 1 : 0;
            x[i] = missing?.Invoke(i) == true ? double.NaN : value;
            date[i] = start + i / 100;
        }
        return new TabularData("t", [DataColumn.Numeric("x", ColumnType.Real, x), DataColumn.Numeric("y", ColumnType.Integer, y),
            DataColumn.Numeric("day", ColumnType.Date, date)]);
    }

    [Fact]
    public void BatchByRows_CutsEqualBatchesInOrder()
    {
        var report = MonitoringSimulator.Run(Model, Table(2000, 1), Table(10_000, 2), new MonitoringOptions(BatchRows: 1000, LatencySampleRows: 2));

        Assert.Equal(10, report.Batches.Count);
        Assert.All(report.Batches, b => Assert.Equal(1000, b.Rows));
        Assert.Equal("rows 1–1,000", report.Batches[0].Label);
        Assert.Equal("rows 9,001–10,000", report.Batches[^1].Label);
        Assert.Equal(Enumerable.Range(0, 10), report.Batches.Select(b => b.Index));
    }

    [Fact]
    public void BatchByWeek_GroupsIsoWeeksAndSkipsSmallOnes()
    {
        // 100 rows a day from Monday 2024-01-01 for 30 days: weeks 1-4 have 700 rows, week 5 has 200.
        var options = new MonitoringOptions(BatchBy.Week, "day", LatencySampleRows: 1, MinimumBatchRows: 300);
        var report = MonitoringSimulator.Run(Model, Table(1000, 1), Table(3000, 2), options);

        Assert.Equal(["2024-W01", "2024-W02", "2024-W03", "2024-W04"], report.Batches.Select(b => b.Label));
        Assert.All(report.Batches, b => Assert.Equal(700, b.Rows));
        Assert.Equal(1, report.SkippedBatches);
        Assert.Equal(DateValues.ToDays(new DateTime(2024, 1, 8)), report.Batches[1].Start);
    }

    [Fact]
    public void FeatureBatch_PsiAndMeanEqualTheirDefinitions()
    {
        var reference = Table(2000, 1);
        var stream = Table(1000, 2, shift: _ => 0.5);
        var report = MonitoringSimulator.Run(Model, reference, stream, new MonitoringOptions(BatchRows: 1000, LatencySampleRows: 1));

        var feature = report.Batches[0].Features.Single();
        var psi = DriftCalculator.Compare(reference["x"], stream["x"], new DriftOptions { Test = DriftTestKind.Psi }).Statistic;
        Assert.Equal(psi, feature.Psi!.Value, 12);
        Assert.Equal(stream["x"].Numbers!.Average(), feature.Mean!.Value, 12);
        Assert.Equal(0, feature.MissingShare);
    }

    [Fact]
    public void SuddenShift_RaisesDriftAlertsOnlyAfterIt()
    {
        var stream = Table(10_000, 2, shift: i => i >= 6000 ? 1.5 : 0);
        var report = MonitoringSimulator.Run(Model, Table(5000, 1), stream, new MonitoringOptions(BatchRows: 1000, LatencySampleRows: 1));

        var drifted = report.Alerts.Where(a => a.Kind == AlertKind.FeatureDrift).Select(a => a.Batch).ToArray();
        Assert.Equal([6, 7, 8, 9], drifted);
        // The shift raises x and so the predicted positive rate: from about 50 % to about 84 %.
        Assert.Contains(report.Alerts, a => a.Kind == AlertKind.PredictionDrift && a.Batch == 6);
        Assert.DoesNotContain(report.Alerts, a => a.Kind == AlertKind.PredictionDrift && a.Batch < 6);
    }

    [Fact]
    public void MissingSpike_RaisesAMissingValuesAlertForThatBatch()
    {
        var stream = Table(5000, 2, missing: i => i is >= 3000 and < 4000 && i % 5 == 0);
        var report = MonitoringSimulator.Run(Model, Table(2000, 1), stream, new MonitoringOptions(BatchRows: 1000, LatencySampleRows: 1));

        var alert = Assert.Single(report.Alerts, a => a.Kind == AlertKind.MissingValues);
        Assert.Equal(3, alert.Batch);
        Assert.Equal(0.2, alert.Value, 12);
        Assert.Equal(0.2, report.Batches[3].Features[0].MissingShare, 12);
    }

    [Fact]
    public void Performance_IsTheBatchAucKnownAfterTheLabelDelay()
    {
        var stream = Table(4000, 2);
        var options = new MonitoringOptions(BatchRows: 1000, LabelDelayBatches: 2, Label: "y", LatencySampleRows: 1);
        var report = MonitoringSimulator.Run(Model, Table(2000, 1), stream, options);

        var batch = report.Batches[1];
        var rows = Enumerable.Range(1000, 1000).ToArray();
        var truth = rows.Select(i => stream["y"].Numbers![i] == 1).ToArray();
        var probability = rows.Select(i => 1 / (1 + Math.Exp(-(stream["x"].Numbers![i] - 1)))).ToArray();
        Assert.Equal("roc_auc", batch.Performance!.Metric);
        Assert.Equal(BinaryEvaluation.RocAucScore(truth, probability), batch.Performance.Value, 12);
        Assert.Equal(3, batch.Performance.AvailableAtBatch);
        Assert.Equal("roc_auc", report.Baseline.PerformanceMetric);
    }

    [Fact]
    public void ExpectedPerformance_ReplacesTheReferenceScoreAsTheBaseline()
    {
        var reference = Table(2000, 1);
        var options = new MonitoringOptions(BatchRows: 1000, LabelDelayBatches: 1, Label: "y", LatencySampleRows: 1);
        var measured = MonitoringSimulator.Run(Model, reference, Table(2000, 2), options).Baseline;

        // An expected AUC of 0.99 makes every batch (AUC about 0.7) at least 10 % worse.
        var report = MonitoringSimulator.Run(Model, reference, Table(2000, 2), options with { ExpectedPerformance = 0.99 });

        Assert.Equal(MonitoringSimulator.ReferenceRows, measured.PerformanceSource);
        Assert.True(measured.Performance is > 0.6 and < 0.8, $"reference AUC {measured.Performance}");
        Assert.Equal(("roc_auc", 0.99, MonitoringSimulator.HeldOut),
            (report.Baseline.PerformanceMetric, report.Baseline.Performance!.Value, report.Baseline.PerformanceSource));
        Assert.Equal([0, 1], report.Alerts.Where(a => a.Kind == AlertKind.Performance).Select(a => a.Batch));
        Assert.Throws<MonitoringException>(() => MonitoringSimulator.Run(Model, reference, Table(2000, 2),
            options with { ExpectedPerformance = double.NaN }));
    }

    [Fact]
    public void ConceptDrift_RaisesPerformanceAlertsWhenLabelsArrive()
    {
        // From row 4,000 the labels flip: the inputs do not move, only the relation between x and y.
        var stream = Table(8000, 2, flipLabels: true);
        var options = new MonitoringOptions(BatchRows: 1000, LabelDelayBatches: 2, Label: "y", LatencySampleRows: 1);
        var report = MonitoringSimulator.Run(Model, Table(4000, 1), stream, options);

        var performance = report.Alerts.Where(a => a.Kind == AlertKind.Performance).ToArray();
        Assert.Equal([4, 5, 6, 7], performance.Select(a => a.Batch));
        Assert.Equal([6, 7, 8, 9], performance.Select(a => a.RaisedAtBatch));
        Assert.DoesNotContain(report.Alerts, a => a.Kind == AlertKind.FeatureDrift);
    }

    [Fact]
    public void Latency_IsMeasuredAndAlertsAboveTheThreshold()
    {
        var options = new MonitoringOptions(BatchRows: 500, LatencySampleRows: 5, Thresholds: new MonitoringThresholds(MedianLatencyMs: 0));
        var report = MonitoringSimulator.Run(Model, Table(500, 1), Table(1000, 2), options);

        Assert.All(report.Batches, b => Assert.True(b.LatencyMedianMs > 0 && b.LatencyP95Ms >= b.LatencyMedianMs));
        Assert.Equal(2, report.Alerts.Count(a => a.Kind == AlertKind.Latency));
    }

    [Theory]
    [InlineData("z", null, "lacks the model's input column")]
    [InlineData("x", "label", "no label column 'label'")]
    public void MissingColumns_ThrowClearly(string column, string? label, string expected)
    {
        var stream = new TabularData("s", [DataColumn.Numeric(column, ColumnType.Real, [1, 2, 3])]);
        var e = Assert.Throws<MonitoringException>(() =>
            MonitoringSimulator.Run(Model, Table(100, 1), stream, new MonitoringOptions(Label: label)));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void BatchByMonthOnANumberColumn_Throws()
    {
        var e = Assert.Throws<MonitoringException>(() =>
            MonitoringSimulator.Run(Model, Table(100, 1), Table(100, 2), new MonitoringOptions(BatchBy.Month, "x")));
        Assert.Contains("not a date", e.Message);
    }

    [Fact]
    public void Cancellation_StopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            MonitoringSimulator.Run(Model, Table(100, 1), Table(1000, 2), new MonitoringOptions(BatchRows: 100), cancellationToken: cancel.Token));
    }
}
