using Workbench.Ml.Data;
using Workbench.Ml.Drift;

namespace Workbench.Ml.Tests.Drift;

public sealed class DailyReturnsTests
{
    [Fact]
    public void Returns_AreInDateOrderWithTheFirstDayMissing()
    {
        // Rows out of order: days 3, 1, 2 with prices 110, 100, 105.
        var returns = DailyReturns.Of([3, 1, 2], [110, 100, 105]);

        Assert.True(double.IsNaN(returns[1]));
        Assert.Equal(105.0 / 100 - 1, returns[2], 1e-15);
        Assert.Equal(110.0 / 105 - 1, returns[0], 1e-15);
    }

    [Fact]
    public void Sp500FirstDays_MatchPandas()
    {
        // /usr/bin/python3: d = pd.read_csv("sp500-2000.csv"); (d.close / d.close.shift(1) - 1)[1:4]
        // -> -0.03834466823710192, 0.0019221827009932024, 0.0009556782380377715
        var returns = DailyReturns.Of([0, 1, 2, 3], [1455.219971, 1399.420044, 1402.109985, 1403.449951]);

        Assert.Equal(-0.03834466823710192, returns[1], 1e-15);
        Assert.Equal(0.0019221827009932024, returns[2], 1e-15);
        Assert.Equal(0.0009556782380377715, returns[3], 1e-15);
    }

    [Fact]
    public void MissingPrice_MakesItsDayAndTheNextMissing()
    {
        var returns = DailyReturns.Of([1, 2, 3, 4], [100, double.NaN, 110, 121]);

        Assert.Equal([true, true, true, false], returns.Select(double.IsNaN));
        Assert.Equal(0.1, returns[3], 1e-15);
    }

    [Fact]
    public void AddTo_AppendsARealColumn()
    {
        var data = new TabularData("p", [DataColumn.Numeric("day", ColumnType.Date, [1, 2]), DataColumn.Numeric("close", ColumnType.Real, [10, 12])]);

        var added = DailyReturns.AddTo(data, "day", "close", "return");

        Assert.Equal(ColumnType.Real, added["return"].Type);
        Assert.Equal(0.2, added["return"].Numbers![1], 1e-15);
    }

    [Fact]
    public void AddToWithTextPrices_Throws()
    {
        var data = new TabularData("p", [DataColumn.Numeric("day", ColumnType.Date, [1]), DataColumn.Text("close", ColumnType.Text, ["x"])]);

        var e = Assert.Throws<DriftException>(() => DailyReturns.AddTo(data, "day", "close", "return"));

        Assert.Contains("returns need prices", e.Message);
    }
}
