using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>The automatic choice of drift test at each boundary, and the reason it gives in words.</summary>
public class TestSelectionTests
{
    // n rows cycling through `distinct` values 0, 1, ..., distinct - 1.
    private static double[] Cycle(int n, int distinct) => Enumerable.Range(0, n).Select(i => (double)(i % distinct)).ToArray();

    private static ColumnDrift Auto(double[] r, double[] c) => Run(Numbers(r), Numbers(c), null);

    [Theory]
    [InlineData(1000, 6, DriftTestKind.Ks)]
    [InlineData(1001, 6, DriftTestKind.Wasserstein)]
    [InlineData(1000, 5, DriftTestKind.ChiSquare)]
    [InlineData(1001, 5, DriftTestKind.JensenShannon)]
    [InlineData(1000, 2, DriftTestKind.Z)]
    [InlineData(1001, 2, DriftTestKind.JensenShannon)]
    [InlineData(1000, 1, DriftTestKind.ChiSquare)]
    [InlineData(10, 3, DriftTestKind.ChiSquare)]
    public void NumericColumn_FollowsTheRowAndDistinctBoundaries(int rows, int distinct, DriftTestKind expected)
    {
        Assert.Equal(expected, Auto(Cycle(rows, distinct), Cycle(50, distinct)).Test);
    }

    [Fact]
    public void MissingValues_DoNotCountAsReferenceRows()
    {
        var r = Cycle(1001, 6);
        r[17] = double.NaN;
        var result = Auto(r, Cycle(50, 6));
        Assert.Equal(DriftTestKind.Ks, result.Test);
        Assert.Equal(1000, result.ReferenceRows);
        Assert.Equal(1, result.MissingReference);
    }

    [Fact]
    public void DistinctValues_AreCountedOverBothSamples()
    {
        // five values in R, a sixth only in C: 6 distinct, so KS
        Assert.Equal(DriftTestKind.Ks, Auto(Cycle(100, 5), [0, 1, 2, 3, 4, 5]).Test);
    }

    [Theory]
    [InlineData(1000, 2, DriftTestKind.Z)]
    [InlineData(1000, 3, DriftTestKind.ChiSquare)]
    [InlineData(1000, 40, DriftTestKind.ChiSquare)]
    [InlineData(1001, 40, DriftTestKind.JensenShannon)]
    public void CategoricalColumn_NeverGetsNumericTests(int rows, int distinct, DriftTestKind expected)
    {
        var r = Enumerable.Range(0, rows).Select(i => (string?)$"v{i % distinct}").ToArray();
        var c = Enumerable.Range(0, 30).Select(i => (string?)$"v{i % distinct}").ToArray();
        Assert.Equal(expected, Run(Texts(r), Texts(c), null).Test);
    }

    [Fact]
    public void Reason_NamesRowsDistinctValuesTestAndThreshold()
    {
        Assert.Equal("reference has 1,240 rows > 1000 and 37 distinct values > 5: normed Wasserstein, threshold 0.1",
            Auto(Cycle(1240, 37), Cycle(30, 37)).Reason);
        Assert.Equal("reference has 600 rows ≤ 1000 and 57 distinct values > 5: two-sample Kolmogorov–Smirnov, drift when p < 0.05",
            Auto(Cycle(600, 57), Cycle(580, 57)).Reason);
        Assert.Equal("reference has 1,000 rows ≤ 1000 and exactly 2 distinct values: two-proportion z-test, drift when p < 0.05",
            Auto(Cycle(1000, 2), Cycle(10, 2)).Reason);
        Assert.Equal("reference has 1,001 rows > 1000 and 5 distinct values ≤ 5: Jensen–Shannon distance, threshold 0.1",
            Auto(Cycle(1001, 5), Cycle(10, 5)).Reason);
        Assert.Equal("reference has 3 rows ≤ 1000 and the column is categorical with 3 distinct values: chi-square, drift when p < 0.05",
            Run(Texts("a", "b", "c"), Texts("a"), null).Reason);
    }

    [Fact]
    public void AskedTest_SaysItWasAskedForWithItsThreshold()
    {
        var options = new DriftOptions { Test = DriftTestKind.Psi, Thresholds = new Dictionary<DriftTestKind, double> { [DriftTestKind.Psi] = 0.25 } };
        var result = DriftCalculator.Compare(Numbers(1, 2, 3), Numbers(1, 2, 3), options);
        Assert.Equal("psi was asked for: population stability index, threshold 0.25", result.Reason);
        Assert.Equal(0.25, result.Threshold);
    }
}
