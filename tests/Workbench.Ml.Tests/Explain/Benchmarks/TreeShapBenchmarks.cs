using System.Diagnostics;
using Workbench.Ml.Explain;
using Xunit.Abstractions;

namespace Workbench.Ml.Tests.Explain.Benchmarks;

public class TreeShapBenchmarks(ITestOutputHelper output)
{
    [BenchmarkFact]
    public void PathDependent_100Trees31Leaves20Features10kRows()
    {
        var ensemble = LeafWiseEnsembles.Create(trees: 100, leaves: 31, features: 20, coverRows: 2000, seed: 5);
        var rows = LeafWiseEnsembles.Rows(10_000, 20, seed: 9);
        var compile = Stopwatch.StartNew();
        TreeShap.BaseValue(ensemble);
        output.WriteLine($"compile (path tables): {compile.Elapsed.TotalMilliseconds:F0} ms");
        TreeShap.ExplainMany(ensemble, rows.Take(200).ToArray()); // JIT
        for (int run = 0; run < 5; run++)
        {
            var (wall, cpu) = Measure(() => TreeShap.ExplainMany(ensemble, rows));
            output.WriteLine($"ExplainMany 10,000 rows: wall {wall:F0} ms, CPU {cpu:F0} ms, load {LoadAverage()}");
        }
        // Algorithm 2 (EXTEND/UNWIND recursion), one thread, on 2,000 rows, scaled to 10,000 rows of CPU time.
        var trees = ensemble.Trees.Select(t => new CompiledTree(ensemble, t)).ToArray();
        var worker = new TreeShapWorker(trees.Max(t => t.MaxDepth));
        var phi = new double[20];
        var (oldWall, oldCpu) = Measure(() => { foreach (var row in rows.Take(2000)) worker.Explain(trees, row, phi); });
        output.WriteLine($"Algorithm 2 recursion, one thread, 2,000 rows: wall {oldWall:F0} ms, CPU {oldCpu:F0} ms (×5 = {5 * oldCpu:F0} ms CPU for 10,000 rows)");
        var (newWall, newCpu) = Measure(() => { foreach (var row in rows.Take(2000)) TreeShap.Explain(ensemble, row); });
        output.WriteLine($"Path tables, one thread, 2,000 rows: wall {newWall:F0} ms, CPU {newCpu:F0} ms");

        int depth = ensemble.Trees.Max(t => Depth(t, t.RootChild));
        long budget = LeafPathTree.MaxEnsembleTable;
        var paths = trees.Select(t => LeafPathTree.Create(t, ref budget)).ToArray();
        var histogram = paths.SelectMany(p => p!.Leaves.Select(l => l.Count)).GroupBy(d => d).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}");
        output.WriteLine($"players per path: {string.Join(" ", histogram)}; table doubles {paths.Sum(p => p!.Table.Length)}");
        output.WriteLine($"model: 100 trees × 31 leaves, max depth {depth}, 20 features, {Environment.ProcessorCount} cores");
    }

    internal static (double WallMs, double CpuMs) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        double wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static int Depth(RegressionTreeModel tree, int child) =>
        child < 0 ? 0 : 1 + Math.Max(Depth(tree, tree.Nodes[child].Left), Depth(tree, tree.Nodes[child].Right));
}
