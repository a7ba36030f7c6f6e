using Workbench.Ml.Data;
using Workbench.Ml.Explain.Agnostic;

namespace Workbench.Ml.Tests.Explain.Agnostic;

public class ExactShapleyTests
{
    [Fact]
    public void LinearFunction_GivesWeightTimesDistanceFromBackgroundMean()
    {
        double[] w = [1.5, -2, 0.5, 3, 0, -1, 0.25, 2];
        var rows = AgnosticTables.Numeric(8, 5, seed: 1);
        var background = AgnosticTables.Numeric(8, 20, seed: 2);
        var f = AgnosticTables.RowWise(x => 0.7 + x.Select((v, i) => w[i] * v).Sum());
        var values = ExactShapley.Explain(f, rows, background, AgnosticTables.Names(8));
        for (int r = 0; r < 5; r++)
            for (int i = 0; i < 8; i++)
            {
                double expected = w[i] * (rows.Columns[i].Numbers![r] - background.Columns[i].Numbers!.Average());
                Assert.True(Math.Abs(expected - values[r].PerPlayer[i]) <= 1e-9, $"row {r} x{i}: {expected} vs {values[r].PerPlayer[i]}");
            }
    }

    [Fact]
    public void NonlinearFunctionWithTextColumn_EqualsBruteForceOverOrders()
    {
        // f = x0·x1 + max(x2, 0) + (colour == "red" ? x0 : −1); brute force averages marginal contributions over all 4! orders.
        var rows = WithColour(AgnosticTables.Numeric(3, 4, seed: 3), ["red", "blue", null, "red"]);
        var background = WithColour(AgnosticTables.Numeric(3, 6, seed: 4), ["blue", "red", "red", "green", "blue", "red"]);
        Func<TabularData, double[]> f = data => Enumerable.Range(0, data.RowCount).Select(r =>
        {
            double x0 = data["x0"].Numbers![r], x1 = data["x1"].Numbers![r], x2 = data["x2"].Numbers![r];
            return x0 * x1 + Math.Max(x2, 0) + (data["colour"].Strings![r] == "red" ? x0 : -1);
        }).ToArray();
        string[] players = ["x0", "x1", "x2", "colour"];
        var values = ExactShapley.Explain(f, rows, background, players);
        for (int r = 0; r < rows.RowCount; r++)
        {
            var expected = OverOrders(f, rows, background, players, r);
            for (int p = 0; p < 4; p++) Assert.True(Math.Abs(expected[p] - values[r].PerPlayer[p]) <= 1e-9, $"row {r} player {p}");
            Assert.True(Math.Abs(f(BackgroundSampleRow(rows, r))[0] - values[r].Total) <= 1e-9);
        }
    }

    [Fact]
    public void ThirteenPlayers_AreRefused()
    {
        var rows = AgnosticTables.Numeric(13, 1, seed: 1);
        var error = Assert.Throws<ArgumentException>(() => ExactShapley.Explain(AgnosticTables.RowWise(x => x[0]), rows, rows, AgnosticTables.Names(13)));
        Assert.Contains("permutation sampling", error.Message);
    }

    private static TabularData BackgroundSampleRow(TabularData data, int row) => Workbench.Ml.Explain.BackgroundSample.Rows(data, [row]);

    private static TabularData WithColour(TabularData data, string?[] colours) =>
        data with { Columns = [.. data.Columns, DataColumn.Text("colour", ColumnType.Categorical, colours)] };

    private static double[] OverOrders(Func<TabularData, double[]> f, TabularData rows, TabularData background, string[] players, int r)
    {
        double Value(HashSet<string> coalition) => Enumerable.Range(0, background.RowCount).Average(b => f(new TabularData("h",
            rows.Columns.Select(c => coalition.Contains(c.Name) ? Pick(c, r) : Pick(background[c.Name], b)).ToArray()))[0]);
        var phi = new double[players.Length];
        var orders = Permutations(Enumerable.Range(0, players.Length).ToList()).ToList();
        foreach (var order in orders)
        {
            var coalition = new HashSet<string>();
            double previous = Value(coalition);
            foreach (var p in order)
            {
                coalition.Add(players[p]);
                double current = Value(coalition);
                phi[p] += (current - previous) / orders.Count;
                previous = current;
            }
        }
        return phi;
    }

    private static DataColumn Pick(DataColumn c, int row) => c.Numbers is { } n
        ? DataColumn.Numeric(c.Name, c.Type, [n[row]]) : DataColumn.Text(c.Name, c.Type, [c.Strings![row]]);

    private static IEnumerable<List<int>> Permutations(List<int> items) => items.Count <= 1 ? [items]
        : items.SelectMany(item => Permutations(items.Where(i => i != item).ToList()).Select(rest => (List<int>)[item, .. rest]));
}
