using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class TableWriterTests
{
    [Fact]
    public async Task EveryKindOfValue_IsStoredExactly()
    {
        using var temp = new TempWorkspace();
        await temp.Datasets.SaveAsync("kinds", TempWorkspace.Table("k",
            DataColumn.Numeric("i", ColumnType.Integer, [long.MaxValue / 1024, -1, double.NaN]),
            DataColumn.Numeric("r", ColumnType.Real, [double.Epsilon, -0.5, double.PositiveInfinity]),
            DataColumn.Text("t", ColumnType.Text, ["", "ünïcödé 🙂", null])), "test");
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM kinds WHERE t = '' AND typeof(t) = 'text';"));
        Assert.Equal(1, temp.Scalar("SELECT COUNT(*) FROM kinds WHERE t IS NULL AND i IS NULL;"));
        Assert.Equal(long.MaxValue / 1024, temp.Scalar("SELECT i FROM kinds WHERE rowid = 1;"));
        var loaded = await temp.Datasets.LoadAsync("kinds");
        Assert.Equal(new[] { double.Epsilon, -0.5, double.PositiveInfinity }, loaded["r"].Numbers!.AsEnumerable());
        Assert.Equal(new string?[] { "", "ünïcödé 🙂", null }, loaded["t"].Strings!.AsEnumerable());
    }

    [Fact]
    public async Task ImportsAndLoadsAtOnce_EachStoreAndReadTheirOwnValuesExactly()
    {
        using var temp = new TempWorkspace();
        const int rows = 20_000;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(k => Task.Run(() => temp.Datasets.SaveAsync($"d{k}", TempWorkspace.Table($"d{k}",
            DataColumn.Numeric("i", ColumnType.Integer, Enumerable.Range(0, rows).Select(r => (double)(r * 7 + k)).ToArray()),
            DataColumn.Text("t", ColumnType.Text, Enumerable.Range(0, rows).Select(r => $"v{(r + k) % 97}").ToArray())), "test"))));

        var loads = await Task.WhenAll(Enumerable.Range(0, 8).Select(j => Task.Run(() => temp.Datasets.LoadAsync($"d{j % 4}"))));

        for (var j = 0; j < loads.Length; j++)
        {
            var k = j % 4;
            Assert.Equal(Enumerable.Range(0, rows).Select(r => (double)(r * 7 + k)), loads[j]["i"].Numbers!.AsEnumerable());
            Assert.Equal(Enumerable.Range(0, rows).Select(r => $"v{(r + k) % 97}"), loads[j]["t"].Strings!.AsEnumerable());
        }
    }
}
