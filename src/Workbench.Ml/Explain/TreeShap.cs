using System.Runtime.CompilerServices;

namespace Workbench.Ml.Explain;

/// <summary>Exact tree-path-dependent TreeSHAP (Lundberg et al. 2018, Algorithm 2) over the original columns.</summary>
public static class TreeShap
{
    private static readonly ConditionalWeakTable<TreeEnsemble, Compiled> Cache = new();

    /// <summary>The Shapley value of every player for one row of slot values, on the raw output.</summary>
    public static ShapValues Explain(TreeEnsemble ensemble, double[] row)
    {
        var compiled = Compile(ensemble);
        ensemble.CheckRow(row.Length);
        var phi = new double[ensemble.Players.Count];
        new TreeShapWorker(compiled.MaxDepth).Explain(compiled.Trees, row, phi);
        return new ShapValues(compiled.BaseValue, phi);
    }

    /// <summary>Explains many rows in parallel, each worker thread reusing its own path buffer.</summary>
    public static IReadOnlyList<ShapValues> ExplainMany(TreeEnsemble ensemble, IReadOnlyList<double[]> rows,
        IProgress<double>? progress = null, CancellationToken cancellationToken = default)
    {
        var compiled = Compile(ensemble);
        for (int r = 0; r < rows.Count; r++)
            if (rows[r].Length != ensemble.Slots.Count)
                throw new ArgumentException($"Row {r} has {rows[r].Length} values but the model has {ensemble.Slots.Count} input slots; pass one value per slot.");
        var result = new ShapValues[rows.Count];
        int done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, rows.Count, options, () => new TreeShapWorker(compiled.MaxDepth), (r, _, worker) =>
        {
            var phi = new double[ensemble.Players.Count];
            worker.Explain(compiled.Trees, rows[r], phi);
            result[r] = new ShapValues(compiled.BaseValue, phi);
            int count = Interlocked.Increment(ref done);
            if (progress is not null && count % 256 == 0) progress.Report((double)count / rows.Count);
            return worker;
        }, _ => { });
        progress?.Report(1.0);
        return result;
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
        return new Compiled(trees, baseValue, maxDepth);
    });

    private sealed record Compiled(CompiledTree[] Trees, double BaseValue, int MaxDepth);
}
