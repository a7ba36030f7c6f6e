using System.Globalization;
using System.Text.Json;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;
using Workbench.Ml.Training;
using Workbench.Workspace.Tracking;

namespace Workbench.Workspace.Training;

/// <summary>Writes what a training run produced into the tracking store: parameters, metrics (train, validation,
/// test, cv mean and std, per fold), artifacts and one child run per fold.</summary>
internal sealed class TrainingRecorder(ITrackingStore tracking)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The parameters known before training, with every hyperparameter (defaults filled in).</summary>
    public Task LogRequestAsync(string runId, TrainingJobRequest job, IReadOnlyList<string> features,
        IReadOnlyDictionary<string, string> hyperparameters, CancellationToken ct)
    {
        var request = job.Request;
        var parameters = new Dictionary<string, string>
        {
            [RunParameters.Trainer] = request.Trainer, [RunParameters.Task] = request.Task.ToString(),
            [RunParameters.Dataset] = job.Dataset, [RunParameters.Label] = request.Label,
            [RunParameters.Features] = JsonSerializer.Serialize(features), [RunParameters.Seed] = Text(request.Seed),
            [RunParameters.SplitKind] = job.Split.Kind.ToString(), [RunParameters.TestFraction] = Text(job.Split.TestFraction),
            [RunParameters.ValidationFraction] = Text(job.Split.ValidationFraction), [RunParameters.SplitSeed] = Text(job.Split.Seed),
            [RunParameters.Folds] = Text(job.Folds >= 2 ? job.Folds : 0),
            [RunParameters.PipelineSteps] = Text(request.Pipeline?.Steps.Count ?? 0),
        };
        if (job.Split.Column is { } column) parameters[RunParameters.SplitColumn] = column;
        if (request.PositiveClass is { } positive) parameters[RunParameters.PositiveClass] = positive;
        foreach (var (name, value) in hyperparameters) parameters[name] = value;
        return tracking.LogParametersAsync(runId, parameters, ct);
    }

    /// <summary>Everything the outcome holds, then the fold runs.</summary>
    public async Task LogOutcomeAsync(RunInfo run, TrainingJobRequest job, TabularData data, TrainingOutcome outcome, CancellationToken ct)
    {
        var model = outcome.Model;
        var parameters = new Dictionary<string, string>(model.Hyperparameters)
        {
            [RunParameters.TrainRows] = Text(outcome.Split.Train.Length), [RunParameters.ValidationRows] = Text(outcome.Split.Validation.Length),
            [RunParameters.TestRows] = Text(outcome.Split.Test.Length),
        };
        if (model.Task == TaskKind.Binary && model.Classes.Count == 2) parameters[RunParameters.PositiveClass] = model.Classes[1];
        await tracking.LogParametersAsync(run.Id, parameters, ct);
        await tracking.LogMetricsAsync(run.Id, Metrics(outcome), ct);
        await SaveArtifactsAsync(run.Id, job, data, outcome, ct);
        if (outcome.CrossValidation is { } cv)
            foreach (var fold in cv.Folds) await LogFoldRunAsync(run, fold, ct);
    }

    /// <summary>Train, validation and test metrics, the cv mean and std, and each fold's train and test metrics.</summary>
    public static List<RunMetric> Metrics(TrainingOutcome outcome)
    {
        var metrics = new List<RunMetric>();
        Add(metrics, outcome.Train.Metrics, MetricSplits.Train);
        if (outcome.Validation is { } validation) Add(metrics, validation.Metrics, MetricSplits.Validation);
        Add(metrics, outcome.Test.Metrics, MetricSplits.Test);
        if (outcome.CrossValidation is not { } cv) return metrics;
        foreach (var summary in cv.Summary)
        {
            metrics.Add(new RunMetric(summary.Metric, summary.TestMean, MetricSplits.CrossValidation));
            metrics.Add(new RunMetric(summary.Metric, summary.TestStd, MetricSplits.CrossValidationStd));
        }
        foreach (var fold in cv.Folds) metrics.AddRange(FoldMetrics(fold));
        return metrics;
    }

    private static IEnumerable<RunMetric> FoldMetrics(FoldResult fold) =>
        fold.Train.Select(m => new RunMetric(m.Key, m.Value, MetricSplits.Fold, fold.Fold, "train"))
            .Concat(fold.Test.Select(m => new RunMetric(m.Key, m.Value, MetricSplits.Fold, fold.Fold, "test")));

    private async Task SaveArtifactsAsync(string runId, TrainingJobRequest job, TabularData data, TrainingOutcome outcome, CancellationToken ct)
    {
        var model = outcome.Model;
        var pipeline = job.Request.Pipeline ?? new PipelineSpec([]);
        var columns = model.InputSchema.Select(c => c.Name).ToList();
        await tracking.SaveArtifactAsync(runId, RunArtifacts.Model, "application/zip", model.Save(), ct);
        await tracking.SaveArtifactAsync(runId, RunArtifacts.Pipeline, RunArtifactJson.MediaType,
            System.Text.Encoding.UTF8.GetBytes(pipeline.ToJson()), ct);
        await tracking.SaveArtifactAsync(runId, RunArtifacts.InputSchema, RunArtifactJson.MediaType,
            RunArtifactJson.InputSchema(model.InputSchema), ct);
        await tracking.SaveArtifactAsync(runId, RunArtifacts.InputExample, RunArtifactJson.MediaType,
            RunArtifactJson.Records(data, columns, outcome.Split.Train.Take(Defaults.ExampleRows).ToList()), ct);
        await tracking.SaveArtifactAsync(runId, RunArtifacts.Evaluation, RunArtifactJson.MediaType, RunArtifactJson.Write(outcome.Test), ct);
        if (outcome.CrossValidation is { } cv)
            await tracking.SaveArtifactAsync(runId, RunArtifacts.CrossValidation, RunArtifactJson.MediaType, RunArtifactJson.Write(cv), ct);
    }

    private async Task LogFoldRunAsync(RunInfo parent, FoldResult fold, CancellationToken ct)
    {
        var child = await tracking.StartRunAsync(new NewRun(parent.Experiment, $"fold {fold.Fold}", parent.Source,
            parent.Id, parent.Dataset, parent.DatasetFingerprint, parent.Task, parent.Trainer, parent.Seed), ct);
        await tracking.LogParametersAsync(child.Id, new Dictionary<string, string>
        {
            [RunParameters.Fold] = Text(fold.Fold), [RunParameters.TrainRows] = Text(fold.TrainRows),
            [RunParameters.TestRows] = Text(fold.TestRows), [RunParameters.FoldSeconds] = Text(fold.Duration.TotalSeconds),
        }, ct);
        await tracking.LogMetricsAsync(child.Id, FoldMetrics(fold).ToList(), ct);
        await tracking.EndRunAsync(child.Id, RunStatus.Finished, cancellationToken: ct);
    }

    private static void Add(List<RunMetric> metrics, IReadOnlyDictionary<string, double> values, string split) =>
        metrics.AddRange(values.Select(m => new RunMetric(m.Key, m.Value, split)));

    private static string Text(double value) => value.ToString("R", Invariant);

    private static string Text(int value) => value.ToString(Invariant);

    /// <summary>Defaults for recorded artifacts.</summary>
    public static class Defaults
    {
        /// <summary>Rows in the input example.</summary>
        public const int ExampleRows = 5;
    }
}
