using Microsoft.ML;
using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Pipelines;

namespace Workbench.Ml.Training;

/// <summary>A trained model: the fitted feature pipeline, the ML.NET featurizer and predictor (absent for baselines),
/// the exported trees with their covers or the linear weights, and its metadata.</summary>
/// <remarks>The trees may still be being counted (their covers) when the model is returned; everything that reads them
/// waits. The saved file is written once and kept, so it can be started early on another thread.</remarks>
internal sealed class MlNetModel : TrainedModel
{
    private readonly ModelMetadata _meta;
    private readonly Task<IReadOnlyList<TreeEnsemble>?> _trees;
    private readonly Lazy<byte[]> _saved;

    public MlNetModel(ModelMetadata meta, FittedPipeline? pipeline, MLContext ml, ITransformer featurizer, ITransformer? predictor,
        Task<IReadOnlyList<TreeEnsemble>?> trees, IReadOnlyList<LinearModelWeights>? linear)
    {
        (_meta, Pipeline, Context, Featurizer, Predictor, _trees, LinearWeights) = (meta, pipeline, ml, featurizer, predictor, trees, linear);
        _saved = new Lazy<byte[]>(() => TrainedModelFile.Write(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public MlNetModel(ModelMetadata meta, FittedPipeline? pipeline, MLContext ml, ITransformer featurizer, ITransformer? predictor,
        IReadOnlyList<TreeEnsemble>? trees, IReadOnlyList<LinearModelWeights>? linear)
        : this(meta, pipeline, ml, featurizer, predictor, System.Threading.Tasks.Task.FromResult(trees), linear) { }

    public ModelMetadata Metadata => _meta;
    public FittedPipeline? Pipeline { get; }
    public MLContext Context { get; }
    public ITransformer Featurizer { get; }
    public ITransformer? Predictor { get; }
    public IReadOnlyList<TreeEnsemble>? TreeEnsembles => _trees.GetAwaiter().GetResult();
    public IReadOnlyList<LinearModelWeights>? LinearWeights { get; }

    public override TaskKind Task => _meta.Task;
    public override string Trainer => _meta.Trainer;
    public override string Label => _meta.Label;
    public override IReadOnlyList<ModelInputColumn> InputSchema => _meta.InputSchema;
    public override IReadOnlyList<string> Classes => _meta.Classes;
    public override IReadOnlyDictionary<string, string> Hyperparameters => _meta.Hyperparameters;
    public override int Seed => _meta.Seed;

    public override ModelPredictions Predict(TabularData data) => ModelScorer.Predict(this, Featurize(data));

    public override double[][]? ClassScores(TabularData data) =>
        _meta.Task == TaskKind.Multiclass ? ModelScorer.ClassScores(this, Featurize(data)) : null;

    public override double[][] InputVectors(TabularData data) => ModelScorer.Vectors(Featurize(data));

    public override TreeEnsemble? Trees(int classIndex = 0) =>
        TreeEnsembles is { } trees && classIndex >= 0 && classIndex < trees.Count ? trees[classIndex] : null;

    public override LinearModelWeights? Linear(int classIndex = 0) =>
        LinearWeights is { } linear && classIndex >= 0 && classIndex < linear.Count ? linear[classIndex] : null;

    public override byte[] Save() => (byte[])_saved.Value.Clone();

    /// <summary>Starts writing the saved file on another thread, so a later <see cref="Save"/> finds it ready.</summary>
    public void SaveInBackground() => System.Threading.Tasks.Task.Run(() => _saved.Value);

    /// <summary>The featurized ML.NET view of a table (pipeline, then featurizer).</summary>
    internal IDataView Featurize(TabularData data)
    {
        var transformed = FeatureViews.Transform(Pipeline, FeatureViews.Inputs(data, _meta.InputSchema));
        return Featurizer.Transform(FeatureViews.View(transformed, _meta.Features));
    }
}
