using Workbench.Ml.Explain.Agnostic;
using Xunit.Abstractions;

namespace Workbench.Ml.Tests.Explain.Agnostic;

public class PermutationShapleyTests(ITestOutputHelper output)
{
    // 14 players with pairwise and three-way interactions; exact values by enumerating all 2^14 coalitions.
    private static double F(double[] x) =>
        x.Select((v, i) => (i - 6) * 0.3 * v).Sum() + 1.5 * x[0] * x[1] - x[2] * x[3] * x[4] + Math.Max(x[5] + x[6], 0) + 0.5 * x[12] * x[13];

    [Fact]
    public void FourteenPlayers_ConvergeToExactWithinTolerance()
    {
        // Stated tolerance: with 200 antithetic pairs (400 orders) every value is within 0.1 of the exact one (the values
        // here reach about ±3), and ten times more orders cut the worst error at least in half.
        var rows = AgnosticTables.Numeric(14, 3, seed: 5);
        var background = AgnosticTables.Numeric(14, 8, seed: 6);
        var f = AgnosticTables.RowWise(F);
        var exact = Enumerable.Range(0, rows.RowCount).Select(r => Exact(rows, background, r)).ToArray();
        double Worst(int pairs)
        {
            var sampled = PermutationShapley.Explain(f, rows, background, AgnosticTables.Names(14), pairs, seed: 3);
            double worst = 0;
            for (int r = 0; r < rows.RowCount; r++)
            {
                for (int p = 0; p < 14; p++) worst = Math.Max(worst, Math.Abs(exact[r][p] - sampled[r].PerPlayer[p]));
                Assert.True(Math.Abs(F(Row(rows, r)) - sampled[r].Total) <= 1e-9, "local accuracy");
            }
            return worst;
        }
        double coarse = Worst(20), fine = Worst(200);
        output.WriteLine($"max |exact| = {exact.SelectMany(e => e).Max(Math.Abs):F3}; max error 40 orders {coarse:E3}, 400 orders {fine:E3}");
        Assert.True(fine <= 0.1, $"max error {fine}");
        Assert.True(fine <= coarse / 2, $"{coarse} → {fine}");
    }

    [Fact]
    public void SameSeed_GivesSameValues()
    {
        var rows = AgnosticTables.Numeric(14, 2, seed: 5);
        var f = AgnosticTables.RowWise(F);
        var a = PermutationShapley.Explain(f, rows, rows, AgnosticTables.Names(14), pairs: 4, seed: 9);
        var b = PermutationShapley.Explain(f, rows, rows, AgnosticTables.Names(14), pairs: 4, seed: 9);
        Assert.Equal(a[1].PerPlayer, b[1].PerPlayer);
        Assert.Equal((2L * 4 * 13 + 2) * 2, PermutationShapley.EvaluationsPerRow(14, 2, 4));
    }

    private static double[] Row(Workbench.Ml.Data.TabularData data, int r) => data.Columns.Select(c => c.Numbers![r]).ToArray();

    private static double[] Exact(Workbench.Ml.Data.TabularData rows, Workbench.Ml.Data.TabularData background, int r)
    {
        var x = Row(rows, r);
        var zs = Enumerable.Range(0, background.RowCount).Select(b => Row(background, b)).ToArray();
        var value = new double[1 << 14];
        var hybrid = new double[14];
        for (int mask = 0; mask < value.Length; mask++)
        {
            double sum = 0;
            foreach (var z in zs)
            {
                for (int i = 0; i < 14; i++) hybrid[i] = (mask >> i & 1) != 0 ? x[i] : z[i];
                sum += F(hybrid);
            }
            value[mask] = sum / zs.Length;
        }
        return InterventionalTreeShapTests.ShapleyFromValues(value, 14);
    }
}
