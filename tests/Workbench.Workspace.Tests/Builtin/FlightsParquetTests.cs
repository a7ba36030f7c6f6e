using Workbench.Ml.Data;
using Workbench.Workspace.Builtin;

namespace Workbench.Workspace.Tests.Builtin;

public sealed class FlightsParquetTests
{
    [Fact]
    public async Task Read_DropsTheStrayJulyRowsAndKeepsTypes()
    {
        var flights = BuiltinCatalog.Default.Find("flights")!;
        if (!flights.Available)
        {
            Assert.Contains("npm", flights.UnavailableReason); // offline build: nothing to read
            return;
        }

        var table = await FlightsParquet.ReadAsync(BuiltinCatalog.Default.PathOf(flights), "flights", null, default);

        Assert.Equal(FlightsParquet.Rows, table.RowCount);
        Assert.Equal(["date", "delay", "distance", "origin", "destination"], table.Columns.Select(c => c.Name));
        Assert.Equal([ColumnType.Date, ColumnType.Integer, ColumnType.Integer, ColumnType.Categorical, ColumnType.Categorical],
            table.Columns.Select(c => c.Type));
        var dates = table["date"].Numbers!;
        Assert.Equal("2001-01-01", DateValues.Format(Math.Floor(dates.Min())));
        Assert.True(dates.Max() < DateValues.ToDays(FlightsParquet.End));
        Assert.Equal("2001-06-30", DateValues.Format(Math.Floor(dates.Max())));
    }
}
