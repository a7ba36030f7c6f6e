using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Monitoring;

/// <summary>A fixed logistic model on one numeric column x: Score = x − 1, Probability = σ(Score).</summary>
internal sealed class FakeBinaryModel : TrainedModel
{
    public override TaskKind Task => TaskKind.Binary;
    public override string Trainer => "Fake";
    public override string Label => "y";
    public override IReadOnlyList<ModelInputColumn> InputSchema { get; } = [new("x", ColumnType.Real)];
    public override IReadOnlyList<string> Classes { get; } = ["0", "1"];
    public override IReadOnlyDictionary<string, string> Hyperparameters { get; } = new Dictionary<string, string>();
    public override int Seed => 1;

    public override ModelPredictions Predict(TabularData data)
    {
        var x = data["x"].Numbers!;
        var score = x.Select(v => (double.IsNaN(v) ? 0 : v) - 1).ToArray();
        var probability = score.Select(s => 1 / (1 + Math.Exp(-s))).ToArray();
        return new ModelPredictions(score, probability, probability.Select(p => p >= 0.5 ? "1" : "0").ToArray(), null);
    }

    public override double[][]? ClassScores(TabularData data) => null;
    public override double[][] InputVectors(TabularData data) => data["x"].Numbers!.Select(v => new[] { v }).ToArray();
    public override TreeEnsemble? Trees(int classIndex = 0) => null;
    public override LinearModelWeights? Linear(int classIndex = 0) => null;
    public override byte[] Save() => [];
}
