using Workbench.Ml.Data;
using Workbench.Ml.Explain;
using Workbench.Ml.Training;

namespace Workbench.Ml.Tests.Explain;

/// <summary>A regression model over numeric columns whose input vector is the columns themselves, scored by a function,
/// optionally exposing a tree ensemble or linear weights.</summary>
internal sealed class FakeModel(string[] columns, Func<double[], double> score, TreeEnsemble? trees = null, LinearModelWeights? linear = null)
    : TrainedModel
{
    public int Calls { get; private set; }
    public override TaskKind Task => TaskKind.Regression;
    public override string Trainer => "Fake";
    public override string Label => "y";
    public override IReadOnlyList<ModelInputColumn> InputSchema => columns.Select(c => new ModelInputColumn(c, ColumnType.Real)).ToArray();
    public override IReadOnlyList<string> Classes => [];
    public override IReadOnlyDictionary<string, string> Hyperparameters => new Dictionary<string, string>();
    public override int Seed => 1;

    public override ModelPredictions Predict(TabularData data)
    {
        Calls++;
        return new ModelPredictions(InputVectors(data).Select(score).ToArray(), null, null, null);
    }

    public override double[][]? ClassScores(TabularData data) => null;

    public override double[][] InputVectors(TabularData data) => Enumerable.Range(0, data.RowCount)
        .Select(r => columns.Select(c => data[c].Numbers![r]).ToArray()).ToArray();

    public override TreeEnsemble? Trees(int classIndex = 0) => trees;
    public override LinearModelWeights? Linear(int classIndex = 0) => linear;
    public override byte[] Save() => throw new NotSupportedException("The fake model is not saved.");
}
