using Microsoft.ML;
using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>A trained model: the fitted feature pipeline, the ML.NET featurizer and predictor (absent for baselines),
/// the exported trees with their covers or the linear weights, and its metadata.</summary>
internal sealed class MlNetModel(ModelMetadata meta, FittedPipeline? pipeline, MLContext ml, ITransformer featurizer,
    ITransformer? predictor, IReadOnlyList<TreeEnsemble>? trees, IReadOnlyList<LinearModelWeights>? linear) : TrainedModel
{
    public ModelMetadata Metadata => meta;
    public FittedPipeline? Pipeline => pipeline;
    public MLContext Context => ml;
    public ITransformer Featurizer => featurizer;
    public ITransformer? Predictor => predictor;
    public IReadOnlyList<TreeEnsemble>? TreeEnsembles => trees;
    public IReadOnlyList<LinearModelWeights>? LinearWeights => linear;

    public override TaskKind Task => meta.Task;
    public override string Trainer => meta.Trainer;
    public override string Label => meta.Label;
    public override IReadOnlyList<ModelInputColumn> InputSchema => meta.InputSchema;
    public override IReadOnlyList<string> Classes => meta.Classes;
    public override IReadOnlyDictionary<string, string> Hyperparameters => meta.Hyperparameters;
    public override int Seed => meta.Seed;

    public override ModelPredictions Predict(TabularData data) => ModelScorer.Predict(this, Featurize(data));

    public override double[][]? ClassScores(TabularData data) =>
        meta.Task == TaskKind.Multiclass ? ModelScorer.ClassScores(this, Featurize(data)) : null;

    public override double[][] InputVectors(TabularData data) => ModelScorer.Vectors(Featurize(data));

    public override TreeEnsemble? Trees(int classIndex = 0) =>
        trees is not null && classIndex >= 0 && classIndex < trees.Count ? trees[classIndex] : null;

    public override LinearModelWeights? Linear(int classIndex = 0) =>
        linear is not null && classIndex >= 0 && classIndex < linear.Count ? linear[classIndex] : null;

    public override byte[] Save() => TrainedModelFile.Write(this);

    /// <summary>The featurized ML.NET view of a table (pipeline, then featurizer).</summary>
    internal IDataView Featurize(TabularData data)
    {
        var transformed = FeatureViews.Transform(pipeline, FeatureViews.Inputs(data, meta.InputSchema));
        return featurizer.Transform(FeatureViews.View(transformed, meta.Features));
    }
}
