using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Training;

/// <summary>A model that returns fixed predictions, to test evaluation against scikit-learn on known numbers.</summary>
internal sealed class FixedModel(TaskKind task, IReadOnlyList<string> classes, ModelPredictions predictions) : TrainedModel
{
    public override TaskKind Task => task;
    public override string Trainer => "Fixed";
    public override string Label => "label";
    public override IReadOnlyList<ModelInputColumn> InputSchema => [];
    public override IReadOnlyList<string> Classes => classes;
    public override IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>();
    public override int Seed => 0;
    public override ModelPredictions Predict(TabularData data) => predictions;
    public override double[][]? ClassScores(TabularData data) => null;
    public override double[][] InputVectors(TabularData data) => [];
    public override TreeEnsemble? Trees(int classIndex = 0) => null;
    public override LinearModelWeights? Linear(int classIndex = 0) => null;
    public override byte[] Save() => [];
}
