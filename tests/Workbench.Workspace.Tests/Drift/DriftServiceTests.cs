using Workbench.Ml.Data;
using Workbench.Ml.Drift;
using Workbench.Workspace.Drift;

namespace Workbench.Workspace.Tests.Drift;

public sealed class DriftServiceTests : IDisposable
{
    private static readonly double[] R = [1.2, 3.4, 2.2, 5.1, 0.3, 4.4, 2.9, 3.3];
    private static readonly double[] C = [2.5, 6.1, 4.8, 5.5, 3.9, 7.2, 4.1];

    private readonly TempWorkspace ws = new();

    public void Dispose() => ws.Dispose();

    private DriftService Service() => new(ws.Datasets);

    private static DriftRequest Request(DriftSide reference, DriftSide current, DriftTestKind? test = null, params string[] columns) =>
        new(reference, current, new DriftOptions { Test = test }, columns.Length == 0 ? null : columns);

    private string Csv(string name, double[] x, string[] c) =>
        ws.WriteFile(name, "x,c\n" + string.Join("\n", x.Select((v, i) => $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)},{c[i % c.Length]}")) + "\n");

    /// <summary>60 daily rows from 2020-01-01: January holds i % 7, February (i % 5) + 1.5.</summary>
    private async Task SaveDailyAsync()
    {
        var days = Enumerable.Range(0, 60).Select(i => DateValues.ToDays(new DateTime(2020, 1, 1).AddDays(i))).ToArray();
        var values = Enumerable.Range(0, 60).Select(i => i < 31 ? i % 7 : (i - 31) % 5 + 1.5).ToArray();
        var colours = Enumerable.Range(0, 60).Select(i => (string?)(i % 3 == 0 ? "red" : "blue")).ToArray();
        await ws.Datasets.SaveAsync("daily", TempWorkspace.Table("daily",
            DataColumn.Numeric("day", ColumnType.Date, days), DataColumn.Numeric("value", ColumnType.Real, values),
            DataColumn.Text("colour", ColumnType.Categorical, colours)), "test");
    }

    [Fact]
    public async Task TwoFiles_MatchScipyKs()
    {
        var reference = Csv("r.csv", R, ["a", "b"]);
        var current = Csv("c.csv", C, ["a"]);

        var run = await Service().CompareAsync(Request(new DriftSide(reference), new DriftSide(current), columns: "x"));

        var x = Assert.Single(run.Report.Columns);
        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([1.2,3.4,2.2,5.1,0.3,4.4,2.9,3.3],[2.5,6.1,4.8,5.5,3.9,7.2,4.1]))"
        Assert.Equal(DriftTestKind.Ks, x.Test);
        Assert.Equal(0.6071428571428571, x.Statistic, 1e-12);
        Assert.Equal(0.08702408702408701, x.PValue!.Value, 1e-9);
        Assert.Equal(8, run.Reference.RowCount);
        Assert.Equal(7, run.Current.RowCount);
    }

    [Fact]
    public async Task StoredDatasets_CompareEveryReferenceColumn()
    {
        await ws.Datasets.SaveAsync("ref", TempWorkspace.Table("ref", DataColumn.Numeric("x", ColumnType.Real, R),
            DataColumn.Text("c", ColumnType.Categorical, ["a", "a", "b", "b", "c", "c", "a", "b"])), "test");
        await ws.Datasets.SaveAsync("cur", TempWorkspace.Table("cur", DataColumn.Numeric("x", ColumnType.Real, C),
            DataColumn.Text("c", ColumnType.Text, ["a", "b", "b", "b", "c", "c", "b"])), "test");
        var tables = ws.Tables();

        var run = await Service().CompareAsync(Request(DriftSide.Dataset("ref"), DriftSide.Dataset("cur")));

        Assert.Equal(["x", "c"], run.Report.Columns.Select(c => c.Column));
        // /usr/bin/python3 -c "from scipy import stats; print(stats.chi2_contingency([[3,3,2],[1,4,2]],correction=False)[:2])"
        var c = run.Report.Columns[1];
        Assert.Equal(DriftTestKind.ChiSquare, c.Test);
        Assert.Equal(1.080994897959184, c.Statistic, 1e-12);
        Assert.Equal(0.5824584369406594, c.PValue!.Value, 1e-9);
        Assert.Equal(tables, ws.Tables());
    }

    [Fact]
    public async Task OneDatasetInTwoDateWindows_ComparesTheRangesWithoutTheDateColumn()
    {
        await SaveDailyAsync();
        var january = DriftSide.Dataset("daily", new DateWindow("day", new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 31)));
        var february = DriftSide.Dataset("daily", new DateWindow("day", new DateOnly(2020, 2, 1), null));

        var run = await Service().CompareAsync(Request(january, february));

