using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

public sealed class TaskInferenceTests
{
    private static DataColumn Numbers(params double[] values) => DataColumn.Numeric("y", ColumnType.Integer, values);

    [Fact]
    public void TwoNumericValues_AreBinary() => Assert.Equal(TaskKind.Binary, Task(Numbers(0, 1, 1, double.NaN, 0)));

    [Fact]
    public void TwoTextValues_AreBinary() =>
        Assert.Equal(TaskKind.Binary, Task(DataColumn.Text("y", ColumnType.Categorical, ["yes", "no", null, "yes"])));

    [Fact]
    public void FractionalNumbers_AreRegression() => Assert.Equal(TaskKind.Regression, Task(Numbers(0.5, 1, 2)));

    [Fact]
    public void RealColumnOfWholeNumbers_IsRegression() =>
        Assert.Equal(TaskKind.Regression, Task(DataColumn.Numeric("y", ColumnType.Real, [1, 2, 3, 2])));

    [Fact]
    public void FewWholeNumbers_AreMulticlass() => Assert.Equal(TaskKind.Multiclass, Task(Numbers(1, 2, 3, 2, 1)));

    [Fact]
    public void ManyWholeNumbers_AreRegression() =>
        Assert.Equal(TaskKind.Regression, Task(Numbers(Enumerable.Range(0, TrainingLimits.MaxIntegerClasses + 1).Select(i => (double)i).ToArray())));

    [Fact]
    public void TwentyWholeNumbers_AreMulticlass() =>
        Assert.Equal(TaskKind.Multiclass, Task(Numbers(Enumerable.Range(0, TrainingLimits.MaxIntegerClasses).Select(i => (double)i).ToArray())));

    [Fact]
    public void ManyTextValues_AreMulticlass() =>
        Assert.Equal(TaskKind.Multiclass, Task(DataColumn.Text("y", ColumnType.Text, Enumerable.Range(0, 50).Select(i => (string?)$"c{i}").ToArray())));

    [Fact]
    public void SingleValue_IsAProblemNamingTheLabel()
    {
        var inferred = TaskInference.Infer(Numbers(1, 1, double.NaN));
        Assert.StartsWith("The label 'y' has a single value", inferred.Problem);
    }

    [Fact]
    public void NoValues_IsAProblem() => Assert.Contains("no values", TaskInference.Infer(Numbers(double.NaN)).Problem);

    [Fact]
    public void WholeNumbersWithTwentyOneValues_SayWhyRegression() =>
        Assert.Equal("'y' has 21 distinct whole numbers, more than 20 classes.",
            TaskInference.Infer(Numbers(Enumerable.Range(0, 21).Select(i => (double)i).ToArray())).Reason);

    [Fact]
    public void ElevenWholeNumbers_AreMulticlass() =>
        Assert.Equal(TaskKind.Multiclass, Task(Numbers(Enumerable.Range(0, 11).Select(i => (double)i).ToArray())));

    [Fact]
    public void BooleanLabel_IsBinaryWithoutProblem()
    {
        var inferred = TaskInference.Infer(DataColumn.Numeric("b", ColumnType.Boolean, [0, 1, 1]));
        Assert.Equal((TaskKind.Binary, null), (inferred.Task, inferred.Problem));
    }

    [Fact]
    public void ThreeFractionalValues_AreRegressionEvenInAnIntegerColumn() =>
        Assert.Equal(TaskKind.Regression, Task(Numbers(1.5, 2, 3)));

    private static TaskKind Task(DataColumn label)
    {
        var inferred = TaskInference.Infer(label);
        Assert.Null(inferred.Problem);
        return inferred.Task;
    }
}
