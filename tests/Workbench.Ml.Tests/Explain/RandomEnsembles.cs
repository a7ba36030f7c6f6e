using Workbench.Ml.Explain;

namespace Workbench.Ml.Tests.Explain;

/// <summary>Random tree ensembles and rows over players that own one numeric slot or several one-hot slots.</summary>
internal sealed class RandomEnsembles(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Slot counts per player: 1 is numeric, more is a one-hot column.</summary>
    public static readonly int[] MixedSlotCounts = [1, 3, 1, 2, 1, 3];

    public TreeEnsemble Create(int trees, int depth, int[] slotCounts, int coverRows = 200)
    {
        var slotPlayer = slotCounts.SelectMany((count, p) => Enumerable.Repeat(p, count)).ToArray();
        var players = slotCounts.Select((_, p) => $"c{p}").ToArray();
        var slots = slotPlayer.Select((p, s) => $"c{p}.{s}").ToArray();
        var list = Enumerable.Range(0, trees).Select(_ => Tree(depth, slotCounts, slotPlayer)).ToArray();
        var ensemble = new TreeEnsemble(_random.NextDouble() - 0.5, list, slots, slotPlayer, players);
        return CoverCalculator.WithCovers(ensemble, Rows(coverRows, slotCounts));
    }

    public double[][] Rows(int count, int[] slotCounts) => Enumerable.Range(0, count).Select(_ => Row(slotCounts)).ToArray();

    private double[] Row(int[] slotCounts)
    {
        var row = new List<double>();
        foreach (var count in slotCounts)
        {
            if (count == 1) { row.Add(Math.Round(_random.NextDouble(), 2)); continue; }
            int hot = _random.Next(count + 1); // count means "none of the categories"
            for (int k = 0; k < count; k++) row.Add(k == hot ? 1 : 0);
        }
        return row.ToArray();
    }

    private RegressionTreeModel Tree(int depth, int[] slotCounts, int[] slotPlayer)
    {
        var nodes = new List<TreeNode>();
        var leaves = new List<TreeLeaf>();
        Grow(depth, nodes, leaves, slotCounts, slotPlayer);
        return new RegressionTreeModel(0.5 + _random.NextDouble(), nodes, leaves);
    }

    private int Grow(int depth, List<TreeNode> nodes, List<TreeLeaf> leaves, int[] slotCounts, int[] slotPlayer)
    {
        if (depth == 0 || (nodes.Count > 0 && _random.NextDouble() < 0.15))
        {
            leaves.Add(new TreeLeaf(Math.Round(_random.NextDouble() * 4 - 2, 3), 0));
            return ~(leaves.Count - 1);
        }
        int index = nodes.Count;
        nodes.Add(null!);
        int player = _random.Next(slotCounts.Length);
        int first = Array.IndexOf(slotPlayer, player);
        TreeNode node;
        if (slotCounts[player] == 1)
            node = new TreeNode(first, Math.Round(_random.NextDouble(), 2), 0, 0, 0);
        else
        {
            var chosen = Enumerable.Range(first, slotCounts[player]).Where(_ => _random.NextDouble() < 0.6).ToList();
            if (chosen.Count == 0) chosen.Add(first + _random.Next(slotCounts[player]));
            node = new TreeNode(chosen[0], 0, 0, 0, 0, chosen);
        }
        int left = Grow(depth - 1, nodes, leaves, slotCounts, slotPlayer);
        int right = Grow(depth - 1, nodes, leaves, slotCounts, slotPlayer);
        nodes[index] = node with { Left = left, Right = right };
        return index;
    }
}
