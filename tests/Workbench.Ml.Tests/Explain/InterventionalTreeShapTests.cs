using Workbench.Ml.Explain;

namespace Workbench.Ml.Tests.Explain;

public class InterventionalTreeShapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RandomEnsemble_EqualsInterventionalBruteForce(int seed)
    {
        var random = new RandomEnsembles(seed);
        var ensemble = random.Create(trees: 4, depth: 5, RandomEnsembles.MixedSlotCounts);
        var background = random.Rows(12, RandomEnsembles.MixedSlotCounts);
        var rows = random.Rows(15, RandomEnsembles.MixedSlotCounts);
        var values = InterventionalTreeShap.ExplainMany(ensemble, rows, background);
        for (int r = 0; r < rows.Length; r++)
        {
            var (baseValue, exact) = BruteForce(ensemble, rows[r], background);
            Assert.Equal(baseValue, values[r].BaseValue, 10);
            for (int p = 0; p < exact.Length; p++)
                Assert.True(Math.Abs(exact[p] - values[r].PerPlayer[p]) <= 1e-9, $"row {r} player {p}: {exact[p]:R} vs {values[r].PerPlayer[p]:R}");
            Assert.True(Math.Abs(ensemble.Predict(rows[r]) - values[r].Total) <= 1e-9);
        }
    }

    [Fact]
    public void SingleBackgroundRow_GivesTheHandComputedSplit()
    {
        // f = 1 when a > 0.5 and b > 0.5. Row (1, 1) against background (0, 0): v(∅) = 0, v({a}) = v({b}) = 0, v(both) = 1,
        // so each player gets ½.
        var tree = new RegressionTreeModel(1, [new TreeNode(0, 0.5, ~0, 1, 0), new TreeNode(1, 0.5, ~1, ~2, 0)],
            [new TreeLeaf(0, 0), new TreeLeaf(0, 0), new TreeLeaf(1, 0)]);
        var ensemble = new TreeEnsemble(0, [tree], ["a", "b"], [0, 1], ["a", "b"]);
        var shap = InterventionalTreeShap.ExplainMany(ensemble, [[1, 1]], [[0, 0]])[0];
        Assert.Equal([0.5, 0.5], shap.PerPlayer);
        Assert.Equal(0.0, shap.BaseValue);
    }

    // v(S) = mean over background rows z of f(x's slots for players in S, z's slots for the others).
    private static (double Base, double[] Phi) BruteForce(TreeEnsemble ensemble, double[] x, double[][] background)
    {
        int n = ensemble.Players.Count;
        var value = new double[1 << n];
        for (int mask = 0; mask < value.Length; mask++)
            value[mask] = background.Average(z => ensemble.Predict(
                x.Select((v, s) => (mask >> ensemble.SlotPlayer[s] & 1) != 0 ? v : z[s]).ToArray()));
        return (value[0], ShapleyFromValues(value, n));
    }

    internal static double[] ShapleyFromValues(double[] value, int n)
    {
        var phi = new double[n];
        for (int i = 0; i < n; i++)
            for (int mask = 0; mask < value.Length; mask++)
                if ((mask & 1 << i) == 0)
                {
                    int s = int.PopCount(mask);
                    double weight = Factorial(s) * Factorial(n - s - 1) / Factorial(n);
                    phi[i] += weight * (value[mask | 1 << i] - value[mask]);
                }
        return phi;
    }

    private static double Factorial(int k) => Enumerable.Range(1, k).Aggregate(1.0, (f, i) => f * i);
}
