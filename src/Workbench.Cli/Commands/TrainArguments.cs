using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;

namespace Workbench.Cli.Commands;

/// <summary>Parsing of the <c>train</c> options that are more than a plain value: hyperparameters, tags, split, task and
/// pipeline file. Every refusal names the option and how to fix it.</summary>
public static class TrainArguments
{
    /// <summary>The trainer used when <c>--trainer</c> is left out (it handles all three tasks).</summary>
    public const string DefaultTrainer = "LightGbm";

    /// <summary>"binary", "multiclass" or "regression" (any case); null when not given.</summary>
    public static TaskKind? Task(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "binary" => TaskKind.Binary,
        "multiclass" => TaskKind.Multiclass,
        "regression" => TaskKind.Regression,
        _ => throw new CliUsageException($"Unknown --task '{value}'; use binary, multiclass or regression."),
    };

    /// <summary>"random", "stratified", "time" or "group"; time and group need a column.</summary>
    public static SplitOptions Split(string kind, string? column, double testFraction, double validationFraction, int seed)
    {
        var parsed = kind.Trim().ToLowerInvariant() switch
        {
            "random" => SplitKind.Random,
            "stratified" => SplitKind.Stratified,
            "time" => SplitKind.Time,
            "group" => SplitKind.Group,
            _ => throw new CliUsageException($"Unknown --split '{kind}'; use random, stratified, time or group."),
        };
        if (parsed is SplitKind.Time or SplitKind.Group && string.IsNullOrWhiteSpace(column))
            throw new CliUsageException($"--split {kind} needs --split-column C: the {(parsed == SplitKind.Time ? "column that orders the rows in time" : "column whose groups stay on one side")}.");
        if (TrainingLimits.FractionsProblem(testFraction, validationFraction) is { } fractions)
            throw new CliUsageException((testFraction is > 0 and < 1 ? "--validation-fraction: " : "--test-fraction: ") + fractions);
        return new SplitOptions(parsed, testFraction, validationFraction, seed, string.IsNullOrWhiteSpace(column) ? null : column.Trim());
    }

    /// <summary>Repeated NAME=VALUE options as a dictionary (the last of a repeated name wins).</summary>
    public static Dictionary<string, string> Pairs(IEnumerable<string>? values, string option, string example)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var at = value.IndexOf('=');
            if (at <= 0 || at == value.Length - 1 || string.IsNullOrWhiteSpace(value[..at]))
                throw new CliUsageException($"Invalid {option} '{value}'; write NAME=VALUE, for example {option} {example}.");
            result[value[..at].Trim()] = value[(at + 1)..].Trim();
        }
        return result;
    }

    /// <summary>Checks the trainer against the task and the hyperparameters against the trainer's (names, types and
    /// ranges), and returns every hyperparameter with its value (defaults filled in).</summary>
    public static (TrainerDescriptor Trainer, IReadOnlyDictionary<string, string> Parameters) Trainer(string name, TaskKind task,
        IReadOnlyDictionary<string, string> parameters)
    {
        var trainer = TrainerCatalog.Find(name);
        if (!trainer.Tasks.Contains(task))
            throw new CliUsageException($"The trainer {trainer.Name} does not do {task.ToString().ToLowerInvariant()} tasks; " +
                $"for that use one of: {string.Join(", ", TrainerCatalog.For(task).Select(t => t.Name))}.");
        var verdict = HyperParameterRules.Check(trainer, parameters);
        return verdict.Problems.Count == 0 ? (trainer, verdict.Values) : throw new CliUsageException(string.Join(" ", verdict.Problems));
    }

    /// <summary>Reads a pipeline spec file.</summary>
    public static PipelineSpec? Pipeline(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new CliUsageException($"The --pipeline file {path} does not exist; check the path.");
        try { return PipelineSpec.FromJson(File.ReadAllText(path)); }
        catch (PipelineException e) { throw new CliUsageException($"--pipeline {Path.GetFileName(path)}: {e.Message}"); }
    }

    /// <summary>Fits the pipeline once on the feature columns, so a step that names a missing column or cannot fit is
    /// refused before a run is recorded (the run itself fits it again on its training rows only).</summary>
    public static async Task CheckPipelineAsync(PipelineSpec spec, Workbench.Workspace.Datasets.IDatasetStore datasets,
        string dataset, IReadOnlyList<string> features, CancellationToken ct)
    {
        var table = await datasets.LoadAsync(dataset, features, null, ct);
        try { spec.Fit(table); }
        catch (PipelineException e) { throw new CliUsageException($"--pipeline: {e.Message}"); }
    }
}
