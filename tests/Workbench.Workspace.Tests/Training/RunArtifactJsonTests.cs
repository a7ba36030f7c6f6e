using System.Text;
using Workbench.Ml.Data;
using Workbench.Ml.Metrics;
using Workbench.Ml.Training;
using Workbench.Workspace.Training;

namespace Workbench.Workspace.Tests.Training;

public sealed class RunArtifactJsonTests
{
    [Fact]
    public void BinaryReport_RoundTripsWithConfusionCurvesAndNaN()
    {
        bool[] labels = [true, false, true, true, false, false, true, false];
        double[] probabilities = [0.9, 0.1, 0.6, 0.4, 0.4, 0.7, 0.8, 0.2];
        var confusion = BinaryConfusion.AtThreshold(labels, probabilities, 0.5);
        var report = new EvaluationReport(TaskKind.Binary, 8,
            new Dictionary<string, double> { ["accuracy"] = confusion.Accuracy, ["cohen_kappa"] = double.NaN },
            new BinaryDetails("yes", "no", labels, probabilities, 0.5, confusion, RocCurve.Compute(labels, probabilities),
                PrecisionRecallCurve.Compute(labels, probabilities), CalibrationCurve.Compute(labels, probabilities)), null, null);

        var json = RunArtifactJson.Write(report);
        var back = RunArtifactJson.Read<EvaluationReport>(json, "evaluation");

        Assert.Contains("\"task\":\"Binary\"", Encoding.UTF8.GetString(json));
        Assert.Equal((TaskKind.Binary, 8, 0.75), (back.Task, back.Rows, back.Metrics["accuracy"]));
        Assert.True(double.IsNaN(back.Metrics["cohen_kappa"]));
        var b = back.Binary!;
        Assert.Equal(new BinaryConfusion(3, 1, 1, 3), b.Confusion);
        Assert.Equal(("yes", "no", 0.5), (b.PositiveClass, b.NegativeClass, b.Threshold));
        Assert.Equal(labels, b.Labels);
        Assert.Equal(probabilities, b.Probabilities);
        Assert.Equal(report.Binary!.Roc.FalsePositiveRates, b.Roc.FalsePositiveRates);
        Assert.Equal(report.Binary.Roc.Thresholds, b.Roc.Thresholds);
        Assert.Equal(report.Binary.PrecisionRecall.Precisions, b.PrecisionRecall.Precisions);
        Assert.Equal(report.Binary.Calibration.Counts, b.Calibration.Counts);
        Assert.Equal(report.Binary.Roc.Area(), b.Roc.Area());
    }

    [Fact]
    public void MulticlassAndRegressionDetails_RoundTrip()
    {
        var multi = new EvaluationReport(TaskKind.Multiclass, 5, new Dictionary<string, double> { ["accuracy"] = 0.6 }, null,
            new MulticlassDetails(["a", "b", "c"], [[1, 0, 0], [1, 1, 0], [0, 1, 1]],
                [new ClassMetrics(0, 0.5, 1, 2 / 3.0, 1), new ClassMetrics(1, 0.5, 0.5, 0.5, 2), new ClassMetrics(2, 1, 0.5, 2 / 3.0, 2)]), null);
        var back = RunArtifactJson.Read<EvaluationReport>(RunArtifactJson.Write(multi), "evaluation").Multiclass!;
        Assert.Equal(["a", "b", "c"], back.Classes);
        Assert.Equal([0L, 1, 1], back.Confusion[2]);
        Assert.Equal(multi.Multiclass!.PerClass, back.PerClass);

        var regression = new EvaluationReport(TaskKind.Regression, 2, new Dictionary<string, double> { ["rmse"] = 1.5 }, null, null,
            new RegressionDetails([1, 2.5], [0.5, double.PositiveInfinity]));
        var reg = RunArtifactJson.Read<EvaluationReport>(RunArtifactJson.Write(regression), "evaluation").Regression!;
        Assert.Equal([0.5, double.PositiveInfinity], reg.Predicted);
    }

    [Fact]
    public void DamagedJson_ThrowsWorkspaceException()
    {
        var e = Assert.Throws<WorkspaceException>(() => RunArtifactJson.Read<EvaluationReport>("{\"task\":"u8.ToArray(), "evaluation"));
        Assert.Contains("stored evaluation cannot be read", e.Message);
    }

    [Fact]
    public void Records_WriteTypedValuesAndNullForMissing()
    {
        var data = new TabularData("t", [
            DataColumn.Numeric("n", ColumnType.Integer, [3, double.NaN]),
            DataColumn.Numeric("b", ColumnType.Boolean, [1, 0]),
            DataColumn.Numeric("d", ColumnType.Date, [DateValues.ToDays(new DateTime(2024, 2, 29)), 0]),
            DataColumn.Text("s", ColumnType.Text, ["a\"b", null])]);
        var json = Encoding.UTF8.GetString(RunArtifactJson.Records(data, ["n", "b", "d", "s"], [0, 1]));
        Assert.Equal("""[{"n":3,"b":true,"d":"2024-02-29","s":"a\u0022b"},{"n":null,"b":false,"d":"1970-01-01","s":null}]""", json);
    }
}
