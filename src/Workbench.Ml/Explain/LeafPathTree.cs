namespace Workbench.Ml.Explain;

/// <summary>A distinct player on a root-to-leaf path: its tree-local bit, its zero fraction (the product of the cover
/// fractions at its nodes on the path) and one minus that fraction.</summary>
internal struct PathPlayer
{
    public int Player, Local;
    public double Zero, OneMinusZero;
}

/// <summary>Where a leaf's path players and subset tables start, how many players there are, their tree-local bits
/// (players are stored in ascending local order, so bit j of a table index is the j-th set bit of Mask), and the
/// weighted leaf value.</summary>
internal struct PathLeaf
{
    public int Start, Count, TableStart;
    public ulong Mask;
    public double Value;
}

/// <summary>A tree split into its root-to-leaf paths for TreeSHAP: per leaf the distinct players on the path and a
/// table of subset sums over them.</summary>
/// <remarks>A leaf's part of the path-dependent value is the game v·Π_k (k ∈ S ? o_k : z_k), with o_k = 1 when the row
/// follows the path at every node of player k. With H the players the row follows, Z the product of the other players'
/// zero fractions and U(G) = Σ_{S ⊆ G} w(|S|, D) Π_{k ∈ G∖S} z_k, its Shapley values are v(1 − z_j)·Z·U(H∖{j}) for j in H
/// and −v·Z·U(H) for the others: exact, and O(D) per leaf and row once U is tabulated (Fast TreeSHAP v2's idea). v·Z is
/// tabulated over H as well (<see cref="ColdProducts"/>), and H is read off the failed players with one bit extraction.</remarks>
internal sealed class LeafPathTree
{
    /// <summary>Players on a path up to which U is tabulated over all subsets; longer paths compute it per row.</summary>
    public const int MaxTabulated = 12;

    /// <summary>Table entries (doubles) an ensemble may use in all (64 MB); leaves past it compute U per row. Each
    /// tabulated leaf takes two entries per subset (U and v·Z).</summary>
    public const long MaxEnsembleTable = 1L << 23;

    public readonly CompiledTree Tree;
    public readonly int[] NodeLocal;
    public readonly PathLeaf[] Leaves;
    public readonly PathPlayer[] Players;
    /// <summary>U(H) per leaf, indexed by the hot set H.</summary>
    public readonly double[] Table;
    /// <summary>v·Z(H): the leaf value times the zero fractions of the players not in H, indexed like <see cref="Table"/>.</summary>
    public readonly double[] ColdProducts;
    /// <summary>Each path player's column and one minus its zero fraction, parallel to <see cref="Players"/>.</summary>
    public readonly int[] PlayerOf;
    public readonly double[] OneMinusZero;
    public readonly PathRouting Routing;

    private LeafPathTree(CompiledTree tree, int[] nodeLocal, (int Local, int Player, double Zero)[][] paths, ref long budget)
    {
        Tree = tree;
        NodeLocal = nodeLocal;
        Leaves = new PathLeaf[paths.Length];
        var players = new List<PathPlayer>();
        var (table, coldProducts) = (new List<double>(), new List<double>());
        for (int l = 0; l < paths.Length; l++)
        {
            var path = paths[l].OrderBy(p => p.Local).ToArray();
            bool tabulated = path.Length <= MaxTabulated && budget >= 2L << path.Length;
            if (tabulated) budget -= 2L << path.Length;
            ulong mask = 0;
            foreach (var p in path) mask |= 1UL << p.Local;
            Leaves[l] = new PathLeaf { Start = players.Count, Count = path.Length, TableStart = tabulated ? table.Count : -1, Mask = mask, Value = tree.LeafValue[l] };
            foreach (var (local, player, zero) in path)
                players.Add(new PathPlayer { Player = player, Local = local, Zero = zero, OneMinusZero = 1 - zero });
            if (!tabulated) continue;
            var zeros = path.Select(p => p.Zero).ToArray();
            Tabulate(zeros, table);
            TabulateColdProducts(zeros, tree.LeafValue[l], coldProducts);
        }
        (Players, Table, ColdProducts) = (players.ToArray(), table.ToArray(), coldProducts.ToArray());
        PlayerOf = Players.Select(p => p.Player).ToArray();
        OneMinusZero = Players.Select(p => p.OneMinusZero).ToArray();
        Routing = new PathRouting(tree, nodeLocal);
    }

    /// <summary>The path form of a compiled tree, or null when more than 64 distinct players split in it; tables are
    /// taken out of <paramref name="budget"/> (table entries left for the ensemble).</summary>
    public static LeafPathTree? Create(CompiledTree tree, ref long budget)
    {
        var distinct = tree.Player.Distinct().ToArray();
        if (distinct.Length > 64) return null;
        var localOf = distinct.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var nodeLocal = tree.Player.Select(p => localOf[p]).ToArray();
        var paths = new (int, int, double)[tree.LeafValue.Length][];
        Array.Fill(paths, []);
        if (tree.Root >= 0) Walk(tree, nodeLocal, tree.Root, [], paths);
        return new LeafPathTree(tree, nodeLocal, paths, ref budget);
    }

    private static void Walk(CompiledTree tree, int[] nodeLocal, int child, List<(int Local, int Player, double Zero)> path,
        (int, int, double)[][] paths)
    {
        if (child < 0)
        {
            // A player repeated on the path is one player whose zero fractions multiply.
            paths[~child] = path.GroupBy(p => p.Local).Select(g => (g.Key, g.First().Player, g.Aggregate(1.0, (z, p) => z * p.Zero))).ToArray();
            return;
        }
        var (local, player) = (nodeLocal[child], tree.Player[child]);
        Walk(tree, nodeLocal, tree.Left[child], [.. path, (local, player, tree.LeftFraction[child])], paths);
        Walk(tree, nodeLocal, tree.Right[child], [.. path, (local, player, tree.RightFraction[child])], paths);
    }

    // v·Π_{k ∉ H} z_k for every hot set H (bit j = j-th player), built over the complements, smallest bit first.
    private static void TabulateColdProducts(double[] zeros, double value, List<double> coldProducts)
    {
        int n = zeros.Length, full = (1 << n) - 1;
        var byCold = new double[1 << n];
        byCold[0] = value;
        for (int cold = 1; cold <= full; cold++)
        {
            int top = 31 - int.LeadingZeroCount(cold);
            byCold[cold] = byCold[cold ^ (1 << top)] * zeros[top];
        }
        for (int hot = 0; hot <= full; hot++) coldProducts.Add(byCold[full ^ hot]);
    }

    // U over every subset G of the path's players (bit j = j-th player), from the polynomials Π_{k ∈ G} (1 + z_k t).
    private static void Tabulate(double[] zeros, List<double> table)
    {
        int n = zeros.Length, count = 1 << n;
        var polynomials = new double[count * (n + 1)];
        polynomials[0] = 1;
        var weights = ShapleyWeights.For(n);
        for (int subset = 0; subset < count; subset++)
        {
            int size = int.PopCount(subset);
            var poly = polynomials.AsSpan(subset * (n + 1), n + 1);
            if (subset > 0)
            {
                int top = 31 - int.LeadingZeroCount(subset);
                var previous = polynomials.AsSpan((subset ^ (1 << top)) * (n + 1), n + 1);
                poly[0] = 1;
                for (int e = 1; e <= size; e++) poly[e] = previous[e] + zeros[top] * previous[e - 1];
            }
            double total = 0;
            for (int s = 0; s <= size && s < n; s++) total += weights[s] * poly[size - s];
            table.Add(total);
        }
    }
}
