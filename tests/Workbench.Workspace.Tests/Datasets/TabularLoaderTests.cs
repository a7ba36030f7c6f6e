using System.Globalization;
using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class TabularLoaderTests
{
    [Fact]
    public async Task LargeTable_LoadsInRowRangesInRowOrderWithEveryType()
    {
        using var temp = new TempWorkspace();
        var rows = TabularLoader.Defaults.ParallelMinRows + 12_345;
        var ints = Enumerable.Range(0, rows).Select(i => i % 97 == 0 ? double.NaN : i * 3.0).ToArray();
        var reals = Enumerable.Range(0, rows).Select(i => i % 89 == 0 ? double.NaN : i / 7.0).ToArray();
        var bools = Enumerable.Range(0, rows).Select(i => i % 83 == 0 ? double.NaN : i % 2).Select(v => (double)v).ToArray();
        var dates = Enumerable.Range(0, rows).Select(i => i % 79 == 0 ? double.NaN : i % 3 == 0 ? i % 20_000 : i % 20_000 + 0.25).ToArray();
        var cats = Enumerable.Range(0, rows).Select(i => i % 73 == 0 ? null : "c" + i % 5).ToArray();
        var texts = Enumerable.Range(0, rows).Select(i => i % 71 == 0 ? null : $"ünï {i}").ToArray();
        var data = TempWorkspace.Table("t",
            DataColumn.Numeric("i", ColumnType.Integer, ints), DataColumn.Numeric("r", ColumnType.Real, reals),
            DataColumn.Numeric("b", ColumnType.Boolean, bools), DataColumn.Numeric("d", ColumnType.Date, dates),
            DataColumn.Text("c", ColumnType.Categorical, cats), DataColumn.Text("x", ColumnType.Text, texts));
        await temp.Datasets.SaveAsync("big", data, "test");

        var reports = new List<double>();
        var loaded = await temp.Datasets.LoadAsync("big", null, new SyncProgress(reports.Add));

        Assert.Equal(rows, loaded.RowCount);
        Assert.Equal(ints, loaded["i"].Numbers);
        Assert.Equal(reals, loaded["r"].Numbers);
        Assert.Equal(bools, loaded["b"].Numbers);
        Assert.Equal(dates, loaded["d"].Numbers);
        Assert.Equal(cats, loaded["c"].Strings);
        Assert.Equal(texts, loaded["x"].Strings);
        // A repeated category is one shared string.
        Assert.Same(loaded["c"].Strings![1], loaded["c"].Strings![6]);
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.Count > 10);
    }

    [Fact]
    public async Task ChosenColumns_LoadInTheGivenOrder()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("s", TempWorkspace.Table("s", DataColumn.Numeric("a", ColumnType.Real, [1, 2]),
            DataColumn.Text("b", ColumnType.Text, ["x", null])), "test");
        var loaded = await temp.Datasets.LoadAsync("s", ["b", "a"]);
        Assert.Equal(["b", "a"], loaded.Columns.Select(c => c.Name));
        Assert.Equal(new string?[] { "x", null }, loaded["b"].Strings);
        Assert.Equal([1.0, 2.0], loaded["a"].Numbers!);
    }

    [Theory]
    [InlineData("2019-05-24")]
    [InlineData("2019-05-24T13:45:07")]
    [InlineData("2024-02-29")]
    [InlineData("2019-05-24 13:45:07")]
    [InlineData("2019-05-24T13:45:07.5")]
    public void DateDays_MatchesDateTimeParse(string text)
    {
        var expected = DateValues.ToDays(DateTime.Parse(text, CultureInfo.InvariantCulture));
        Assert.Equal(expected, TableColumnsReader.DateDays(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
