using System.Text.Json;
using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using static Workbench.Ml.Tests.Drift.DriftAssert;

namespace Workbench.Ml.Tests.Drift;

/// <summary>Comparing whole datasets: missing values, errors, corrections, the dataset verdict, progress and JSON.</summary>
public class DriftCalculatorTests
{
    // Pads with NaN (missing) to the table's row count.
    private static DataColumn Padded(string name, double[] values, int rows) =>
        DataColumn.Numeric(name, ColumnType.Real, values.Concat(Enumerable.Repeat(double.NaN, rows - values.Length)).ToArray());

    // Three KS columns with SciPy p-values 0.3728049728049728 (a), 0.6 (b) and 3.86438223766275e-11 (c).
    private static (TabularData Reference, TabularData Current) ThreeColumns()
    {
        var reference = new TabularData("ref",
        [
            Padded("a", [0.1, 0.4, 0.4, 0.7, 1.2, 1.2, 1.2, 2.5], 90),
            Padded("b", [1.0, 2.0], 90),
            Padded("c", Enumerable.Range(0, 60).Select(i => i / 60.0).ToArray(), 90),
        ]);
        var current = new TabularData("cur",
        [
            Padded("a", [0.4, 0.9, 1.2, 1.3, 2.5, 2.5, 3.1], 90),
            Padded("b", [1.5, 2.5, 3.5], 90),
            Padded("c", Enumerable.Range(0, 90).Select(i => (i + 50) / 90.0).ToArray(), 90),
        ]);
        return (reference, current);
    }

    private static readonly DriftOptions Ks = new() { Test = DriftTestKind.Ks };

    [Fact]
    public void Datasets_CompareEveryColumnInOrderAndCountMissing()
    {
        var (r, c) = ThreeColumns();
        var report = DriftCalculator.Compare(r, c, Ks);
        Assert.Equal(["a", "b", "c"], report.Columns.Select(x => x.Column));
        PValue(0.3728049728049728, report.Columns[0].PValue);
        PValue(0.6, report.Columns[1].PValue);
        PValue(3.86438223766275e-11, report.Columns[2].PValue);
        Assert.Equal((2, 88, 3, 87), (report.Columns[1].ReferenceRows, report.Columns[1].MissingReference, report.Columns[1].CurrentRows, report.Columns[1].MissingCurrent));
        Assert.Equal(1 / 3.0, report.DriftShare);
        Assert.False(report.DatasetDrift);
    }

    [Fact]
    public void BenjaminiHochberg_AdjustsAcrossColumns()
    {
        var (r, c) = ThreeColumns();
        var report = DriftCalculator.Compare(r, c, Ks with { Correction = DriftCorrection.BenjaminiHochberg });
        // sorted p: [3.864e-11, 0.3728, 0.6] -> [3·3.864e-11, 0.3728·3/2, 0.6]
        PValue(3.86438223766275e-11 * 3, report.Columns[2].AdjustedPValue);
        PValue(0.3728049728049728 * 1.5, report.Columns[0].AdjustedPValue);
        PValue(0.6, report.Columns[1].AdjustedPValue);
        PValue(0.6, report.Columns[1].PValue);
    }

    [Fact]
    public void Bonferroni_CanTurnADriftIntoNoDrift()
    {
        var r = new TabularData("r", [DataColumn.Numeric("a", ColumnType.Real, Spread(2000)), DataColumn.Numeric("b", ColumnType.Real, Spread(2000))]);
        var c = new TabularData("c", [DataColumn.Numeric("a", ColumnType.Real, Shifted(2000, 410)), DataColumn.Numeric("b", ColumnType.Real, Spread(2000))]);
        var plain = DriftCalculator.Compare(r, c, Ks);
        var corrected = DriftCalculator.Compare(r, c, Ks with { Correction = DriftCorrection.Bonferroni });
        double p = plain.Columns[0].PValue!.Value; // ks_2samp(R(2000), C(2000, 410)).pvalue = 0.04953464037142928
        PValue(0.04953464037142928, p);
        Assert.InRange(p, 0.025, 0.05);
        Assert.True(plain.Columns[0].Drifted);
        Assert.Equal(Math.Min(2 * p, 1), corrected.Columns[0].AdjustedPValue);
        Assert.False(corrected.Columns[0].Drifted);
    }

    [Fact]
    public void HalfTheColumnsDrifting_IsDatasetDrift()
    {
        var (r, c) = ThreeColumns();
        var report = DriftCalculator.Compare(r, c, Ks, ["a", "c"]);
        Assert.Equal(0.5, report.DriftShare);
        Assert.True(report.DatasetDrift);
        Assert.False(DriftCalculator.Compare(r, c, Ks with { DatasetDriftShare = 0.6 }, ["a", "c"]).DatasetDrift);
    }

    [Fact]
    public void Progress_ReachesOne()
    {
        var (r, c) = ThreeColumns();
        var seen = new List<double>();
        DriftCalculator.Compare(r, c, Ks, null, new SynchronousProgress(seen));
        Assert.Equal(3, seen.Count);
        Assert.Equal(1.0, seen.Max());
    }

