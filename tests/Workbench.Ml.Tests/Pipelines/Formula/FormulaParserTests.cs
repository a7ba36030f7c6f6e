using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Pipelines.Formula;

namespace Workbench.Ml.Tests.Pipelines.Formula;

public class FormulaParserTests
{
    private const double N = double.NaN;

    private static double Eval(string formula, double a = 6, double b = 4) =>
        FormulaParser.Parse(formula).Evaluate(name => name switch { "a" => a, "b b" => b, _ => throw new KeyNotFoundException(name) });

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("24 / 4 / 2", 3)]
    [InlineData("-[a] + 2", -4)]
    [InlineData("[a] × [b b] − 2", 22)]
    [InlineData("[a] ÷ [b b]", 1.5)]
    [InlineData("abs(2 - [a])", 4)]
    [InlineData("sqrt([a] * 6)", 6)]
    [InlineData("exp(0) + log(1)", 1)]
    [InlineData("2.5e1 - .5", 24.5)]
    [InlineData("--3", 3)]
    public void Expression_EvaluatesWithUsualPrecedence(string formula, double expected) => Assert.Equal(expected, Eval(formula));

    [Fact]
    public void DivisionByZero_IsNaN()
    {
        Assert.True(double.IsNaN(Eval("[a] / ([b b] - 4)")));
        Assert.True(double.IsNaN(Eval("0 / 0")));
    }

    [Theory]
    [InlineData("[a] +", 5, "ends where a number")]
    [InlineData("[a] * (2 + 3", 12, "a ')' to close the '('")]
    [InlineData("[a] 2", 4, "expected an operator")]
    [InlineData("foo([a])", 0, "unknown name 'foo'")]
    [InlineData("[a] + [b", 6, "never closed")]
    [InlineData("2 + )", 4, "unexpected ')'")]
    [InlineData("1.2.3", 0, "is not a number")]
    [InlineData("[]", 0, "brackets are empty")]
    [InlineData("__import__('os')", 0, "unexpected '_'")]
    public void SyntaxError_ReportsPosition(string formula, int position, string message)
    {
        var e = Assert.Throws<PipelineException>(() => FormulaParser.Parse(formula));
        Assert.Equal(position, e.Position);
        Assert.Contains($"character {position + 1}", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void FormulaStep_AddsRealColumnAndNamesItsInputs()
    {
        var table = new TabularData("t",
        [
            DataColumn.Numeric("income", ColumnType.Real, [100, 50, N]),
            DataColumn.Numeric("debt", ColumnType.Integer, [25, 0, 1]),
        ]);
        var fitted = new PipelineSpec([new FormulaStep("ratio", "[debt] / [income] + log([income])")]).Fit(table);
        Assert.Equal(["debt", "income"], ((FittedFormula)fitted.Steps[0]).InputColumns);
        var ratio = fitted.Transform(table)["ratio"];
        Assert.Equal(ColumnType.Real, ratio.Type);
        // 25/100 + np.log(100), 0/50 + np.log(50), nan
        Assert.Equal([0.25 + Math.Log(100), Math.Log(50), N], ratio.Numbers!);
    }

    [Fact]
    public void FormulaStepSyntaxError_NamesStepAndPosition()
    {
        var table = new TabularData("t", [DataColumn.Numeric("a", ColumnType.Real, [1])]);
        var e = Assert.Throws<PipelineException>(() =>
            new PipelineSpec([new DropStep(["a"]), new FormulaStep("f", "[a] * * 2")]).Fit(table));
        Assert.Equal(1, e.StepIndex);
        Assert.Equal(6, e.Position);
        Assert.StartsWith("Step 2 (formula): Formula error at character 7", e.Message);
    }
}
