using Workbench.Ml.Data;

namespace Workbench.Ml.Drift;

/// <summary>Daily returns of a price series: price / previous price − 1, in date order, as finance courses compute them
/// (pandas: <c>close / close.shift(1) - 1</c> on rows sorted by date).</summary>
public static class DailyReturns
{
    /// <summary>The return of each row against the row before it in date order; missing (NaN) for the first day, for a
    /// missing price or date, and for the day after a missing price.</summary>
    public static double[] Of(double[] days, double[] prices)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(prices);
        if (days.Length != prices.Length)
            throw new DriftException($"The dates and prices differ in length ({days.Length} and {prices.Length}).");
        var order = Enumerable.Range(0, days.Length).Where(i => !double.IsNaN(days[i])).OrderBy(i => days[i]).ToArray();
        var returns = new double[days.Length];
        Array.Fill(returns, double.NaN);
        for (int k = 1; k < order.Length; k++)
            returns[order[k]] = prices[order[k]] / prices[order[k - 1]] - 1;
        return returns;
    }

    /// <summary>The table with a real column <paramref name="name"/> added: the daily returns of <paramref name="priceColumn"/>
    /// ordered by <paramref name="dateColumn"/>.</summary>
    /// <exception cref="DriftException">A column is missing, or the price column is not numeric.</exception>
    public static TabularData AddTo(TabularData data, string dateColumn, string priceColumn, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        var days = Windows.WindowSlicer.DateColumn(data, dateColumn).Numbers!;
        var prices = data.Columns.FirstOrDefault(c => c.Name == priceColumn)
            ?? throw new DriftException($"There is no column '{priceColumn}' to compute returns from; choose one of: {string.Join(", ", data.Columns.Select(c => c.Name))}.", priceColumn);
        if (prices.Numbers is null || prices.Type is ColumnType.Date or ColumnType.Boolean)
            throw new DriftException($"Column '{priceColumn}' is {prices.Type.ToName()}; returns need prices (integer or real).", priceColumn);
        if (data.Columns.Any(c => c.Name == name))
            throw new DriftException($"The data already has a column '{name}'; give the returns another name.", name);
        return data with { Columns = [.. data.Columns, DataColumn.Numeric(name, ColumnType.Real, Of(days, prices.Numbers))] };
    }
}
