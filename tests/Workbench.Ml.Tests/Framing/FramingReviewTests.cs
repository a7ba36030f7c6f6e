using Workbench.Ml.Data;
using Workbench.Ml.Framing;

namespace Workbench.Ml.Tests.Framing;

public class FramingReviewTests
{
    private static TargetSummary Imbalanced()
    {
        var labels = Enumerable.Range(0, 1000).Select(i => i < 8 ? 1.0 : 0.0).ToArray();   // 0.8 % positive
        return FramingReview.Summarise(DataColumn.Numeric("label", ColumnType.Integer, labels));
    }

    [Fact]
    public void Summarise_CountsSharesAndMissing()
    {
        var column = DataColumn.Text("species", ColumnType.Categorical, ["a", "b", "a", null]);
        var summary = FramingReview.Summarise(column);
        Assert.Equal(2.0 / 3, summary.Shares["a"], 12);
        Assert.Equal(1, summary.Missing);
        Assert.Equal(2, summary.Distinct);
    }

    [Fact]
    public void AccuracyOnImbalancedTarget_Warns()
    {
        var frame = new ProblemFrame("sensor-anomalies", "label", TaskKind.BinaryClassification, "Flag faults", "Accuracy", "Never alarm");
        var findings = FramingReview.Review(frame, Imbalanced());
        var warning = Assert.Single(findings, f => f.Level == FindingLevel.Warning);
        Assert.Contains("0.8 %", warning.Message);
        Assert.Contains("99.2 %", warning.Message);
    }

    [Fact]
    public void RecallOnImbalancedTarget_IsGood()
    {
        var frame = new ProblemFrame("sensor-anomalies", "label", TaskKind.BinaryClassification, "Flag faults", "Recall", "Never alarm");
        var findings = FramingReview.Review(frame, Imbalanced());
        Assert.Equal(FindingLevel.Good, findings[0].Level);
        Assert.DoesNotContain(findings, f => f.Level == FindingLevel.Warning);
    }

    [Fact]
    public void RegressionMetricForClassification_Warns()
    {
        var frame = new ProblemFrame(null, null, TaskKind.BinaryClassification, "x", "RMSE", "y");
        Assert.Contains(FramingReview.Review(frame, null), f => f.Level == FindingLevel.Warning && f.Message.Contains("RMSE"));
    }

    [Fact]
    public void MissingBaseline_Warns()
    {
        var frame = new ProblemFrame(null, null, TaskKind.Regression, "Plan staffing", "MAE", " ");
        Assert.Contains(FramingReview.Review(frame, null), f => f.Message.Contains("baseline"));
    }
}
