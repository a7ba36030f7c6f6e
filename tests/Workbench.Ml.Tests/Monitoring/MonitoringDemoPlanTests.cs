using Workbench.Ml.Monitoring;
using Workbench.Ml.Scenarios;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Monitoring;

public sealed class MonitoringDemoPlanTests
{
    [Fact]
    public void Stream_IsTwelveMonthsWithTheThreeChangesAtTheirMonths()
    {
        var o = MonitoringDemoPlan.Stream(20_000, 42);

        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), (o.StartDate, o.EndDate));
        Assert.Equal((LoanColumns.Loan, 0.3, new DateOnly(2024, 4, 1), new DateOnly(2024, 4, 30)),
            (o.Missing!.Column, o.Missing.Share, o.Missing.Start, o.Missing.End));
        Assert.Equal((CovariateFeature.Salary, DriftKind.Sudden, 15_000.0, new DateOnly(2024, 7, 1)),
            (o.Covariate!.Feature, o.Covariate.Kind, o.Covariate.Size, o.Covariate.Start));
        Assert.Equal(0, o.Concept!.Intensity(new DateOnly(2024, 8, 31)));
        Assert.Equal(1, o.Concept.Intensity(new DateOnly(2024, 11, 30)));
        Assert.Null(o.Prior);
    }

    [Fact]
    public void Reference_IsTheUndriftedQuarterBefore()
    {
        var o = MonitoringDemoPlan.Reference(5_000, 42);

        Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2023, 12, 31), 43L), (o.StartDate, o.EndDate, o.Seed));
        Assert.True(o.Covariate is null && o.Concept is null && o.Missing is null && o.Prior is null && o.NewRegion is null && o.Unit is null);
    }

    [Fact]
    public void TrainingAndMonitor_UseTheLabelMonthlyWithOneMonthDelay()
    {
        var training = MonitoringDemoPlan.Training();
        var monitor = MonitoringDemoPlan.Monitor();

        Assert.Equal((TaskKind.Binary, "default", "LightGbm"), (training.Task, training.Label, training.Trainer));
        Assert.DoesNotContain(LoanColumns.Group, training.Features);
        Assert.DoesNotContain(LoanColumns.Date, training.Features);
        Assert.Equal((BatchBy.Month, "date", 1, "default"), (monitor.BatchBy, monitor.TimeColumn, monitor.LabelDelayBatches, monitor.Label));
    }

    [Theory]
    [InlineData(1_199, 5_000, "The demo stream needs at least 1,200 rows (100 a month); it was given 1,199.")]
    [InlineData(20_000, 299, "The demo reference needs at least 300 rows to train on; it was given 299.")]
    public void TooSmallSizes_AreRefusedWithTheMinimum(int stream, int reference, string expected)
    {
        var e = Assert.Throws<MonitoringException>(() => MonitoringDemoPlan.Validate(stream, reference));

        Assert.Equal(expected, e.Message);
    }
}
