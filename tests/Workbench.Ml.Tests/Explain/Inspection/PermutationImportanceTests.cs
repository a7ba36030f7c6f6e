using Workbench.Ml.Data;
using Workbench.Ml.Explain.Inspection;

namespace Workbench.Ml.Tests.Explain.Inspection;

public class PermutationImportanceTests
{
    // Two rows: any shuffle of two rows is either the identity or the swap, so each repeat's outcome is known once we
    // know which happened. Model: prediction = x; label y = x. Accuracy of "prediction == label".
    // Baseline accuracy 1; swapped x gives predictions [2, 1] against labels [1, 2] → accuracy 0, identity → 1.
    private static readonly TabularData Two = new("two", [
        DataColumn.Numeric("x", ColumnType.Real, [1.0, 2.0]),
        DataColumn.Numeric("noise", ColumnType.Real, [5.0, 7.0]),
        DataColumn.Numeric("y", ColumnType.Real, [1.0, 2.0]),
    ]);

    private static double Accuracy(TabularData d) => Enumerable.Range(0, d.RowCount).Average(r => d["x"].Numbers![r] == d["y"].Numbers![r] ? 1.0 : 0.0);

    [Fact]
    public void HigherIsBetter_ImportanceIsTheDropAndStdIsPopulation()
    {
        var result = PermutationImportance.Compute(Accuracy, Two, ["x", "noise"], new PermutationImportanceOptions(true, Repeats: 8, Seed: 4));
        Assert.Equal(1.0, result.BaselineScore);
        var x = result.Columns[0];
        Assert.All(x.Repeats, v => Assert.True(v == 0 || v == 1));
        double share = x.Repeats.Average();
        Assert.Equal(share, x.Mean, 12);
        Assert.Equal(Math.Sqrt(share * (1 - share)), x.StandardDeviation, 12); // ddof 0 of 0/1 values
        Assert.Equal(new double[8], result.Columns[1].Repeats);
        Assert.Equal(0.0, result.Columns[1].StandardDeviation);
    }

    [Fact]
    public void LowerIsBetter_ImportanceIsTheRiseOfTheLoss()
    {
        // Squared error of prediction x against y on 4 rows; reversing x = [1, 2, 3, 4] against y = x gives
        // errors 9, 1, 1, 9: mean 5. Any shuffle gives a loss ≥ 0 = baseline, so every repeat is ≥ 0.
        var data = new TabularData("four", [
            DataColumn.Numeric("x", ColumnType.Real, [1.0, 2, 3, 4]), DataColumn.Numeric("y", ColumnType.Real, [1.0, 2, 3, 4])]);
        double Mse(TabularData d) => Enumerable.Range(0, 4).Average(r => Math.Pow(d["x"].Numbers![r] - d["y"].Numbers![r], 2));
        var result = PermutationImportance.Compute(Mse, data, ["x"], new PermutationImportanceOptions(false, Repeats: 20, Seed: 1));
        Assert.Equal(0.0, result.BaselineScore);
        Assert.All(result.Columns[0].Repeats, v => Assert.True(v >= 0 && v <= 10));
        Assert.True(result.Columns[0].Mean > 0);
        // Every loss of a permutation of 1..4 against 1..4 is an even integer over 4: 2·Σ(i − π(i))²/2/4.
        Assert.All(result.Columns[0].Repeats, v => Assert.Equal(0, v * 4 % 2));
    }

    [Fact]
    public void SameSeed_GivesTheSameRepeats()
    {
        var options = new PermutationImportanceOptions(true, Repeats: 5, Seed: 11);
        var a = PermutationImportance.Compute(Accuracy, Two, ["x"], options);
        var b = PermutationImportance.Compute(Accuracy, Two, ["x"], options);
        Assert.Equal(a.Columns[0].Repeats, b.Columns[0].Repeats);
    }

    [Fact]
    public void UnknownColumn_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => PermutationImportance.Compute(Accuracy, Two, ["nope"], new PermutationImportanceOptions(true)));
    }
}
