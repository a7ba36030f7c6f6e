using Workbench.Ml.Data;
using Workbench.Ml.Profiling;
using static Workbench.Ml.Tests.Profiling.ProfileAssert;

namespace Workbench.Ml.Tests.Profiling;

public class ProfileCalculatorTests
{
    private sealed class Recorder(Action<double>? onReport = null) : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value)
        {
            lock (Values) Values.Add(value);
            onReport?.Invoke(value);
        }
    }

    private static TabularData Sample() => Table(
        Real("x", 1, 2, double.NaN, 2),
        Integer("n", 1, 2, 3, 2),
        Categorical("c", "a", null, "b", null),
        Text("t", "hello", "world", "hello", null),
        Boolean("b", 1, 0, 1, 0),
        DataColumn.Numeric("d", ColumnType.Date, [0, 1, 2, 1]));

    [Fact]
    public void Overview_CountsRowsCellsDuplicatesAndTypes()
    {
        var data = Table(Real("x", 1, 1, double.NaN, 1), Categorical("c", "a", "a", null, "b"));
        var o = ProfileCalculator.Compute(data, new ProfileOptions { SizeBytes = 4096 }).Overview;
        Assert.Equal((4L, 2, 2L, 1L, 4096L), (o.Rows, o.ColumnCount, o.MissingCells, o.DuplicateRows, o.SizeBytes));
        Close(2.0 / 8, o.MissingShare);
        Close(0.25, o.DuplicateShare);
        Assert.Equal(new Dictionary<string, int> { ["real"] = 1, ["categorical"] = 1 }, o.TypeCounts);
    }

    [Fact]
    public void Columns_KeepTableOrderAndTypes()
    {
        var p = ProfileCalculator.Compute(Sample(), new ProfileOptions());
        Assert.Equal(["x", "n", "c", "t", "b", "d"], p.Columns.Select(c => c.Name));
        Assert.Equal([1L, 0, 2, 1, 0, 0], p.Columns.Select(c => c.Missing));
        Assert.Equal("test", p.DatasetName);
    }

    [Fact]
    public void HeadAndTail_AreFormattedRows()
    {
        var data = Table(Integer("i", Enumerable.Range(0, 25).Select(i => (double)i).ToArray()),
            Boolean("b", Enumerable.Range(0, 25).Select(i => (double)(i % 2)).ToArray()));
        var p = ProfileCalculator.Compute(data, new ProfileOptions());
        Assert.Equal(["i", "b"], p.Head.Columns);
        Assert.Equal(10, p.Head.Rows.Count);
        Assert.Equal("0|false", string.Join("|", p.Head.Rows[0]));
        Assert.Equal("15|true", string.Join("|", p.Tail.Rows[0]));
        Assert.Equal("24|false", string.Join("|", p.Tail.Rows[^1]));
    }

    [Fact]
    public void MissingMatrix_SamplesEvenlySpacedRows()
    {
        var values = Enumerable.Range(0, 1000).Select(i => i % 4 == 0 ? double.NaN : i).ToArray();
        var m = ProfileCalculator.Compute(Table(Real("x", values), Categorical("c", new string?[1000])), new ProfileOptions()).Missing;
        Assert.Equal(500, m.MatrixRowIndexes.Count);
        Assert.Equal([0, 2, 4, 6], m.MatrixRowIndexes.Take(4));
        Assert.Equal([true, true], m.Matrix[0]);
        Assert.Equal([false, true], m.Matrix[1]);
        Assert.Equal(250L, m.ByColumn[0].Count);
        Close(1.0, m.ByColumn[1].Share);
    }

    [Fact]
    public void Progress_RisesToOne()
    {
        var recorder = new Recorder();
        ProfileCalculator.Compute(Sample(), new ProfileOptions(), recorder);
        Assert.Equal(1.0, recorder.Values[^1]);
        Assert.All(recorder.Values, v => Assert.InRange(v, 0.0, 1.0));
        Assert.True(recorder.Values.Count >= Sample().Columns.Count);
    }

    [Fact]
    public void CancelledBeforeStart_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ProfileCalculator.Compute(Sample(), new ProfileOptions(), null, cts.Token));
    }

    [Fact]
    public void CancelledWhileRunning_Throws()
    {
        using var cts = new CancellationTokenSource();
        var data = Table(Enumerable.Range(0, 8).Select(c => Real($"c{c}", Enumerable.Range(0, 50_000).Select(i => (double)(i * (c + 3) % 977)).ToArray())).ToArray());
        var recorder = new Recorder(_ => cts.Cancel());
        Assert.ThrowsAny<OperationCanceledException>(() => ProfileCalculator.Compute(data, new ProfileOptions(), recorder, cts.Token));
        Assert.DoesNotContain(1.0, recorder.Values);
    }

    [Fact]
    public void ColumnsOfDifferentLengths_ThrowNamingTheColumn()
    {
        var error = Assert.Throws<ArgumentException>(() => ProfileCalculator.Compute(Table(Real("a", 1, 2), Real("b", 1)), new ProfileOptions()));
        Assert.Contains("Column 'b' of dataset 'test' has 1 values but column 'a' has 2", error.Message);
    }

    [Fact]
    public void NoRowsAndNoColumns_GiveAnEmptyProfile()
    {
        var p = ProfileCalculator.Compute(new TabularData("empty", []), new ProfileOptions());
        Assert.Equal((0L, 0), (p.Overview.Rows, p.Overview.ColumnCount));
        Assert.Equal(["EMPTY"], p.Alerts.Select(a => a.Kind));
        Assert.Empty(p.Head.Rows);
    }
}
