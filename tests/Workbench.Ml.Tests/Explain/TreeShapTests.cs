using Workbench.Ml.Explain;

namespace Workbench.Ml.Tests.Explain;

public class TreeShapTests
{
    private static void AssertClose(double expected, double actual, double tolerance = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");

    // One tree, one numeric split on player "x" (slot 0) at 0.5; player "y" (slot 1) is never split on.
    // Covers: 30 rows go left (leaf value 1), 10 go right (leaf value 5); bias 0.25, weight 2.
    // Base value = 0.25 + 2 · (30/40 · 1 + 10/40 · 5) = 0.25 + 2 · 2 = 4.25.
    // Row x = 0.9 goes right: raw output = 0.25 + 2 · 5 = 10.25.
    // Only x matters, so φ_x = v({x}) − v(∅) = 10.25 − 4.25 = 6 and φ_y = 0.
    [Fact]
    public void SingleSplit_MatchesHandComputedValues()
    {
        var tree = new RegressionTreeModel(2.0, [new TreeNode(0, 0.5, ~0, ~1, 40)], [new TreeLeaf(1, 30), new TreeLeaf(5, 10)]);
        var ensemble = new TreeEnsemble(0.25, [tree], ["x", "y"], [0, 1], ["x", "y"]);
        var shap = TreeShap.Explain(ensemble, [0.9, 123]);
        AssertClose(4.25, shap.BaseValue);
        AssertClose(6.0, shap.PerPlayer[0]);
        AssertClose(0.0, shap.PerPlayer[1]);
        AssertClose(10.25, ensemble.Predict([0.9, 123]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomEnsemble_EqualsBruteForce(int seed)
    {
        var random = new RandomEnsembles(seed);
        var ensemble = random.Create(trees: 5, depth: 4, RandomEnsembles.MixedSlotCounts);
        foreach (var row in random.Rows(40, RandomEnsembles.MixedSlotCounts))
        {
            var fast = TreeShap.Explain(ensemble, row);
            var exact = BruteForceShapley.Explain(ensemble, row);
            AssertClose(exact.BaseValue, fast.BaseValue);
            for (int p = 0; p < exact.PerPlayer.Length; p++) AssertClose(exact.PerPlayer[p], fast.PerPlayer[p]);
        }
    }

    [Fact]
    public void DeepTreesWithRepeatedPlayers_EqualBruteForce()
    {
        var random = new RandomEnsembles(11);
        var ensemble = random.Create(trees: 3, depth: 7, [1, 2, 3], coverRows: 500);
        Assert.Contains(ensemble.Trees, HasRepeatedPlayerOnAPath(ensemble));
        foreach (var row in random.Rows(30, [1, 2, 3]))
        {
            var fast = TreeShap.Explain(ensemble, row);
            var exact = BruteForceShapley.Explain(ensemble, row);
            for (int p = 0; p < exact.PerPlayer.Length; p++) AssertClose(exact.PerPlayer[p], fast.PerPlayer[p]);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void EveryRow_BaseValuePlusValuesEqualsRawOutput(int seed)
    {
        var random = new RandomEnsembles(seed);
        var ensemble = random.Create(trees: 20, depth: 6, RandomEnsembles.MixedSlotCounts);
        var rows = random.Rows(300, RandomEnsembles.MixedSlotCounts);
        var explained = TreeShap.ExplainMany(ensemble, rows);
        for (int r = 0; r < rows.Length; r++) AssertClose(ensemble.Predict(rows[r]), explained[r].Total);
    }

    [Fact]
    public void ExplainMany_EqualsExplainOneByOne()
    {
        var random = new RandomEnsembles(7);
        var ensemble = random.Create(trees: 10, depth: 5, RandomEnsembles.MixedSlotCounts);
        var rows = random.Rows(500, RandomEnsembles.MixedSlotCounts);
        var many = TreeShap.ExplainMany(ensemble, rows);
        for (int r = 0; r < rows.Length; r++) Assert.Equal(TreeShap.Explain(ensemble, rows[r]).PerPlayer, many[r].PerPlayer);
    }

    [Fact]
    public void CancelledBatch_ThrowsAndProgressEndsAtOne()
    {
        var random = new RandomEnsembles(8);
        var ensemble = random.Create(trees: 5, depth: 4, RandomEnsembles.MixedSlotCounts);
        var rows = random.Rows(1000, RandomEnsembles.MixedSlotCounts);
        Assert.ThrowsAny<OperationCanceledException>(() => TreeShap.ExplainMany(ensemble, rows, null, new CancellationToken(true)));
        var reports = new List<double>();
        TreeShap.ExplainMany(ensemble, rows, new SynchronousProgress(reports));
        Assert.Equal(1.0, reports[^1]);
        Assert.True(reports.Count > 1);
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports) reports.Add(value);
        }
    }

    [Fact]
    public void RowOfWrongLength_ThrowsNamingTheSlotCount()
    {
        var ensemble = new RandomEnsembles(1).Create(2, 2, [1, 1]);
        var error = Assert.Throws<ArgumentException>(() => TreeShap.Explain(ensemble, [1.0]));
        Assert.Contains("2 input slots", error.Message);
    }

    private static Predicate<RegressionTreeModel> HasRepeatedPlayerOnAPath(TreeEnsemble ensemble) => tree =>
    {
        bool Walk(int child, HashSet<int> seen)
        {
            if (child < 0) return false;
            var node = tree.Nodes[child];
            if (!seen.Add(ensemble.PlayerOf(node))) return true;
            bool found = Walk(node.Left, [.. seen]) || Walk(node.Right, [.. seen]);
            return found;
        }
        return Walk(tree.RootChild, []);
    };
}
