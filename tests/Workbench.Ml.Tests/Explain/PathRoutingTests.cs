using Workbench.Ml.Explain;
using Workbench.Ml.Tests.Explain.Benchmarks;

namespace Workbench.Ml.Tests.Explain;

/// <summary>The branch-free routing pass and the bit extraction the leaf tables are indexed with.</summary>
public class PathRoutingTests
{
    // The failed players of every leaf by walking the tree recursively, as the definition reads.
    private static void Walk(CompiledTree tree, int[] nodeLocal, double[] row, int child, ulong failed, ulong[] byLeaf)
    {
        if (child < 0)
        {
            byLeaf[~child] = failed;
            return;
        }
        bool left = tree.GoesLeft(child, row);
        ulong bit = 1UL << nodeLocal[child];
        Walk(tree, nodeLocal, row, tree.Left[child], left ? failed : failed | bit, byLeaf);
        Walk(tree, nodeLocal, row, tree.Right[child], left ? failed | bit : failed, byLeaf);
    }

    private static void AssertRoutesLikeTheWalk(TreeEnsemble ensemble, IEnumerable<double[]> rows)
    {
        long budget = LeafPathTree.MaxEnsembleTable;
        var trees = ensemble.Trees.Select(t => LeafPathTree.Create(new CompiledTree(ensemble, t), ref budget)!).ToArray();
        foreach (var row in rows)
            foreach (var paths in trees)
            {
                var tree = paths.Tree;
                if (tree.Root < 0) continue;
                var expected = new ulong[tree.LeafValue.Length];
                Walk(tree, paths.NodeLocal, row, tree.Root, 0, expected);
                var buffer = new ulong[paths.Routing.Slots];
                paths.Routing.Route(row, buffer);
                Assert.Equal(expected, buffer[paths.Routing.Nodes..]);
            }
    }

    [Fact]
    public void NumericSplits_GiveEachLeafTheRecursiveWalksFailedPlayers()
    {
        var ensemble = LeafWiseEnsembles.Create(trees: 6, leaves: 31, features: 10, coverRows: 200, seed: 21);
        AssertRoutesLikeTheWalk(ensemble, LeafWiseEnsembles.Rows(50, 10, seed: 22));
    }

    [Fact]
    public void OneHotPlayers_GiveEachLeafTheRecursiveWalksFailedPlayers()
    {
        var random = new RandomEnsembles(23);
        var ensemble = random.Create(trees: 6, depth: 5, RandomEnsembles.MixedSlotCounts);
        AssertRoutesLikeTheWalk(ensemble, random.Rows(50, RandomEnsembles.MixedSlotCounts));
    }

    [Theory]
    [InlineData(0b1011_0110UL, 0b1111_0000UL, 0b1011UL)]
    [InlineData(0b1011_0110UL, 0b0101_0101UL, 0b0110UL)] // bits 0, 2, 4, 6 of the value are 0, 1, 1, 0
    [InlineData(ulong.MaxValue, 0x8000_0000_0000_0001UL, 0b11UL)]
    [InlineData(0UL, ulong.MaxValue, 0UL)]
    public void ExtractBits_PacksTheMaskedBitsLowToHigh(ulong value, ulong mask, ulong expected)
    {
        Assert.Equal(expected, LeafPathWorker.ExtractBitsPortable(value, mask));
        Assert.Equal(expected, LeafPathWorker.ExtractBits(value, mask));
    }

    [Fact]
    public void ColdProducts_AreTheLeafValueTimesTheColdPlayersZeroFractions()
    {
        var ensemble = LeafWiseEnsembles.Create(trees: 2, leaves: 12, features: 6, coverRows: 100, seed: 24);
        long budget = LeafPathTree.MaxEnsembleTable;
        var paths = LeafPathTree.Create(new CompiledTree(ensemble, ensemble.Trees[0]), ref budget)!;
        foreach (var leaf in paths.Leaves)
            for (int hot = 0; hot < 1 << leaf.Count; hot++)
            {
                double expected = leaf.Value;
                for (int j = 0; j < leaf.Count; j++)
                    if ((hot >> j & 1) == 0) expected *= paths.Players[leaf.Start + j].Zero;
                Assert.Equal(expected, paths.ColdProducts[leaf.TableStart + hot], 1e-15);
            }
    }
}
