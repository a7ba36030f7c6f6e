namespace Workbench.Ml.Explain;

/// <summary>Fills node and leaf covers by routing training rows through every tree of an ensemble.</summary>
public static class CoverCalculator
{
    /// <summary>A copy of the ensemble whose covers count the given training rows reaching each node and leaf.</summary>
    public static TreeEnsemble WithCovers(TreeEnsemble ensemble, IEnumerable<double[]> trainingRows)
    {
        ensemble.Validate();
        var rows = trainingRows as double[][] ?? trainingRows.ToArray();
        for (int r = 0; r < rows.Length; r++)
            if (rows[r].Length != ensemble.Slots.Count)
                throw new ArgumentException($"Training row {r} has {rows[r].Length} values but the model has {ensemble.Slots.Count} input slots.");
        var routings = ensemble.Trees.Select(t => new Routing(t)).ToArray();
        // Each row is routed through every tree while it is in cache; blocks of rows are counted in parallel and their
        // counts added (whole numbers, so the order of the sums does not matter).
        var blocks = Math.Clamp(rows.Length / 2048, 1, Environment.ProcessorCount);
        var nodeCounts = new double[blocks][][];
        var leafCounts = new double[blocks][][];
        Parallel.For(0, blocks, b =>
        {
            var nodes = ensemble.Trees.Select(t => new double[t.Nodes.Count]).ToArray();
            var leaves = ensemble.Trees.Select(t => new double[t.Leaves.Count]).ToArray();
            for (long r = rows.Length * (long)b / blocks, end = rows.Length * (long)(b + 1) / blocks; r < end; r++)
                for (int t = 0; t < routings.Length; t++)
                    routings[t].Count(rows[r], nodes[t], leaves[t]);
            (nodeCounts[b], leafCounts[b]) = (nodes, leaves);
        });
        var trees = ensemble.Trees.Select((tree, t) => tree with
        {
            Nodes = tree.Nodes.Select((node, n) => node with { Cover = nodeCounts.Sum(c => c[t][n]) }).ToArray(),
            Leaves = tree.Leaves.Select((leaf, l) => leaf with { Cover = leafCounts.Sum(c => c[t][l]) }).ToArray(),
        }).ToArray();
        return ensemble with { Trees = trees };
    }

    /// <summary>A tree's splits in flat arrays, so routing a row reads no records (the rule is <see cref="TreeNode.GoesLeft"/>'s).</summary>
    private sealed class Routing
    {
        private readonly int[] _slot, _left, _right, _categoryStart, _categoryCount, _categories;
        private readonly double[] _threshold;
        private readonly int _root;

        public Routing(RegressionTreeModel tree)
        {
            int n = tree.Nodes.Count;
            _root = tree.RootChild;
            (_slot, _left, _right, _categoryStart, _categoryCount, _threshold) = (new int[n], new int[n], new int[n], new int[n], new int[n], new double[n]);
            var categories = new List<int>();
            for (int i = 0; i < n; i++)
            {
                var node = tree.Nodes[i];
                (_slot[i], _threshold[i], _left[i], _right[i]) = (node.Slot, node.Threshold, node.Left, node.Right);
                _categoryStart[i] = categories.Count;
                if (node.CategoricalSlots is not null) categories.AddRange(node.CategoricalSlots);
                _categoryCount[i] = categories.Count - _categoryStart[i];
            }
            _categories = categories.ToArray();
        }

        /// <summary>Adds one to every node and the leaf that <paramref name="row"/> passes through.</summary>
        public void Count(double[] row, double[] nodeCounts, double[] leafCounts)
        {
            int child = _root;
            while (child >= 0)
            {
                nodeCounts[child]++;
                child = Next(child, row);
            }
            leafCounts[~child]++;
        }

        private int Next(int node, double[] row)
        {
            int count = _categoryCount[node];
            if (count == 0) return row[_slot[node]] <= _threshold[node] ? _left[node] : _right[node];
            int start = _categoryStart[node];
            for (int k = start; k < start + count; k++)
                if (row[_categories[k]] > 0) return _right[node];
            return _left[node];
        }
    }
}
