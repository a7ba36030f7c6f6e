using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Workbench.Ml.Training;
using Workbench.Workspace.Datasets;
using Workbench.Workspace.Training;

namespace Workbench.Cli.Commands;

/// <summary>The options of <c>train</c>, and the training job they describe (checked against the dataset before anything
/// is recorded).</summary>
public sealed class TrainOptions
{
    private readonly Option<string> dataset = new("--dataset") { Description = "The workspace dataset to train on.", HelpName = "NAME", Required = true };
    private readonly Option<string> label = new("--label") { Description = "The column to predict.", HelpName = "COL", Required = true };
    private readonly Option<string?> task = new("--task") { Description = "binary, multiclass or regression (default: inferred from the label, see above).", HelpName = "TASK" };
    private readonly Option<string?> trainer = new("--trainer") { Description = $"The learner (default {TrainArguments.DefaultTrainer}), e.g. FastTree, FastForest, SdcaLogisticRegression, LbfgsMaximumEntropy, Sdca, MostFrequent, Mean.", HelpName = "T" };
    private readonly Option<string[]> param = new("--param") { Description = "A hyperparameter, repeatable, e.g. --param NumberOfLeaves=31 (others take their defaults).", HelpName = "NAME=VALUE" };
    private readonly Option<string?> features = new("--features") { Description = "Comma-separated feature columns (default: every column but the label).", HelpName = "a,b" };
    private readonly Option<string?> pipeline = new("--pipeline") { Description = "A feature pipeline spec (JSON, as saved by the pipeline builder).", HelpName = "FILE.json" };
    private readonly Option<double> testFraction = new("--test-fraction") { Description = "Share of rows held out for test.", HelpName = "F", DefaultValueFactory = _ => 0.2 };
    private readonly Option<double> validationFraction = new("--validation-fraction") { Description = "Share of rows held out for validation.", HelpName = "F", DefaultValueFactory = _ => 0 };
    private readonly Option<string> split = new("--split") { Description = "How rows are split: random, stratified (by the label or --split-column), time (ordered by --split-column) or group (whole groups of --split-column on one side).", HelpName = "KIND", DefaultValueFactory = _ => "random" };
    private readonly Option<string?> splitColumn = new("--split-column") { Description = "The column of a time, group or stratified split.", HelpName = "C" };
    private readonly Option<int> folds = new("--folds") { Description = "k-fold cross-validation over the training rows (0 or 1: none).", HelpName = "K", DefaultValueFactory = _ => 0 };
    private readonly Option<int> seed = new("--seed") { Description = "Seed of the split and the learner: the same seed gives the same model and metrics.", HelpName = "N", DefaultValueFactory = _ => 1 };
    private readonly Option<string?> positiveClass = new("--positive-class") { Description = "Binary: the label value that is positive (default: 1, true or yes when present, else the greater value).", HelpName = "V" };
    private readonly Option<string> experiment = new("--experiment") { Description = "The experiment the run belongs to (created when new).", HelpName = "E", DefaultValueFactory = _ => "Default" };
    private readonly Option<string?> name = new("--name") { Description = "The run's name (default: trainer and dataset).", HelpName = "NAME" };
    private readonly Option<string[]> tag = new("--tag") { Description = "A tag on the run, repeatable.", HelpName = "KEY=VALUE" };

    /// <summary>Adds every option to the command.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { dataset, label, task, trainer, param, features, pipeline, testFraction,
            validationFraction, split, splitColumn, folds, seed, positiveClass, experiment, name, tag })
            command.Options.Add(option);
    }

    /// <summary>Parses the options, opens the dataset and checks the request against it (writing nothing).</summary>
    public async Task<(IServiceProvider Services, TrainingJobRequest Job)> RequestAsync(CliContext context, ParseResult parse, CancellationToken ct)
    {
        var hyper = TrainArguments.Pairs(parse.GetValue(param), "--param", "NumberOfLeaves=31");
        var tags = TrainArguments.Pairs(parse.GetValue(tag), "--tag", "purpose=baseline");
        var splitOptions = TrainArguments.Split(parse.GetValue(split)!, parse.GetValue(splitColumn), parse.GetValue(testFraction),
            parse.GetValue(validationFraction), parse.GetValue(seed));
        var k = parse.GetValue(folds);
        if (TrainingLimits.FoldsProblem(k) is { } foldsProblem) throw new CliUsageException($"--folds: {foldsProblem}");
        var spec = TrainArguments.Pipeline(parse.GetValue(pipeline));
        var (services, info) = await DatasetsCommand.OpenDatasetAsync(context, parse, parse.GetValue(dataset)!, ct);
        var columns = info.Columns.Select(c => c.Name).ToList();
        var labelName = RequireColumn(columns, parse.GetValue(label)!.Trim(), "--label", info.Name);
        var featureNames = (parse.GetValue(features) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => RequireColumn(columns, f, "--features", info.Name)).ToList();
        if (featureNames.Contains(labelName))
            throw new CliUsageException($"--features includes the label '{labelName}'; a model cannot use its own label as a feature. Remove it.");
        if (splitOptions.Column is { } sc) RequireColumn(columns, sc, "--split-column", info.Name);
        var datasets = services.GetRequiredService<IDatasetStore>();
        if (spec is not null)
            await TrainArguments.CheckPipelineAsync(spec, datasets, info.Name,
                featureNames.Count > 0 ? featureNames : columns.Where(c => c != labelName).ToList(), ct);
        var kind = TrainArguments.Task(parse.GetValue(task)) ?? InferTask(
            (await datasets.LoadAsync(info.Name, [labelName], null, ct)).Columns[0]);
        if (kind != TaskKind.Binary && parse.GetValue(positiveClass) is not null)
            throw new CliUsageException($"--positive-class applies to binary tasks only; this is a {kind.ToString().ToLowerInvariant()} task. Leave it out.");
        var (descriptor, named) = TrainArguments.Trainer(parse.GetValue(trainer) ?? TrainArguments.DefaultTrainer, kind, hyper);
        var request = new TrainingRequest(kind, labelName, featureNames, descriptor.Name, named, spec, parse.GetValue(seed),
            parse.GetValue(positiveClass));
        return (services, new TrainingJobRequest(info.Name, request, splitOptions, k, parse.GetValue(experiment)!.Trim(),
            parse.GetValue(name) ?? $"{descriptor.Name} on {info.Name}", Source: "cli", Tags: tags.Count > 0 ? tags : null));
    }

    private static TaskKind InferTask(Workbench.Ml.Data.DataColumn label)
    {
        var inferred = TaskInference.Infer(label);
        return inferred.Problem is null ? inferred.Task : throw new CliUsageException($"--label: {inferred.Problem}");
    }

    private static string RequireColumn(List<string> columns, string column, string option, string datasetName) =>
        columns.FirstOrDefault(c => c == column) ?? columns.FirstOrDefault(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase))
        ?? throw new CliUsageException($"{option} names column '{column}', which dataset '{datasetName}' does not have; " +
            $"its columns are: {string.Join(", ", columns)}.");
}
