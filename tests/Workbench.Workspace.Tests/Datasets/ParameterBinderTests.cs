using Workbench.Ml.Data;
using Workbench.Workspace.Datasets;

namespace Workbench.Workspace.Tests.Datasets;

public class ParameterBinderTests
{
    [Fact]
    public void BundledSqlite_UsesTheDirectPath() => Assert.True(ParameterBinder.IsDirect);

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
}
