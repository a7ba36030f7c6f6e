using Workbench.Cli.Commands;
using Workbench.Ml.Data;
using Workbench.Ml.Training;

namespace Workbench.Cli.Tests.Commands;

public sealed class TaskRuleTests
{
    private static DataColumn Numbers(params double[] values) => DataColumn.Numeric("y", ColumnType.Integer, values);

    [Fact]
    public void TwoNumericValues_AreBinary() => Assert.Equal(TaskKind.Binary, TaskRule.Infer(Numbers(0, 1, 1, double.NaN, 0)));

    [Fact]
    public void TwoTextValues_AreBinary() =>
        Assert.Equal(TaskKind.Binary, TaskRule.Infer(DataColumn.Text("y", ColumnType.Categorical, ["yes", "no", null, "yes"])));

    [Fact]
    public void FractionalNumbers_AreRegression() => Assert.Equal(TaskKind.Regression, TaskRule.Infer(Numbers(0.5, 1, 2)));

    [Fact]
    public void RealColumnOfWholeNumbers_IsRegression() =>
        Assert.Equal(TaskKind.Regression, TaskRule.Infer(DataColumn.Numeric("y", ColumnType.Real, [1, 2, 3, 2])));

    [Fact]
    public void FewWholeNumbers_AreMulticlass() => Assert.Equal(TaskKind.Multiclass, TaskRule.Infer(Numbers(1, 2, 3, 2, 1)));

    [Fact]
    public void ManyWholeNumbers_AreRegression() =>
        Assert.Equal(TaskKind.Regression, TaskRule.Infer(Numbers(Enumerable.Range(0, TaskRule.MaxIntegerClasses + 1).Select(i => (double)i).ToArray())));

    [Fact]
    public void TwentyWholeNumbers_AreMulticlass() =>
        Assert.Equal(TaskKind.Multiclass, TaskRule.Infer(Numbers(Enumerable.Range(0, TaskRule.MaxIntegerClasses).Select(i => (double)i).ToArray())));

    [Fact]
    public void ManyTextValues_AreMulticlass() =>
        Assert.Equal(TaskKind.Multiclass, TaskRule.Infer(DataColumn.Text("y", ColumnType.Text, Enumerable.Range(0, 50).Select(i => (string?)$"c{i}").ToArray())));

    [Fact]
    public void SingleValue_IsUsageError() =>
        Assert.Contains("single value", Assert.Throws<CliUsageException>(() => TaskRule.Infer(Numbers(1, 1, double.NaN))).Message);
}
