using Workbench.Ml.Explain;
using Workbench.Ml.Tests.Explain.Benchmarks;

namespace Workbench.Ml.Tests.Explain;

public class LeafPathTreeTests
{
    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9, $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void PathsLongerThanTheTable_EqualBruteForce()
    {
        // A chain of 16 nodes over 14 numeric players (players 3 and 7 split twice): node i goes left to a leaf and
        // right to node i + 1, so the deepest paths carry 14 distinct players and take the per-row polynomial route.
        var random = new Random(3);
        int[] players = [0, 1, 2, 3, 4, 5, 3, 6, 7, 8, 9, 7, 10, 11, 12, 13];
        var nodes = players.Select((p, i) => new TreeNode(p, Math.Round(random.NextDouble(), 2), ~i, i + 1 < players.Length ? i + 1 : ~players.Length, 0)).ToArray();
        var leaves = Enumerable.Range(0, players.Length + 1).Select(_ => new TreeLeaf(Math.Round(random.NextDouble() * 2 - 1, 3), 0)).ToArray();
        var names = Enumerable.Range(0, 14).Select(f => $"f{f}").ToArray();
        var ensemble = CoverCalculator.WithCovers(new TreeEnsemble(0.3, [new RegressionTreeModel(1.5, nodes, leaves)], names,
            Enumerable.Range(0, 14).ToArray(), names), LeafWiseEnsembles.Rows(400, 14, seed: 5).Select(Skewed));
        Assert.True(LongestDistinctPath(ensemble, ensemble.Trees[0], 0, []) > LeafPathTree.MaxTabulated);
        foreach (var row in LeafWiseEnsembles.Rows(40, 14, seed: 4).Select(Skewed))
        {
            var fast = TreeShap.Explain(ensemble, row);
            var exact = BruteForceShapley.Explain(ensemble, row);
            for (int p = 0; p < 14; p++) AssertClose(exact.PerPlayer[p], fast.PerPlayer[p]);
        }
    }

    // Values pushed towards 1 so that rows walk deep into the chain.
    private static double[] Skewed(double[] row) => row.Select(v => Math.Sqrt(Math.Sqrt(v))).ToArray();

    [Fact]
    public void ExhaustedTableBudget_GivesTheSameValues()
    {
        var random = new RandomEnsembles(17);
        var ensemble = random.Create(trees: 3, depth: 5, RandomEnsembles.MixedSlotCounts);
        long none = 0;
        var trees = ensemble.Trees.Select(t => LeafPathTree.Create(new CompiledTree(ensemble, t), ref none)!).ToArray();
        Assert.All(trees, t => Assert.All(t.Leaves, leaf => Assert.Equal(-1, leaf.TableStart)));
        var worker = new LeafPathWorker(8);
        foreach (var row in random.Rows(30, RandomEnsembles.MixedSlotCounts))
        {
            var phi = new double[ensemble.Players.Count];
            foreach (var tree in trees) worker.Explain(tree, row, phi);
            var tabulated = TreeShap.Explain(ensemble, row).PerPlayer;
            for (int p = 0; p < phi.Length; p++) AssertClose(tabulated[p], phi[p]);
        }
    }

    [Fact]
    public void TreeWithMoreThan64SplitPlayers_IsLocallyAccurate()
    {
        var ensemble = LeafWiseEnsembles.Create(trees: 2, leaves: 200, features: 90, coverRows: 500, seed: 8);
        Assert.Contains(ensemble.Trees, t => t.Nodes.Select(n => n.Slot).Distinct().Count() > 64);
        var rows = LeafWiseEnsembles.Rows(50, 90, seed: 2);
        var values = TreeShap.ExplainMany(ensemble, rows);
        for (int r = 0; r < rows.Length; r++) AssertClose(ensemble.Predict(rows[r]), values[r].Total);
    }

    [Fact]
    public void ZeroCoverBranches_EqualBruteForce()
    {
        // Covers from 5 rows leave most branches empty, so many zero fractions are exactly 0.
        var ensemble = LeafWiseEnsembles.Create(trees: 4, leaves: 20, features: 8, coverRows: 5, seed: 12);
        foreach (var row in LeafWiseEnsembles.Rows(30, 8, seed: 13))
        {
            var fast = TreeShap.Explain(ensemble, row);
            var exact = BruteForceShapley.Explain(ensemble, row);
            for (int p = 0; p < 8; p++) AssertClose(exact.PerPlayer[p], fast.PerPlayer[p]);
            AssertClose(ensemble.Predict(row), fast.Total);
        }
    }

    private static int LongestDistinctPath(TreeEnsemble ensemble, RegressionTreeModel tree, int child, HashSet<int> seen)
    {
        if (child < 0) return seen.Count;
        var node = tree.Nodes[child];
        var next = new HashSet<int>(seen) { ensemble.PlayerOf(node) };
        return Math.Max(LongestDistinctPath(ensemble, tree, node.Left, next), LongestDistinctPath(ensemble, tree, node.Right, next));
    }
}