    [Fact]
    public void CancelledToken_Throws()
    {
        var (r, c) = ThreeColumns();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DriftCalculator.Compare(r, c, Ks, null, null, cts.Token));
    }

    [Fact]
    public void MissingValues_AreDroppedAndCounted()
    {
        var result = Run(Texts("a", null, "b", null), Texts(null, "a", "a"), DriftTestKind.ChiSquare);
        Assert.Equal((2, 2, 2, 1), (result.ReferenceRows, result.MissingReference, result.CurrentRows, result.MissingCurrent));
    }

    [Theory]
    [InlineData(DriftTestKind.Ks)]
    [InlineData(DriftTestKind.Wasserstein)]
    public void TextColumnAskedForNumericTest_ThrowsNamingAlternatives(DriftTestKind test)
    {
        var e = Assert.Throws<DriftException>(() => Run(Texts("a", "b"), Texts("a"), test));
        Assert.Contains("'x' holds text", e.Message);
        Assert.Contains("chisquare", e.Message);
        Assert.Equal("x", e.Column);
    }

    [Fact]
    public void ZOnThreeValues_ThrowsSuggestingChiSquare()
    {
        var e = Assert.Throws<DriftException>(() => Run(Texts("a", "b"), Texts("c"), DriftTestKind.Z));
        Assert.Contains("3 distinct values", e.Message);
        Assert.Contains("use chisquare", e.Message);
    }

    [Fact]
    public void ColumnMissingOnOneSide_ThrowsNamingIt()
    {
        var (r, c) = ThreeColumns();
        var e = Assert.Throws<DriftException>(() => DriftCalculator.Compare(r, c, Ks, ["a", "age"]));
        Assert.Contains("'age' is not in either dataset", e.Message);
        var shorter = new TabularData("cur", c.Columns.Take(2).ToList());
        e = Assert.Throws<DriftException>(() => DriftCalculator.Compare(r, shorter, Ks));
        Assert.Contains("'c' is not in the current data 'cur'", e.Message);
    }

    [Fact]
    public void AllMissingColumn_ThrowsSayingThereIsNothingToCompare()
    {
        var e = Assert.Throws<DriftException>(() => Run(Numbers(1, 2), Numbers(double.NaN, double.NaN), null));
        Assert.Contains("'x' has only missing values (2 rows) in the current data", e.Message);
        e = Assert.Throws<DriftException>(() => Run(Texts(null, null, null), Texts("a"), null));
        Assert.Contains("in the reference data", e.Message);
        e = Assert.Throws<DriftException>(() => Run(Numbers(), Numbers(1), null));
        Assert.Contains("has no rows in the reference data", e.Message);
    }

    [Fact]
    public void DifferentTypesOnTheTwoSides_Throw()
    {
        var e = Assert.Throws<DriftException>(() => DriftCalculator.Compare(Numbers(1, 2), Texts("1", "2"), new DriftOptions()));
        Assert.Contains("numeric (real) in the reference but text (categorical)", e.Message);
    }

    [Fact]
    public void ColumnThatCannotBeCompared_FailsTheDatasetWithItsOwnMessage()
    {
        var r = new TabularData("r", [DataColumn.Numeric("a", ColumnType.Real, [1, 2]), DataColumn.Numeric("b", ColumnType.Real, [1, 2])]);
        var c = new TabularData("c", [DataColumn.Numeric("a", ColumnType.Real, [1, 3]), DataColumn.Text("b", ColumnType.Text, ["x", "y"])]);
        var e = Assert.Throws<DriftException>(() => DriftCalculator.Compare(r, c, new DriftOptions()));
        Assert.Equal("b", e.Column);
    }

    [Fact]
    public void InfiniteValue_ThrowsWithRow()
    {
        var e = Assert.Throws<DriftException>(() => Run(Numbers(1, double.PositiveInfinity), Numbers(1), null));
        Assert.Contains("row 2", e.Message);
    }

    [Fact]
    public void BadDatasetShare_Throws()
    {
        Assert.Throws<DriftException>(() => DriftCalculator.Compare(Numbers(1), Numbers(1), new DriftOptions { DatasetDriftShare = 0 }));
    }

    [Fact]
    public void Report_SerialisesWithTheCommandLineFieldNames()
    {
        var (r, c) = ThreeColumns();
        var report = DriftCalculator.Compare(r, c, new DriftOptions(), ["a"]);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report));
        var column = json.RootElement.GetProperty("columns")[0];
        Assert.Equal("ks", column.GetProperty("test").GetString());
        Assert.Equal("numeric", column.GetProperty("kind").GetString());
        foreach (var name in new[] { "column", "reason", "statistic", "pValue", "adjustedPValue", "threshold", "drifted", "referenceRows", "currentRows", "missingReference", "missingCurrent", "bins" })
            Assert.True(column.TryGetProperty(name, out _), name);
        Assert.True(json.RootElement.TryGetProperty("driftShare", out _));
        Assert.True(json.RootElement.TryGetProperty("datasetDrift", out _));
        var distance = DriftCalculator.Compare(r, c, new DriftOptions { Test = DriftTestKind.Psi }, ["a"]);
        using var json2 = JsonDocument.Parse(JsonSerializer.Serialize(distance));
        Assert.Equal(JsonValueKind.Null, json2.RootElement.GetProperty("columns")[0].GetProperty("pValue").ValueKind);
        Assert.Equal("psi", json2.RootElement.GetProperty("columns")[0].GetProperty("test").GetString());
    }

    [Fact]
    public void TestNames_ParseAndPrint()
    {
        foreach (var kind in Enum.GetValues<DriftTestKind>()) Assert.Equal(kind, DriftTestKinds.Parse(kind.ToName()));
        Assert.Null(DriftTestKinds.Parse("anderson"));
    }

    private sealed class SynchronousProgress(List<double> seen) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (seen) seen.Add(value);
        }
    }
}
