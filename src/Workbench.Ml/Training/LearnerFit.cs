using Microsoft.ML;
using Microsoft.ML.Data;
using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>The ML.NET half of training: featurizer, label conversion, learner, calibrator, trees and weights.</summary>
internal sealed class LearnerFit(MLContext ml, TrainerDescriptor trainer, TrainingRequest request, IReadOnlyDictionary<string, string> hyperparameters,
    LabelEncoding labels, IReadOnlyList<ModelInputColumn> schema, IReadOnlyList<FeatureColumn> features)
{
    public MlNetModel Run(FittedPipeline? pipeline, TabularData transformed, TabularData train, IProgress<double>? progress,
        CancellationToken cancellationToken, bool explainable)
    {
        var view = FeatureViews.View(transformed, features, LabelColumn(train));
        var featurizer = Featurizer.Create(ml, features, trainer.Family == TrainerFamily.Linear).Fit(view);
        var output = featurizer.Transform(view);
        var featurized = FeatureTable.Read(output);
        progress?.Report(0.3);
        cancellationToken.ThrowIfCancellationRequested();
        var (slots, slotColumns) = Featurizer.Slots(output.Schema, features);
        var players = features.Select(f => f.Player).Distinct().ToList();
        var slotPlayers = slotColumns.Select(i => players.IndexOf(features[i].Player)).ToList();
        double[]? baseline = trainer.Family == TrainerFamily.Baseline ? Baselines.Fit(trainer.Name, request.Task, labels, train) : null;
        var meta = new ModelMetadata(ModelMetadata.CurrentFormat, request.Task, trainer.Name, trainer.Family, request.Label, schema,
            labels.Classes, hyperparameters, request.Seed, features, slots, slotPlayers, players, baseline, false);
        if (baseline is not null)
        {
            progress?.Report(1);
            return new MlNetModel(meta, pipeline, ml, featurizer, null, (IReadOnlyList<TreeEnsemble>?)null, null);
        }
        var trainData = request.Task == TaskKind.Multiclass
            ? ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
                .Fit(featurized).Transform(featurized)
            : featurized;
        var learner = LearnerFactory.Create(ml, trainer.Name, request.Task, new HyperParameterValues(hyperparameters), request.Seed);
        var raw = LearnerFactory.Fit(learner, trainer.Name, trainData);
        progress?.Report(0.85);
        cancellationToken.ThrowIfCancellationRequested();
        ITransformer predictor = raw;
        if (request.Task == TaskKind.Binary && raw.GetOutputSchema(featurized.Schema).GetColumnOrNull("Probability") is null)
        {
            var calibrator = ml.BinaryClassification.Calibrators.Platt().Fit(raw.Transform(featurized));
            predictor = new TransformerChain<ITransformer>(raw, calibrator);
            meta = meta with { Calibrated = true };
        }
        var rows = explainable && trainer.Family is TrainerFamily.Tree or TrainerFamily.Linear ? featurized.Vectors() : null;
        // The covers route every training row through every tree; they are counted on other threads while the caller
        // goes on to evaluate the model (scores never need them).
        var trees = rows is null ? Task.FromResult<IReadOnlyList<TreeEnsemble>?>(null)
            : Task.Run(() => ModelInternals.Trees(raw, request.Task, meta, rows));
        var linear = rows is null ? null : ModelInternals.Linear(raw, meta, rows);
        progress?.Report(1);
        return new MlNetModel(meta, pipeline, ml, featurizer, predictor, trees, linear);
    }

    private ViewColumn LabelColumn(TabularData train) => request.Task switch
    {
        TaskKind.Binary => new ViewColumn("Label", Booleans: labels.Booleans(train)),
        TaskKind.Multiclass => new ViewColumn("Label", Floats: Array.ConvertAll(labels.Indices(train), k => (float)k)),
        _ => new ViewColumn("Label", Floats: Array.ConvertAll(labels.Numbers(train), y => (float)y)),
    };
}
