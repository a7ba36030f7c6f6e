namespace Workbench.Ml.Explain;

/// <summary>Exact interventional TreeSHAP (Lundberg et al. 2020, "From local explanations to global understanding"):
/// the Shapley values of v(S) = mean over background rows z of f(x_S, z_rest), players being the original columns.</summary>
public static class InterventionalTreeShap
{
    /// <summary>Explains every row against the background rows (both as slot vectors); the base value is the mean
    /// output over the background.</summary>
    public static IReadOnlyList<ShapValues> ExplainMany(TreeEnsemble ensemble, IReadOnlyList<double[]> rows,
        IReadOnlyList<double[]> background, IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        ensemble.Validate();
        if (background.Count == 0) throw new ArgumentException("The interventional form needs at least one background row; pass a sample of the training rows.");
        for (int r = 0; r < rows.Count; r++) ensemble.CheckRow(rows[r].Length);
        for (int b = 0; b < background.Count; b++) ensemble.CheckRow(background[b].Length);
        var trees = ensemble.Trees.Select(t => new CompiledTree(ensemble, t)).ToArray();
        double baseValue = background.Average(z => ensemble.Predict(z));
        var result = new ShapValues[rows.Count];
        int done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, rows.Count, options, () => new InterventionalWorker(ensemble.Players.Count), (r, _, worker) =>
        {
            var phi = new double[ensemble.Players.Count];
            foreach (var z in background)
                foreach (var tree in trees) worker.Explain(tree, rows[r], z, phi);
            for (int p = 0; p < phi.Length; p++) phi[p] /= background.Count;
            result[r] = new ShapValues(baseValue, phi);
            int count = Interlocked.Increment(ref done);
            if (progress is not null && count % 16 == 0) progress.Report((double)count / rows.Count);
            return worker;
        }, _ => { });
        progress?.Report(1.0);
        return result;
    }
}

/// <summary>One (row, background row, tree) walk: where the two rows split differently, follow both branches, the row's
/// with the player taken from the row and the background's with it taken from the background.</summary>
internal sealed class InterventionalWorker(int players)
{
    private const byte FromRow = 1, FromBackground = 2;
    private readonly byte[] _state = new byte[players];
    private readonly int[] _fromRow = new int[players], _fromBackground = new int[players];
    private int _rowCount, _backgroundCount;
    private static readonly double[] Factorial = Enumerable.Range(0, 171).Select(k => Enumerable.Range(1, k).Aggregate(1.0, (f, i) => f * i)).ToArray();

    public void Explain(CompiledTree tree, double[] x, double[] z, double[] phi)
    {
        if (tree.Root < 0) return;
        (_rowCount, _backgroundCount) = (0, 0);
        Walk(tree, tree.Root, x, z, phi);
    }

    private void Walk(CompiledTree tree, int child, double[] x, double[] z, double[] phi)
    {
        if (child < 0)
        {
            AddLeaf(tree.LeafValue[~child], phi);
            return;
        }
        int player = tree.Player[child];
        int rowNext = tree.GoesLeft(child, x) ? tree.Left[child] : tree.Right[child];
        int backgroundNext = tree.GoesLeft(child, z) ? tree.Left[child] : tree.Right[child];
        if (_state[player] == FromRow || rowNext == backgroundNext) { Walk(tree, rowNext, x, z, phi); return; }
        if (_state[player] == FromBackground) { Walk(tree, backgroundNext, x, z, phi); return; }
        _state[player] = FromRow;
        _fromRow[_rowCount++] = player;
        Walk(tree, rowNext, x, z, phi);
        _rowCount--;
        _state[player] = FromBackground;
        _fromBackground[_backgroundCount++] = player;
        Walk(tree, backgroundNext, x, z, phi);
        _backgroundCount--;
        _state[player] = 0;
    }

    // The leaf counts in v(S) exactly when S holds every row player and no background player, so each row player
    // gains v·(a−1)!·b!/(a+b)! and each background player loses v·a!·(b−1)!/(a+b)!.
    private void AddLeaf(double value, double[] phi)
    {
        int a = _rowCount, b = _backgroundCount;
        if (a + b == 0 || value == 0) return;
        if (a + b > 170) throw new InvalidOperationException("More than 170 players differ on one path; the interventional form supports at most 170.");
        var f = Factorial;
        double total = f[a + b];
        if (a > 0)
        {
            double gain = value * f[a - 1] * f[b] / total;
            for (int i = 0; i < a; i++) phi[_fromRow[i]] += gain;
        }
        if (b > 0)
        {
            double loss = value * f[a] * f[b - 1] / total;
            for (int i = 0; i < b; i++) phi[_fromBackground[i]] -= loss;
        }
    }
}
