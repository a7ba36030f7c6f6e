using System.CommandLine;
using Workbench.Ml.Explain;
using Workbench.Ml.Training;

namespace Workbench.Cli.Bench;

/// <summary>The result of the SHAP benchmark: the ensemble's shape and the seconds of each step.</summary>
/// <param name="TreeShapSeconds">Exact path-dependent TreeSHAP of every row on the exported ensemble (median of the repeats).</param>
/// <param name="ExplainSeconds">The whole <c>explain</c> path: input vectors, TreeSHAP and the local-accuracy check.</param>
public sealed record ShapBenchmarkResult(int TrainRows, int ExplainedRows, int Features, int Trees, int MaxLeaves, double MeanLeaves,
    int MaxDepth, int ProcessorCount, double LoadAverage, WallAndCpu Train, WallAndCpu InputVectors, WallAndCpu TreeShap,
    IReadOnlyList<WallAndCpu> TreeShapRepeats, double RowsPerSecond, WallAndCpu Explain, double MaxLocalAccuracyError);

/// <summary>Trains a 100-tree, 31-leaf LightGbm model on 20 numeric features and times TreeSHAP over 10,000 rows.</summary>
public sealed class ShapBenchmark(CliContext context)
{
    /// <summary>Default sizes (the reference benchmark).</summary>
    public static class Defaults
    {
        /// <summary>Rows explained.</summary>
        public const int Rows = 10_000;
        /// <summary>Numeric features.</summary>
        public const int Features = 20;
        /// <summary>Trees.</summary>
        public const int Trees = 100;
        /// <summary>Leaves per tree.</summary>
        public const int Leaves = 31;
        /// <summary>Timed repeats of TreeSHAP.</summary>
        public const int Repeats = 5;
    }

    /// <summary>The <c>bench shap</c> command.</summary>
    public static Command CreateCommand(CliContext context)
    {
        var rows = new Option<int>("--rows") { Description = "Rows to train on and rows to explain.", DefaultValueFactory = _ => Defaults.Rows };
        var seed = new Option<int>("--seed") { Description = "Seed of the data and the learner.", DefaultValueFactory = _ => 1 };
        var command = new Command("shap", $"Train a {Defaults.Trees}-tree, {Defaults.Leaves}-leaf LightGbm model on {Defaults.Features} " +
            $"features and time exact TreeSHAP over {Defaults.Rows:N0} rows (median of {Defaults.Repeats} runs) and the whole explain " +
            "path. Prints timings as JSON.") { rows, seed };
        command.SetAction((parse, ct) =>
        {
            var r = parse.GetValue(rows);
            if (r < 100) throw new CliUsageException($"--rows must be at least 100 (got {r}).");
            context.WriteJson(new ShapBenchmark(context).Run(r, parse.GetValue(seed), ct));
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Runs the benchmark.</summary>
    public ShapBenchmarkResult Run(int rows, int seed, CancellationToken ct)
    {
        var data = SyntheticTable.Binary(rows * 2, Defaults.Features, 0, seed);
        var train = TableRows.Take(data, Enumerable.Range(0, rows).ToArray());
        var explain = TableRows.Take(data, Enumerable.Range(rows, rows).ToArray());
        var request = new TrainingRequest(TaskKind.Binary, SyntheticTable.Label, [], "LightGbm", new Dictionary<string, string>
        {
            ["NumberOfIterations"] = Defaults.Trees.ToString(), ["NumberOfLeaves"] = Defaults.Leaves.ToString(),
            ["MinimumExampleCountPerLeaf"] = "5",
        }, Seed: seed);
        var clock = new StepClock();
        TrainedModel model;
        using (var p = context.Progress("training"))
            model = ModelTrainer.Train(train, request, p, ct);
        var trainSeconds = clock.Lap();
        var ensemble = model.Trees() ?? throw new InvalidOperationException("The LightGbm model exported no trees.");
        var vectors = model.InputVectors(explain);
        var vectorSeconds = clock.Lap();
        TreeShap.ExplainMany(ensemble, vectors.Take(100).ToArray(), null, ct);
        var repeats = new List<WallAndCpu>();
        IReadOnlyList<ShapValues> values = [];
        for (int r = 0; r < Defaults.Repeats; r++)
        {
            clock.Lap();
            values = TreeShap.ExplainMany(ensemble, vectors, null, ct);
            repeats.Add(clock.Lap());
        }
        var median = repeats.OrderBy(r => r.Seconds).ElementAt(repeats.Count / 2);
        double maxError = 0;
        for (int i = 0; i < vectors.Length; i++)
            maxError = Math.Max(maxError, Math.Abs(values[i].Total - ensemble.Predict(vectors[i])));
        clock.Lap();
        using (var p = context.Progress("explaining"))
            ModelExplainer.Explain(model, explain, new ExplainOptions(), p, ct);
        var explainSeconds = clock.Lap();
        return new ShapBenchmarkResult(rows, rows, Defaults.Features, ensemble.Trees.Count, ensemble.Trees.Max(t => t.Leaves.Count),
            Math.Round(ensemble.Trees.Average(t => t.Leaves.Count), 1), ensemble.Trees.Max(Depth), Environment.ProcessorCount, LoadAverage.Read(),
            trainSeconds, vectorSeconds, median, repeats, Math.Round(rows / median.Seconds), explainSeconds, maxError);
    }

    private static int Depth(RegressionTreeModel tree)
    {
        int Walk(int child) => child < 0 ? 0 : 1 + Math.Max(Walk(tree.Nodes[child].Left), Walk(tree.Nodes[child].Right));
        return Walk(tree.RootChild);
    }
}