        Assert.Equal(["value", "colour"], run.Report.Columns.Select(c => c.Column));
        var value = run.Report.Columns[0];
        Assert.Equal(31, value.ReferenceRows);
        Assert.Equal(29, value.CurrentRows);
        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([i%7 for i in range(31)],[i%5+1.5 for i in range(29)]))"
        Assert.Equal(0.3225806451612903, value.Statistic, 1e-12);
        Assert.Equal(0.0653926848849198, value.PValue!.Value, 1e-9);
    }

    [Fact]
    public async Task EmptyWindow_ThrowsWithTheDatesTheColumnHolds()
    {
        await SaveDailyAsync();
        var later = DriftSide.Dataset("daily", new DateWindow("day", new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)));

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => Service().CompareAsync(Request(DriftSide.Dataset("daily"), later)));

        Assert.Contains("current window 2021-01-01 to 2021-12-31 by 'day' holds no rows", e.Message);
        Assert.Contains("from 2020-01-01 to 2020-02-29", e.Message);
    }

    [Fact]
    public async Task WindowOnANonDateColumn_Throws()
    {
        await SaveDailyAsync();
        var side = DriftSide.Dataset("daily", new DateWindow("value", new DateOnly(2020, 1, 1), null));

        var e = await Assert.ThrowsAsync<WorkspaceException>(() => Service().CompareAsync(Request(side, DriftSide.Dataset("daily"))));

        Assert.Contains("'value' is real, not a date", e.Message);
        Assert.Contains("date columns: day", e.Message);
    }

    [Fact]
    public async Task UnknownColumn_ThrowsNamingSideAndColumns()
    {
        var reference = Csv("r.csv", R, ["a"]);
        var current = ws.WriteFile("c.csv", "y\n1\n2\n");

        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            Service().CompareAsync(Request(new DriftSide(reference), new DriftSide(current), columns: "x")));

        Assert.Contains("Column 'x' is not in the current data (file '", e.Message);
        Assert.Contains("the current columns are: y", e.Message);
    }

    [Fact]
    public async Task UnknownColumnOfDataset_ThrowsBeforeLoading()
    {
        await SaveDailyAsync();

        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            Service().CompareAsync(Request(DriftSide.Dataset("daily"), DriftSide.Dataset("daily"), columns: "nope")));

        Assert.Contains("Column 'nope' is not in the reference data (dataset 'daily')", e.Message);
    }

    [Fact]
    public async Task TypesThatDiffer_Throw()
    {
        var reference = ws.WriteFile("r.csv", "x\n1\n2\n3\n");
        var current = ws.WriteFile("c.csv", "x\nred\nblue\nred\n");

        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            Service().CompareAsync(Request(new DriftSide(reference), new DriftSide(current))));

        Assert.Contains("Column 'x' is integer in the reference", e.Message);
        Assert.Contains("but categorical in the current data", e.Message);
    }

    [Fact]
    public async Task IntegerAgainstReal_IsCompared()
    {
        var reference = ws.WriteFile("r.csv", "x\n1\n2\n3\n");
        var current = ws.WriteFile("c.csv", "x\n1.5\n2.5\n3.5\n");

        var run = await Service().CompareAsync(Request(new DriftSide(reference), new DriftSide(current), DriftTestKind.Ks));

        // /usr/bin/python3 -c "from scipy import stats; print(stats.ks_2samp([1,2,3],[1.5,2.5,3.5]))"
        Assert.Equal(1 / 3.0, run.Report.Columns[0].Statistic, 1e-12);
        Assert.Equal(1.0, run.Report.Columns[0].PValue!.Value, 1e-9);
    }

    [Fact]
    public async Task TextColumnAskedForKs_ThrowsWorkspaceException()
    {
        var reference = Csv("r.csv", R, ["a", "b"]);
        var current = Csv("c.csv", C, ["a"]);

        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            Service().CompareAsync(Request(new DriftSide(reference), new DriftSide(current), DriftTestKind.Ks, "c")));

        Assert.Contains("Column 'c' holds text", e.Message);
        Assert.Contains("needs numbers", e.Message);
    }

    [Fact]
    public async Task UnknownDataset_ThrowsListingTheDatasets()
    {
        await SaveDailyAsync();

        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            Service().CompareAsync(Request(DriftSide.Dataset("daily"), DriftSide.Dataset("weekly"))));

        Assert.Contains("no dataset named 'weekly'", e.Message);
        Assert.Contains("the datasets are: daily", e.Message);
    }

    [Fact]
    public async Task MissingFile_ThrowsImportError()
    {
        var e = await Assert.ThrowsAsync<DataImportException>(() =>
            new DriftService().CompareAsync(Request(new DriftSide(Path.Combine(ws.Folder, "none.csv")), new DriftSide(Path.Combine(ws.Folder, "none.csv")))));

        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public async Task DatasetWithoutWorkspace_Throws()
    {
        var e = await Assert.ThrowsAsync<WorkspaceException>(() =>
            new DriftService().CompareAsync(Request(DriftSide.Dataset("a"), DriftSide.Dataset("b"))));

        Assert.Contains("needs a workspace", e.Message);
    }

    [Fact]
    public async Task Progress_EndsAtOne()
    {
        await SaveDailyAsync();
        var seen = new List<double>();
        var progress = new SynchronousProgress(seen);

        await Service().CompareAsync(Request(DriftSide.Dataset("daily"), DriftSide.Dataset("daily")), progress);

        Assert.Equal(1.0, seen[^1]);
        Assert.All(seen, v => Assert.InRange(v, 0, 1));
    }

    [Fact]
    public async Task Cancelled_Throws()
    {
        await SaveDailyAsync();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Service().CompareAsync(Request(DriftSide.Dataset("daily"), DriftSide.Dataset("daily")), null, cancel.Token));
    }

    [Fact]
    public async Task DateSpan_GivesFirstAndLastDay()
    {
        await SaveDailyAsync();

        var span = await Service().DateSpanAsync("daily", "day");

        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 29)), span);
    }

    private sealed class SynchronousProgress(List<double> seen) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (seen) seen.Add(value);
        }
    }
}
