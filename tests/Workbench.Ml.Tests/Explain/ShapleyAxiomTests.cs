using Workbench.Ml.Explain;

namespace Workbench.Ml.Tests.Explain;

public class ShapleyAxiomTests
{
    // AND of two players: x0 > 0.5 and x1 > 0.5 gives 1, anything else 0; covers of a 2×2 grid with 25 rows per cell.
    // For the row (1, 1): v(∅) = 1/4, v({0}) = v({1}) = 1/2, v({0, 1}) = 1,
    // so φ0 = φ1 = ½ (v({0}) − v(∅)) + ½ (v({0, 1}) − v({1})) = ½ · ¼ + ½ · ½ = 0.375.
    [Fact]
    public void AndOfTwoPlayers_SplitsTheCreditEqually()
    {
        var tree = new RegressionTreeModel(1, [new TreeNode(0, 0.5, ~0, 1, 100), new TreeNode(1, 0.5, ~1, ~2, 50)],
            [new TreeLeaf(0, 50), new TreeLeaf(0, 25), new TreeLeaf(1, 25)]);
        var ensemble = new TreeEnsemble(0, [tree], ["a", "b"], [0, 1], ["a", "b"]);
        var shap = TreeShap.Explain(ensemble, [1, 1]);
        Assert.Equal(0.25, shap.BaseValue, 12);
        Assert.Equal(0.375, shap.PerPlayer[0], 12);
        Assert.Equal(0.375, shap.PerPlayer[1], 12);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void MirroredPlayers_GetEqualValues(int seed)
    {
        // Every tree is added once as drawn and once with players 0 and 2 (both numeric, one slot each) swapped.
        var random = new RandomEnsembles(seed);
        var drawn = random.Create(trees: 4, depth: 4, RandomEnsembles.MixedSlotCounts);
        int a = 0, b = Array.IndexOf(drawn.SlotPlayer.ToArray(), 2);
        var swapped = drawn.Trees.Select(t => t with { Nodes = t.Nodes.Select(n => n with { Slot = Swap(n.Slot, a, b) }).ToArray() });
        var ensemble = drawn with { Trees = drawn.Trees.Concat(swapped).ToArray() };
        foreach (var row in random.Rows(30, RandomEnsembles.MixedSlotCounts))
        {
            row[b] = row[a];
            var shap = TreeShap.Explain(ensemble, row);
            Assert.True(Math.Abs(shap.PerPlayer[0] - shap.PerPlayer[2]) <= 1e-12, $"{shap.PerPlayer[0]:R} vs {shap.PerPlayer[2]:R}");
        }
    }

    [Fact]
    public void PlayerNeverSplitOn_GetsZero()
    {
        var random = new RandomEnsembles(31);
        var drawn = random.Create(trees: 6, depth: 5, [1, 3, 1, 2]);
        var ensemble = drawn with
        {
            Slots = [.. drawn.Slots, "unused"], SlotPlayer = [.. drawn.SlotPlayer, 4], Players = [.. drawn.Players, "unused"],
        };
        foreach (var row in random.Rows(50, [1, 3, 1, 2, 1]))
        {
            var shap = TreeShap.Explain(ensemble, row);
            Assert.Equal(0.0, shap.PerPlayer[4]);
            Assert.Contains(shap.PerPlayer.Take(4), v => v != 0);
        }
    }

    [Fact]
    public void Ensemble_IsTheSumOfItsTrees()
    {
        var random = new RandomEnsembles(41);
        var ensemble = random.Create(trees: 8, depth: 5, RandomEnsembles.MixedSlotCounts);
        foreach (var row in random.Rows(50, RandomEnsembles.MixedSlotCounts))
        {
            var whole = TreeShap.Explain(ensemble, row);
            var parts = ensemble.Trees.Select(t => TreeShap.Explain(ensemble with { Bias = 0, Trees = [t] }, row)).ToList();
            Assert.Equal(ensemble.Bias + parts.Sum(p => p.BaseValue), whole.BaseValue, 12);
            for (int p = 0; p < whole.PerPlayer.Length; p++)
                Assert.Equal(parts.Sum(part => part.PerPlayer[p]), whole.PerPlayer[p], 12);
        }
    }

    private static int Swap(int slot, int a, int b) => slot == a ? b : slot == b ? a : slot;
}
