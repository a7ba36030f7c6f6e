using Microsoft.ML;
using Workbench.Ml.Data;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>Trains one model: fits the optional feature pipeline and the learner on the training rows only.</summary>
public static class ModelTrainer
{
    /// <summary>Fits <paramref name="request"/>'s pipeline and trainer on <paramref name="train"/> and returns the model
    /// (tree covers and linear slot means computed from these rows too). The same seed gives the same model.</summary>
    /// <exception cref="TrainingException">The request does not fit the table; the message says what to change.</exception>
    /// <exception cref="OperationCanceledException">Training was cancelled.</exception>
    public static TrainedModel Train(TabularData train, TrainingRequest request, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default) => Train(train, request, progress, cancellationToken, explainable: true);

    /// <summary>As the public overload; without <paramref name="explainable"/> the trees and linear weights are not
    /// exported (cross-validation folds only need scores, and the cover pass costs time).</summary>
    internal static TrainedModel Train(TabularData train, TrainingRequest request, IProgress<double>? progress,
        CancellationToken cancellationToken, bool explainable)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(request);
        var trainer = TrainerCatalog.Find(request.Trainer);
        if (!trainer.Tasks.Contains(request.Task))
            throw new TrainingException($"The trainer {trainer.Name} cannot do {request.Task} tasks; it does {string.Join(", ", trainer.Tasks)}. " +
                                        $"Trainers for {request.Task}: {string.Join(", ", TrainerCatalog.For(request.Task).Select(d => d.Name))}.");
        var hyperparameters = TrainerCatalog.Resolve(trainer, request.Hyperparameters);
        if (train.RowCount < 2) throw new TrainingException($"The training table '{train.Name}' has {train.RowCount} rows; at least 2 are needed.");
        var labels = LabelEncoding.Create(request.Task, train, request.Label, request.PositiveClass);
        var schema = InputSchemaOf(train, request);
        var inputs = FeatureViews.Inputs(train, schema);
        var pipeline = FitPipeline(TreePipeline.Adjust(request.Pipeline, trainer.Family), inputs);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(0.1);
        var transformed = FeatureViews.Transform(pipeline, inputs);
        var empty = transformed.Columns.FirstOrDefault(c => Enumerable.Range(0, c.Length).All(c.IsMissing));
        if (empty is not null)
            throw new TrainingException($"Feature column '{empty.Name}' has no values in the {train.RowCount} training rows, so nothing can be learned from it. " +
                                        "Remove it from the features, or impute it with a constant in the pipeline.");
        var lineage = PlayerLineage.Trace(schema.Select(s => s.Name), pipeline);
        var features = transformed.Columns.Select(c => new FeatureColumn(c.Name, c.Numbers is null, lineage.GetValueOrDefault(c.Name, c.Name))).ToList();
        var ml = new MLContext(request.Seed);
        try
        {
            var fit = new LearnerFit(ml, trainer, request, hyperparameters, labels, schema, features);
            return fit.Run(pipeline, transformed, train, progress, cancellationToken, explainable);
        }
        catch (InvalidOperationException e)
        {
            throw new TrainingException($"{trainer.Name} could not be trained on '{train.Name}': {e.Message}", e);
        }
    }

    private static List<ModelInputColumn> InputSchemaOf(TabularData train, TrainingRequest request)
    {
        var names = request.Features is { Count: > 0 } chosen ? chosen : train.Columns.Select(c => c.Name).Where(n => n != request.Label).ToList();
        if (names.Contains(request.Label))
            throw new TrainingException($"The label '{request.Label}' is also listed as a feature; remove it from the features.");
        var repeated = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new TrainingException($"The feature '{repeated.Key}' is listed twice; list each feature once.");
        var schema = new List<ModelInputColumn>();
        foreach (var name in names)
        {
            var column = train.Columns.FirstOrDefault(c => c.Name == name) ?? throw new TrainingException(
                $"The feature '{name}' is not in the table '{train.Name}'. Its columns are: {string.Join(", ", train.Columns.Select(c => c.Name))}.");
            schema.Add(new ModelInputColumn(name, column.Type));
        }
        if (schema.Count == 0) throw new TrainingException($"The table '{train.Name}' has no column besides the label; add features.");
        return schema;
    }

    private static FittedPipeline? FitPipeline(PipelineSpec? spec, TabularData inputs)
    {
        if (spec is null) return null;
        try { return spec.Fit(inputs); }
        catch (PipelineException e) { throw new TrainingException($"The feature pipeline cannot be fitted: {e.Message}", e); }
    }
}
