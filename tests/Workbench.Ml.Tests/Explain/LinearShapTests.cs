using Workbench.Ml.Explain;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Explain;

public class LinearShapTests
{
    // Slots: age (player 0), colour.red and colour.blue (one-hot, player 1), income (player 2).
    private static readonly LinearModelWeights Model = new(0.5, [2.0, 1.5, -0.5, 0.25], ["age", "colour.red", "colour.blue", "income"],
        ["age", "colour", "colour", "income"], [30.0, 0.4, 0.35, 100.0]);

    [Fact]
    public void ClosedForm_SumsEachColumnsInputs()
    {
        // base = 0.5 + 2·30 + 1.5·0.4 − 0.5·0.35 + 0.25·100 = 85.925
        // φ_age = 2·(40 − 30) = 20; φ_colour = 1.5·(0 − 0.4) − 0.5·(1 − 0.35) = −0.925; φ_income = 0.25·(80 − 100) = −5
        var shap = LinearShap.Explain(Model, ["age", "colour", "income"], [[40, 0, 1, 80]])[0];
        Assert.Equal(85.925, shap.BaseValue, 12);
        Assert.Equal(20.0, shap.PerPlayer[0], 12);
        Assert.Equal(-0.925, shap.PerPlayer[1], 12);
        Assert.Equal(-5.0, shap.PerPlayer[2], 12);
        Assert.Equal(LinearShap.Output(Model, [40, 0, 1, 80]), shap.Total, 12);
    }

    [Fact]
    public void SlotOfUnknownColumn_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => LinearShap.Explain(Model, ["age", "income"], [[1, 0, 0, 1]]));
        Assert.Contains("'colour'", error.Message);
    }
}
