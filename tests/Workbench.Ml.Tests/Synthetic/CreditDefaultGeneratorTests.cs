using Workbench.Ml.Synthetic;

namespace Workbench.Ml.Tests.Synthetic;

public sealed class CreditDefaultGeneratorTests
{
    private static readonly Workbench.Ml.Data.TabularData Table = CreditDefaultGenerator.Generate();

    [Fact]
    public void SameSeed_GivesTheSameTable()
    {
        var again = CreditDefaultGenerator.Generate();
        foreach (var column in Table.Columns)
            Assert.Equal(column.Numbers!, again[column.Name].Numbers!);
    }

    [Fact]
    public void OtherSeed_GivesOtherRows()
    {
        var other = CreditDefaultGenerator.Generate(1000, seed: 8);
        Assert.NotEqual(Table["age"].Numbers!.Take(1000), other["age"].Numbers!);
    }

    [Fact]
    public void Defaults_MatchTheShapeOfGiveMeSomeCredit()
    {
        Assert.Equal(30_000, Table.RowCount);
        Assert.Equal(11, Table.Columns.Count);
        var label = Table[CreditDefaultGenerator.Label].Numbers!;
        Assert.All(label, v => Assert.True(v is 0 or 1));
        // pandas: df.delinquency.mean() = 0.06733333333333333 on the exported CSV
        Assert.Equal(0.0673333333, label.Average(), 9);
        Assert.Equal(0.2004, Table["monthly_income"].Numbers!.Average(v => double.IsNaN(v) ? 1.0 : 0.0), 4);
        Assert.Equal(0.0259, Table["num_dependents"].Numbers!.Average(v => double.IsNaN(v) ? 1.0 : 0.0), 4);
    }

    [Fact]
    public void MissingDependents_OnlyWhereIncomeIsMissing()
    {
        var income = Table["monthly_income"].Numbers!;
        var dependents = Table["num_dependents"].Numbers!;
        for (var i = 0; i < income.Length; i++)
            if (double.IsNaN(dependents[i])) Assert.True(double.IsNaN(income[i]));
    }

    [Fact]
    public void Utilization_IsSkewedWithFewHugeOutliers()
    {
        var util = Table["revolving_unsecured_line_utilization"].Numbers!;
        var aboveOne = util.Count(v => v > 1) / (double)util.Length;
        var huge = util.Count(v => v > 100) / (double)util.Length;
        Assert.InRange(aboveOne, 0.08, 0.12);   // 8 % in [1, 1.6) plus most of the 2 % outliers
        Assert.InRange(huge, 0.005, 0.02);
    }

    [Fact]
    public void ZeroRows_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => CreditDefaultGenerator.Generate(0));
}
