using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Cli.Output;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Training;

namespace Workbench.Cli.Bench;

/// <summary>The result of the training benchmark: the table's shape and one timing set per trainer.</summary>
public sealed record TrainBenchmarkResult(int Rows, int Features, int Seed, int ProcessorCount, double LoadAverage,
    IReadOnlyList<TrainerTiming> Trainers);

/// <summary>Seconds for one trainer: train-to-metrics on an 80/20 split and 5-fold cross-validation, in the library and
/// through the training service (recording the run and its model in a workspace, as the browser does), with the AUCs.</summary>
public sealed record TrainerTiming(string Trainer, WallAndCpu WarmUp, WallAndCpu TrainToMetrics, double TestRocAuc,
    WallAndCpu CrossValidation, double CvRocAucMean, WallAndCpu TrackedTrain, WallAndCpu TrackedCrossValidation);

/// <summary>Generates a seeded binary table (numeric and categorical features) and times training and cross-validation of
/// LightGbm and FastTree in-process, in a temporary workspace.</summary>
public sealed class TrainBenchmark(CliContext context)
{
    /// <summary>Default sizes (the reference benchmark: 30,000 rows, 14 features, two of them categorical).</summary>
    public static class Defaults
    {
        /// <summary>Rows.</summary>
        public const int Rows = 30_000;
        /// <summary>Numeric features.</summary>
        public const int Numeric = 12;
        /// <summary>Categorical features.</summary>
        public const int Categorical = 2;
        /// <summary>Cross-validation folds.</summary>
        public const int Folds = 5;
    }

    /// <summary>The <c>bench train</c> command.</summary>
    public static Command CreateCommand(CliContext context)
    {
        var rows = new Option<int>("--rows") { Description = "Rows to generate.", DefaultValueFactory = _ => Defaults.Rows };
        var trainers = new Option<string>("--trainers") { Description = "Comma-separated trainers to time.", HelpName = "a,b", DefaultValueFactory = _ => "LightGbm,FastTree" };
        var seed = new Option<int>("--seed") { Description = "Seed of the data, split and learners.", DefaultValueFactory = _ => 1 };
        var csv = new Option<string?>("--csv") { Description = "Also write the generated table to this CSV file (to import it, or to time another tool on the same rows).", HelpName = "FILE" };
        var force = new Option<bool>("--force") { Description = "Replace the --csv file if it exists (a read-only file is never replaced)." };
        var command = new Command("train", $"Generate a seeded binary table ({Defaults.Rows:N0} rows, {Defaults.Numeric} numeric and " +
            $"{Defaults.Categorical} categorical features), and time train-to-metrics on an 80/20 split and {Defaults.Folds}-fold " +
            "cross-validation per trainer, in the library and as tracked runs in a temporary workspace. Prints timings as JSON.")
            { rows, trainers, seed, csv, force };
        command.SetAction(async (parse, ct) =>
        {
            var r = parse.GetValue(rows);
            if (r < 100) throw new CliUsageException($"--rows must be at least 100 (got {r}).");
            var names = parse.GetValue(trainers)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(n => TrainerCatalog.Find(n).Name).ToList();
            if (names.Count == 0) throw new CliUsageException("--trainers needs at least one trainer, e.g. LightGbm,FastTree.");
            var csvPath = parse.GetValue(csv);
            if (csvPath is not null)
                SafeOutputFile.Check(csvPath, parse.GetValue(force), CliContext.WorkspacePath(parse), option: "--csv");
            context.WriteJson(await new TrainBenchmark(context).RunAsync(r, names, parse.GetValue(seed), ct, csvPath, parse.GetValue(force)));
            return 0;
        });
        return command;
    }

    /// <summary>Runs the benchmark for each trainer; the temporary workspace is deleted afterwards.</summary>
    public async Task<TrainBenchmarkResult> RunAsync(int rows, IReadOnlyList<string> trainers, int seed, CancellationToken ct,
        string? csvPath = null, bool overwrite = false)
    {
        var data = SyntheticTable.Binary(rows, Defaults.Numeric, Defaults.Categorical, seed);
        if (csvPath is not null) BenchCsv.Write(data, csvPath, overwrite, "--csv", ct);
        var folder = Directory.CreateTempSubdirectory("workbench-bench-").FullName;
        try
        {
            var services = context.OpenWorkspace(Path.Combine(folder, "workspace.db"));
            await services.GetRequiredService<IDatasetStore>().SaveAsync("bench", data, "bench train", null, ct);
            var training = services.GetRequiredService<ITrainingService>();
            var timings = new List<TrainerTiming>();
            foreach (var trainer in trainers)
                timings.Add(await TimeAsync(data, training, trainer, seed, ct));
            return new TrainBenchmarkResult(rows, Defaults.Numeric + Defaults.Categorical, seed, Environment.ProcessorCount,
                LoadAverage.Read(), timings);
        }
        finally
        {
            await context.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<TrainerTiming> TimeAsync(Workbench.Ml.Data.TabularData data, ITrainingService training, string trainer,
        int seed, CancellationToken ct)
    {
        var request = new TrainingRequest(TaskKind.Binary, SyntheticTable.Label, [], trainer, Seed: seed);
        var split = new SplitOptions(SplitKind.Random, 0.2, 0, seed);
        var clock = new StepClock();
        using (context.Progress($"{trainer}: warming up"))
            TrainingSession.Run(TableRows.Take(data, Enumerable.Range(0, Math.Min(2000, data.RowCount)).ToArray()), request, split, 0, null, ct);
        var warmUp = clock.Lap();
        TrainingOutcome outcome;
        using (var p = context.Progress($"{trainer}: train to metrics"))
            outcome = TrainingSession.Run(data, request, split, 0, p, ct);
        var trainSeconds = clock.Lap();
        CrossValidationResult cv;
        using (var p = context.Progress($"{trainer}: {Defaults.Folds}-fold cross-validation"))
            cv = CrossValidator.Run(data, request, Defaults.Folds, split, p, ct);
        var cvSeconds = clock.Lap();
        using (var p = context.Progress($"{trainer}: tracked run"))
            await training.TrainAsync(new TrainingJobRequest("bench", request, split, 0, "bench", Source: "cli"), p, ct);
        var tracked = clock.Lap();
        using (var p = context.Progress($"{trainer}: tracked cross-validation"))
            await training.TrainAsync(new TrainingJobRequest("bench", request, split, Defaults.Folds, "bench", Source: "cli"), p, ct);
        var trackedCv = clock.Lap();
        return new TrainerTiming(trainer, warmUp, trainSeconds, outcome.Test.Metrics["roc_auc"], cvSeconds,
            cv.Summary.First(s => s.Metric == "roc_auc").TestMean, tracked, trackedCv);
    }
}
