using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Workbench.Ml.Explain;

/// <summary>Exact tree-path-dependent TreeSHAP (Lundberg et al. 2018) over the original columns.</summary>
/// <remarks>Each tree is split into its root-to-leaf paths with tabulated subset sums (<see cref="LeafPathTree"/>), which
/// gives the same values as Algorithm 2 in O(D) per leaf and row; a tree with more than 64 distinct split players runs
/// Algorithm 2 itself (EXTEND/UNWIND on a preallocated path).</remarks>
public static class TreeShap
{
    // Rows explained together tree by tree: enough that a tree's tables are reused from cache across many rows.
    private const int RowsPerChunk = 256;
    private static readonly ConditionalWeakTable<TreeEnsemble, Compiled> Cache = new();

    /// <summary>The Shapley value of every player for one row of slot values, on the raw output.</summary>
    public static ShapValues Explain(TreeEnsemble ensemble, double[] row)
    {
        var compiled = Compile(ensemble);
        ensemble.CheckRow(row.Length);
        var phi = new double[ensemble.Players.Count];
        new Worker(compiled).Explain(compiled, row, phi);
        return new ShapValues(compiled.BaseValue, phi);
    }

    /// <summary>Explains many rows in parallel (chunks of rows, trees outermost within a chunk), each worker reusing its buffers.</summary>
    public static IReadOnlyList<ShapValues> ExplainMany(TreeEnsemble ensemble, IReadOnlyList<double[]> rows,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var compiled = Compile(ensemble);
        for (int r = 0; r < rows.Count; r++)
            if (rows[r].Length != ensemble.Slots.Count)
                throw new ArgumentException($"Row {r} has {rows[r].Length} values but the model has {ensemble.Slots.Count} input slots; pass one value per slot.");
        int players = ensemble.Players.Count;
        var values = new double[rows.Count][];
        for (int r = 0; r < rows.Count; r++) values[r] = new double[players];
        int done = 0, reported = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.ForEach(Partitioner.Create(0, rows.Count, RowsPerChunk), options, () => new Worker(compiled), (range, state, worker) =>
        {
            for (int t = 0; t < compiled.Paths.Length; t++)
                for (int r = range.Item1; r < range.Item2; r++) worker.ExplainTree(compiled, t, rows[r], values[r]);
            int count = Interlocked.Add(ref done, range.Item2 - range.Item1);
            if (progress is not null && count - Volatile.Read(ref reported) >= rows.Count / 50 + 1)
            {
                Volatile.Write(ref reported, count);
                progress.Report((double)count / rows.Count);
            }
            return worker;
        }, _ => { });
        progress?.Report(1.0);
        return values.Select(phi => new ShapValues(compiled.BaseValue, phi)).ToArray();
    }

    /// <summary>The base value: bias plus each tree's cover-weighted mean prediction.</summary>
    public static double BaseValue(TreeEnsemble ensemble) => Compile(ensemble).BaseValue;

    private static Compiled Compile(TreeEnsemble ensemble) => Cache.GetValue(ensemble, e =>
    {
        e.Validate();
        var trees = e.Trees.Select(t => new CompiledTree(e, t)).ToArray();
        int maxDepth = trees.Length == 0 ? 0 : trees.Max(t => t.MaxDepth);
        if (maxDepth > ShapPath.MaxDepth)
            throw new ArgumentException($"A tree is {maxDepth} splits deep; TreeSHAP supports at most {ShapPath.MaxDepth}.");
        double baseValue = e.Bias + trees.Sum(t => t.ExpectedValue());
        long budget = LeafPathTree.MaxEnsembleTable;
        var paths = new LeafPathTree?[trees.Length];
        for (int t = 0; t < trees.Length; t++) paths[t] = LeafPathTree.Create(trees[t], ref budget);
        return new Compiled(trees, paths, baseValue, maxDepth);
    });

    private sealed record Compiled(CompiledTree[] Trees, LeafPathTree?[] Paths, double BaseValue, int MaxDepth);

    private sealed class Worker(Compiled compiled)
    {
        private readonly LeafPathWorker _paths = new(compiled.MaxDepth);
        private readonly TreeShapWorker _recursive = new(compiled.MaxDepth);

        public void Explain(Compiled model, double[] row, double[] phi)
        {
            for (int t = 0; t < model.Trees.Length; t++) ExplainTree(model, t, row, phi);
        }

        public void ExplainTree(Compiled model, int t, double[] row, double[] phi)
        {
            if (model.Paths[t] is { } paths) _paths.Explain(paths, row, phi);
            else _recursive.ExplainTree(model.Trees[t], row, phi);
        }
    }
}
