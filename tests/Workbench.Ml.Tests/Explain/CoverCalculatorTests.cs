using Workbench.Ml.Explain;

namespace Workbench.Ml.Tests.Explain;

public class CoverCalculatorTests
{
    // Slots: x (numeric, player 0), colour.red and colour.blue (one-hot, player 1).
    // Node 0: x <= 0.5 → node 1, else leaf 2. Node 1: categorical {red, blue}: none hot → leaf 0, else leaf 1.
    private static readonly TreeEnsemble Ensemble = new(0.5,
        [new RegressionTreeModel(1, [new TreeNode(0, 0.5, 1, ~2, 0), new TreeNode(1, 0, ~0, ~1, 0, [1, 2])],
            [new TreeLeaf(-1, 0), new TreeLeaf(2, 0), new TreeLeaf(3, 0)])],
        ["x", "colour.red", "colour.blue"], [0, 1, 1], ["x", "colour"]);

    [Fact]
    public void TrainingRows_AreCountedAtEveryNodeAndLeafTheyReach()
    {
        double[][] rows = [[0.1, 0, 0], [0.2, 0, 1], [0.5, 1, 0], [0.9, 1, 0], [0.7, 0, 0]];
        var tree = CoverCalculator.WithCovers(Ensemble, rows).Trees[0];
        Assert.Equal([5.0, 3.0], tree.Nodes.Select(n => n.Cover));
        Assert.Equal([1.0, 2.0, 2.0], tree.Leaves.Select(l => l.Cover));
    }

    [Fact]
    public void CategoricalSplit_GoesRightWhenAnySlotIsHot()
    {
        Assert.Equal(0.5 - 1, Ensemble.Predict([0.1, 0, 0]));
        Assert.Equal(0.5 + 2, Ensemble.Predict([0.1, 0, 1]));
        Assert.Equal(0.5 + 3, Ensemble.Predict([0.6, 1, 0]));
    }

    [Fact]
    public void LeafWithoutCover_StillGivesExactValues()
    {
        // No training row has x <= 0.5 with a colour, so leaf 1 has cover 0.
        double[][] rows = [[0.1, 0, 0], [0.9, 1, 0], [0.7, 0, 1]];
        var ensemble = CoverCalculator.WithCovers(Ensemble, rows);
        Assert.Equal(0.0, ensemble.Trees[0].Leaves[1].Cover);
        foreach (var row in new[] { new[] { 0.1, 0, 1.0 }, [0.1, 0, 0], [0.9, 0, 0] })
        {
            var fast = TreeShap.Explain(ensemble, row);
            var exact = BruteForceShapley.Explain(ensemble, row);
            Assert.Equal(exact.BaseValue, fast.BaseValue, 12);
            for (int p = 0; p < 2; p++) Assert.Equal(exact.PerPlayer[p], fast.PerPlayer[p], 12);
            Assert.Equal(ensemble.Predict(row), fast.Total, 12);
        }
    }

    [Fact]
    public void CategoricalSplitAcrossColumns_IsRejected()
    {
        var bad = Ensemble with { SlotPlayer = [0, 1, 0] };
        var error = Assert.Throws<ArgumentException>(() => CoverCalculator.WithCovers(bad, []));
        Assert.Contains("Tree 0 node 1", error.Message);
    }
}
